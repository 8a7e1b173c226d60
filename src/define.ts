import { ConsentPanelElement } from './panel/consent-panel-element.js';

declare global {
  interface HTMLElementTagNameMap {
    'consent-panel': ConsentPanelElement;
  }
}

// A second copy of the script (or of this module) must not throw.
if (!customElements.get('consent-panel')) customElements.define('consent-panel', ConsentPanelElement);
