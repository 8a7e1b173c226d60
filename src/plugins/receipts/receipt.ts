import { atomsOf } from '../../core/atoms.js';
import type { ConsentStore } from '../../core/store.js';
import type { ConsentRecord, ConsentSource } from '../../core/types.js';
import { pickLang } from '../../i18n/languages.js';
import { loadedPack } from '../../i18n/pack.js';

/**
 * What the decision amounts to: `accept-all` (every optional purpose and
 * vendor granted; under Global Privacy Control, every one it does not hold
 * back), `reject-all` (none granted), `custom` (some). How it was made
 * (a placeholder's "Autoriser et afficher", say) is the receipt's `source`.
 */
export type ReceiptAction = 'accept-all' | 'reject-all' | 'custom';

/** One decision, as sent to the receiver (docs/receipts.md). Nothing personal: `id` is the record's random id. */
export interface Receipt {
  v: 1;
  id: string;
  decidedAt: string;
  expiresAt: string;
  revision: string;
  source: ConsentSource;
  action: ReceiptAction;
  purposes: Record<string, boolean>;
  vendors: Record<string, boolean>;
  lang: string;
  configHash: string;
  gpc: boolean;
  page: string;
  tcString?: string;
}

/** The sources of decisions: the others (init, storage, expiry) only report a state. */
export const DECISION_SOURCES: ReadonlySet<ConsentSource> = new Set(['banner', 'preferences', 'api', 'placeholder']);

/**
 * The language the panel is shown in, chosen as the panel chooses it
 * (`lang`, else `<html lang>`, else the browser's languages, else French);
 * English when that language's file could not be had.
 */
export function shownLang(configured: string | undefined): string {
  const lang = pickLang(configured);
  return lang == 'fr' || lang == 'en' || loadedPack(lang) ? lang : 'en';
}

/** The action a record's values amount to (see ReceiptAction). */
export function actionOf(record: ConsentRecord, store: ConsentStore): ReceiptAction {
  const values = { ...record.purposes, ...record.vendors };
  const optional = store.config.purposes.filter((purpose) => !purpose.required);
  const atoms = optional.flatMap((purpose) => atomsOf(purpose));
  if (atoms.length && atoms.every((atom) => !values[atom])) return 'reject-all';
  // What "Tout accepter" leaves off under Global Privacy Control does not make it custom.
  const expected = optional.filter((purpose) => !store.gpcLimited(purpose)).flatMap((purpose) => atomsOf(purpose));
  return expected.every((atom) => values[atom]) ? 'accept-all' : 'custom';
}

/** The page's URL without its query and fragment, which may hold something personal. */
export const pageUrl = (): string => location.origin + location.pathname;

export interface ReceiptContext {
  store: ConsentStore;
  configHash: string;
  source: ConsentSource;
  tcString?: string;
}

export function buildReceipt(record: ConsentRecord, { store, configHash, source, tcString }: ReceiptContext): Receipt {
  return {
    v: 1,
    id: record.id,
    decidedAt: record.decidedAt,
    expiresAt: record.expiresAt,
    revision: record.revision,
    source,
    action: actionOf(record, store),
    purposes: { ...record.purposes },
    vendors: { ...record.vendors },
    lang: shownLang(store.config.lang),
    configHash,
    gpc: store.gpc,
    page: pageUrl(),
    ...(tcString !== undefined && { tcString }),
  };
}
