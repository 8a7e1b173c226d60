import type { ConsentDetail } from '../core/types.js';

/**
 * `consent-change`: each time a decision is made, changed, withdrawn or lost
 * (`reset()`, expiry, another tab), whoever made it. `detail.changed` lists
 * the purposes and `purpose/vendor` gates whose value changed. Dispatched on
 * the `<consent-panel>` (or on the document when the page has none) with
 * `bubbles` and `composed`, so page code listens on `document`.
 */
export type ConsentChangeEvent = CustomEvent<ConsentDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-change': ConsentChangeEvent;
  }
}
