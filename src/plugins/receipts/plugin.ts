import { stringify } from '../../core/json.js';
import { reportError } from '../../core/report.js';
import type { ConsentStore } from '../../core/store.js';
import type { ConsentDetail, ConsentRecord, ConsentSource } from '../../core/types.js';
import type { ConsentReceiptDetail } from '../../events/consent-receipt.js';
import type { ConsentPlugin, PluginContext, PreferencesState } from '../../runtime/plugin.js';
import { configHash } from './config-hash.js';
import { ConsentIdPart } from './consent-id.js';
import { ReceiptOutbox, type ReceiptStatus } from './outbox.js';
import { buildReceipt, DECISION_SOURCES, shownLang, type Receipt } from './receipt.js';
import { readReceiptsUrl } from './settings.js';
import { currentTcString } from './tc-string.js';

/** The decision a record holds: its id, date and values. */
const markerOf = (record: ConsentRecord): string => stringify([record.id, record.decidedAt, record.purposes, record.vendors]);

/**
 * Receipts (proof of consent): each decision made on this page is sent to
 * the site's receiver (docs/receipts.md); the reader's consent id shows in
 * the preferences. It reads the store, never a copy: a decision made before
 * the module started is found on the store's current record, against the
 * "last receipted" marker kept beside the record.
 */
export class ReceiptsPlugin implements ConsentPlugin {
  readonly name = 'receipts';
  private context: PluginContext | undefined;
  private outbox: ReceiptOutbox | undefined;
  private hash: Promise<string> | undefined;
  private part: ConsentIdPart | undefined;
  private markerKey = '';
  /** When the record the page loaded was made: that decision is not this page's. */
  private loadedAt: string | undefined;
  private dialogOpen = false;

  start(context: PluginContext): void {
    const { store } = context;
    const url = readReceiptsUrl(store.config.receipts, document.baseURI);
    if (!url) return;
    // Web Locks (one sender across tabs) and crypto.subtle (the hash) exist only there.
    if (!window.isSecureContext || !navigator.locks || !crypto.subtle) {
      reportError('receipts', url, 'needs a secure context (https, or localhost): no receipts are sent.');
      return;
    }
    this.context = context;
    const key = store.config.storageKey;
    this.markerKey = `${key}:receipted`;
    this.outbox = new ReceiptOutbox({
      storage: store.storage,
      key: `${key}:receipts`,
      lock: `consent-panel-receipts:${key}`,
      url,
      report: (receipt, status, reason) => this.announce(receipt, status, reason),
    });
    this.hash = configHash(store.config, shownLang(store.config.lang));
    this.part = new ConsentIdPart();
    addEventListener('pagehide', () => this.outbox!.pageHidden());
    addEventListener('online', () => void this.outbox!.flush());
    void context.api.ready.then((detail) => {
      this.loadedAt = detail.record?.decidedAt;
      this.catchUp('init');
      void this.outbox!.flush();
    });
  }

  change(detail: ConsentDetail): void {
    if (!this.context) return;
    if (detail.record && DECISION_SOURCES.has(detail.source)) this.receipt(detail.record, detail.source);
    this.renderId();
  }

  preferences(state: PreferencesState): void {
    if (!this.context) return;
    const closed = this.dialogOpen && !state.open;
    this.dialogOpen = state.open;
    // Saved again without a change, the record is renewed with no consent-change: a decision all the same.
    if (closed) this.catchUp('preferences');
    if (state.open) this.part!.mount(this.context.view());
    this.renderId();
  }

  private get store(): ConsentStore {
    return this.context!.store;
  }

  private renderId(): void {
    this.part!.render(this.store.record?.id, shownLang(this.store.config.lang));
  }

  /**
   * The store's current record, when it was decided on this page and has no
   * receipt yet: a decision made before this module started (its `source`
   * then is `init`: made on this page, how is not known), or one that renewed
   * the record without a change.
   */
  private catchUp(source: ConsentSource): void {
    const record = this.store.record;
    if (!record || record.decidedAt === this.loadedAt) return;
    const at = Date.parse(record.decidedAt);
    if (at >= Math.floor(performance.timeOrigin) && at <= Date.now()) this.receipt(record, source);
  }

  /** One receipt per decision: the marker, kept beside the record, says which decision had the last one. */
  private receipt(record: ConsentRecord, source: ConsentSource): void {
    const { storage, config } = this.store;
    const marker = markerOf(record);
    if (storage.get(this.markerKey) === marker) return;
    storage.set(this.markerKey, marker);
    const store = this.store;
    void Promise.all([this.hash!, config.tcf ? currentTcString() : undefined])
      .then(([hash, tcString]) => this.outbox!.add(buildReceipt(record, { store, configHash: hash, source, tcString })))
      .catch((error: unknown) => console.error('consent-panel: the receipt could not be made:', error));
  }

  private announce(receipt: Receipt, status: ReceiptStatus, reason?: string): void {
    const detail: ConsentReceiptDetail = { id: receipt.id, decidedAt: receipt.decidedAt, status, ...(reason && { reason }) };
    const view = this.context!.view();
    (view?.isConnected ? view : document).dispatchEvent(new CustomEvent('consent-receipt', { detail, bubbles: true, composed: true }));
  }
}

/** The page's consent runtime, as the receipts module uses it (public members only). */
export interface ReceiptsRuntime {
  use(...plugins: ConsentPlugin[]): void;
}

export const RECEIPTS_KEY = Symbol.for('consent-panel.receipts');

/** Registers the receipts plugin with the page's runtime, once per page. */
export function startReceipts(runtime: ReceiptsRuntime): void {
  const holder = window as unknown as Record<symbol, boolean | undefined>;
  if (holder[RECEIPTS_KEY]) return;
  holder[RECEIPTS_KEY] = true;
  runtime.use(new ReceiptsPlugin());
}
