import type { ConsentDetail } from '../core/types.js';

/**
 * `consent-ready`: once per page load, as soon as the consent state is known
 * (from storage, or undecided). Dispatched on the `<consent-panel>` (or on the
 * document when the page has none) with `bubbles` and `composed`, so page code
 * listens on `document`.
 */
export type ConsentReadyEvent = CustomEvent<ConsentDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-ready': ConsentReadyEvent;
  }
}
