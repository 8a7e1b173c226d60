import type { ReceiptStatus } from '../plugins/receipts/outbox.js';

/** `event.detail` of `consent-receipt`. */
export interface ConsentReceiptDetail {
  /** The record's id: the reader's consent id. */
  id: string;
  /** The decision the receipt is for. */
  decidedAt: string;
  status: ReceiptStatus;
  /** Why a receipt is `queued` or `rejected`: `HTTP 503`, `offline`, a network error. */
  reason?: string;
}

/**
 * `consent-receipt`: with receipts configured, what became of each
 * decision's receipt (stored by the receiver, queued for a later page,
 * handed to a beacon, rejected, dropped from a full queue). Dispatched on the
 * `<consent-panel>` (or on the document when the page has none) with
 * `bubbles` and `composed`, so page code listens on `document`.
 */
export type ConsentReceiptEvent = CustomEvent<ConsentReceiptDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-receipt': ConsentReceiptEvent;
  }
}
