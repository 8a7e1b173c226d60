import type { ConsentDetail, ConsentListener } from '../core/types.js';

/** `window.consentPanel`; the `<consent-panel>` element has the same methods. */
export interface ConsentPanelApi {
  readonly ready: Promise<ConsentDetail>;
  /** True when every gate (`analytics`, `social/youtube`, space-separated) is granted. */
  granted(gates: string): boolean;
  /** Calls `fn` once: at once if the gates are granted, else when they are. */
  onGranted(gates: string, fn: (detail: ConsentDetail) => void): void;
  /** Calls `fn` with each `consent-change` detail; returns the unsubscribe. */
  onChange(fn: ConsentListener): () => void;
  acceptAll(): void;
  rejectAll(): void;
  set(values: Record<string, boolean>): void;
  /** Opens the preferences. */
  open(): void;
  /** Forgets the decision and asks again. */
  reset(): void;
}

export type ConsentQueueItem = (api: ConsentPanelApi) => void;
