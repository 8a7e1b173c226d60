import { reportError } from './core/report.js';
import { ConsentPanelElement } from './panel/consent-panel-element.js';
import type { PanelUi } from './panel/panel-ui.js';
import { setUiLoader } from './panel/ui-loader.js';
import { BUILT_IN_PLUGINS } from './plugins/index.js';
import { foreignElement, setDefaultPlugins, TAG } from './runtime/runtime.js';

/**
 * The composition root of a build: the plugins the page's runtime starts with,
 * how the panel's UI is loaded, and the `<consent-panel>` element.
 */
export function setUp(loadUi: () => Promise<PanelUi>): void {
  setDefaultPlugins(BUILT_IN_PLUGINS);
  setUiLoader(loadUi);
  // A second copy of the script (or of this module) must not throw.
  // The tag written out, so that the element's manifest finds the registration.
  if (!customElements.get(TAG)) customElements.define('consent-panel', ConsentPanelElement);
  else if (foreignElement())
    reportError('customElements', `<${TAG}>`, "is the page's own element: no panel can show; consent works without it.");
}
