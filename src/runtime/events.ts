import type { ConsentDetail } from '../core/types.js';

/** The public events: their types, and their `GlobalEventHandlersEventMap` entries, are in src/events/. */
export type ConsentEventName = 'consent-ready' | 'consent-change';

/** Events bubble and cross shadow roots so that page code can listen on `document`. */
export function dispatchConsentEvent(target: EventTarget, name: ConsentEventName, detail: ConsentDetail): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
