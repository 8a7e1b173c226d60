import { reportError } from './core/report.js';
import { ConsentPanelElement } from './panel/consent-panel-element.js';
import type { UiLoader } from './panel/panel-ui.js';
import { setUiLoader } from './panel/ui-loader.js';
import type { ConsentPlugin } from './runtime/plugin.js';
import { foreignElement, setDefaultPlugins, TAG } from './runtime/runtime.js';

/**
 * The composition root of a build: the plugins the page's runtime starts with
 * (BUILT_IN_PLUGINS, or the drop-in's stand-ins that load some of them on demand),
 * how the panel's UI is loaded, and the `<consent-panel>` element.
 */
export function setUp(loadUi: UiLoader, plugins: (() => ConsentPlugin)[]): void {
  setDefaultPlugins(plugins);
  setUiLoader(loadUi);
  // A second copy of the script (or of this module) must not throw.
  // The tag written out, so that the element's manifest finds the registration.
  if (!customElements.get(TAG)) customElements.define('consent-panel', ConsentPanelElement);
  else if (foreignElement())
    reportError('customElements', `<${TAG}>`, "is the page's own element: no panel can show; consent works without it.");
}
