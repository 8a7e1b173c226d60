import type { ConsentConfigInput, ConsentDetail, ConsentListener } from '../core/types.js';

/** `window.consentPanel`; the `<consent-panel>` element has the same methods. */
export interface ConsentPanelApi {
  /** Resolves with the `consent-ready` detail once the consent state is known. */
  readonly ready: Promise<ConsentDetail>;
  /** True when every gate (`analytics`, `social/youtube`, space-separated) is granted. */
  granted(gates: string): boolean;
  /** Calls `fn` once: at once if the gates are granted, else when they are. */
  onGranted(gates: string, fn: (detail: ConsentDetail) => void): void;
  /** Calls `fn` with each `consent-change` detail; returns the unsubscribe. */
  onChange(fn: ConsentListener): () => void;
  /** Grants every purpose and vendor: a decision, stored. */
  acceptAll(): void;
  /** Refuses every purpose and vendor that is not required: a decision, stored. */
  rejectAll(): void;
  /** Grants (`true`) or refuses (`false`) the purposes and `purpose/vendor` gates named; the others keep their values. A decision, stored. */
  set(values: Record<string, boolean>): void;
  /** Opens the preferences. */
  open(): void;
  /** Forgets the decision and asks again. */
  reset(): void;
}

/** A function pushed onto `window.consentPanelQueue`: called with the API once the state is known. */
export type ConsentQueueItem = (api: ConsentPanelApi) => void;

declare global {
  interface Window {
    /** The API, once the script has run. */
    consentPanel?: ConsentPanelApi;
    /**
     * Functions called with the API once the state is known, pushed before or after the script loads:
     * `(window.consentPanelQueue ||= []).push((api) => …)`.
     */
    consentPanelQueue?: ConsentQueueItem[];
    /** The configuration, set before the script runs. */
    consentPanelConfig?: ConsentConfigInput;
  }
}
