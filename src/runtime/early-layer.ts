import type { KeyValueStore } from '../core/storage.js';
import type { ConsentStore } from '../core/store.js';
import type { ConsentAction, ConsentConfig, ConsentSource } from '../core/types.js';

/**
 * What the early layer needs from the drop-in's core. The layer itself is a
 * small file of its own (consent-panel-early.js), which a bare drop-in's first
 * visit fetches at once and no other page does; the core lends it its own
 * store and configuration code rather than have a second copy in that file.
 */
export interface EarlyLayerCore {
  /** A store for `config`, keeping its record in `storage`. */
  store(config: ConsentConfig, storage: KeyValueStore): ConsentStore;
  normalize(raw: Record<string, unknown>): ConsentConfig;
  stringify(value: unknown): string;
  /** reportWarning (core/report.ts). */
  warn(message: string): void;
}

/** Opens the early layer (consent-panel-early.js; see src/early-layer-drop-in.ts). */
export type OpenEarlyLayer = (raw: Record<string, unknown>, changed: () => void, core: EarlyLayerCore) => EarlyLayer;

/**
 * A bare drop-in's first layer, before the page's configuration is known.
 *
 * A bare drop-in knows nothing but the defaults, and a configured
 * `<consent-panel>` may still come further down the markup: gated tags,
 * events and the queue wait for the page to be parsed, as the state is not
 * known yet. But a reader who never decided on this site (no record under
 * any key: storedDecisionAnywhere) gets the first layer at once, from the
 * defaults, as soon as <body> exists and the first layer's file is there. Its store
 * keeps nothing (memory only): a decision in it is noted and made again on
 * the page's store once the configuration is known. A reader with a decision
 * stored under any key waits for the page's configuration, as before.
 */
export class EarlyLayer {
  readonly store: ConsentStore;
  private readonly _raw: string;
  private _decision: { source: ConsentSource; action: ConsentAction; values: Record<string, boolean> } | undefined;

  constructor(
    raw: Record<string, unknown>,
    changed: () => void,
    private readonly _core: EarlyLayerCore,
  ) {
    const memory = new Map<string, string>();
    const storage = {
      get: (key: string) => memory.get(key) ?? null,
      set: (key: string, value: string) => void memory.set(key, value),
      remove: (key: string) => void memory.delete(key),
    };
    this.store = _core.store(_core.normalize(raw), storage);
    this.store.beforeCommit = (record, source, action) =>
      (this._decision = { source, action, values: { ...record.purposes, ...record.vendors } });
    this.store.subscribe(changed);
    this._raw = this._comparable(raw);
  }

  /** Ends the layer: the page's configuration, read once when it is the one shown (its warnings are not given twice). */
  close(raw: Record<string, unknown>): { config: ConsentConfig; sameConfig: boolean } {
    this.store.dispose();
    const sameConfig = this._comparable(raw) === this._raw;
    return { config: sameConfig ? this.store.config : this._core.normalize(raw), sameConfig };
  }

  /**
   * The reader's decision in this layer, made again on the page's store.
   * When the page's configuration turned out to be another one, only a
   * refusal stands: what was granted was shown with other texts and
   * purposes, so the reader is asked again.
   */
  decideAgain(store: ConsentStore, sameConfig: boolean): void {
    const decision = this._decision;
    this._decision = undefined;
    if (!decision) return;
    const { source, action, values } = decision;
    if (action === 'reject') store.rejectAll(source);
    else if (!sameConfig)
      this._core.warn(
        'the page configured the panel after the reader decided on the default one: nothing is granted, the reader is asked again.',
      );
    else if (action === 'accept') store.acceptAll(source, values);
    else store.decide(values, source);
  }

  /** The configuration as text, to compare; a layer JSON cannot hold (a cycle) compares as different. */
  private _comparable(raw: Record<string, unknown>): string {
    try {
      return this._core.stringify(raw);
    } catch {
      return String(Math.random());
    }
  }
}

/** Opens the early layer: what consent-panel-early.js provides (src/early-layer-drop-in.ts). */
export const openEarlyLayer: OpenEarlyLayer = (raw, changed, core) => new EarlyLayer(raw, changed, core);

/**
 * Whether the reader decided on some configuration of this site: a
 * consent-panel record in localStorage under any key, or a cookie shaped as
 * the shared cookie (`<key>=1.<stamp>.…`, docs/shared-cookie.md; a stamp is eight base-36 digits until 2059, so
 * that other cookies such as `_gcl_au=1.1.…` do not look like it), which a
 * `cookie-domain` further down the page may adopt.
 */
export function storedDecisionAnywhere(): boolean {
  try {
    // Every value is looked at: a storage key is any name a site picks (storageKey), there is no prefix to go by.
    return /=1\.\w{8}\./.test(document.cookie) || Object.values(localStorage).some((value: string) => /^{"v":1,.*"purposes"/.test(value));
  } catch {
    return false;
  }
}
