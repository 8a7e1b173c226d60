import { ConsentPanelElement } from './panel/consent-panel-element.js';
import { TAG } from './runtime/runtime.js';

declare global {
  interface HTMLElementTagNameMap {
    'consent-panel': ConsentPanelElement;
  }
}

// A second copy of the script (or of this module) must not throw.
if (!customElements.get(TAG)) customElements.define(TAG, ConsentPanelElement);
