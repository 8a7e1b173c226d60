import type { ConsentDetail } from '../core/types.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** Once per page load, as soon as the consent state is known. */
    'consent-ready': CustomEvent<ConsentDetail>;
    /** Each time a decision is made, changed, withdrawn or lost. */
    'consent-change': CustomEvent<ConsentDetail>;
  }
}

export type ConsentEventName = 'consent-ready' | 'consent-change';

/** Events bubble and cross shadow roots so that page code can listen on `document`. */
export function dispatchConsentEvent(target: EventTarget, name: ConsentEventName, detail: ConsentDetail): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
