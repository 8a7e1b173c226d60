import { ConsentPanelElement } from './panel/consent-panel-element.js';
// For their types: the events on `GlobalEventHandlersEventMap`, and window.consentPanel,
// consentPanelQueue and consentPanelConfig on `Window`.
export type { ConsentReadyEvent } from './events/consent-ready.js';
export type { ConsentChangeEvent } from './events/consent-change.js';
export type { ConsentPanelApi } from './runtime/api.js';

declare global {
  interface HTMLElementTagNameMap {
    'consent-panel': ConsentPanelElement;
  }
}

// A second copy of the script (or of this module) must not throw.
if (!customElements.get('consent-panel')) customElements.define('consent-panel', ConsentPanelElement);
