import { reportError } from './core/report.js';
import { ConsentPanelElement } from './panel/consent-panel-element.js';
import { foreignElement, TAG } from './runtime/runtime.js';

declare global {
  interface HTMLElementTagNameMap {
    'consent-panel': ConsentPanelElement;
  }
}

// A second copy of the script (or of this module) must not throw.
if (!customElements.get(TAG)) customElements.define(TAG, ConsentPanelElement);
else if (foreignElement()) reportError('customElements', `<${TAG}>`, 'is the page\'s own element: no panel can show; consent works without it.');
