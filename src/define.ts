import { ConsentPanelElement } from './panel/consent-panel-element.js';
import { BUILT_IN_PLUGINS } from './plugins/index.js';
import { setDefaultPlugins } from './runtime/runtime.js';

declare global {
  interface HTMLElementTagNameMap {
    'consent-panel': ConsentPanelElement;
  }
}

// The composition root: the runtime made for this page starts these plugins.
setDefaultPlugins(BUILT_IN_PLUGINS);

// A second copy of the script (or of this module) must not throw.
if (!customElements.get('consent-panel')) customElements.define('consent-panel', ConsentPanelElement);
