/**
 * dist/consent-panel-ui.js: the preferences dialog (lit-html, its template,
 * styles and the default purposes' texts), which the drop-in script loads
 * from its own directory when the reader opens the preferences ("Personnaliser",
 * "Gérer mes cookies", `[data-consent-open]`, `consentPanel.open()`). The
 * first layer is consent-panel-banner.js.
 */
import { uiKey, type PanelUi } from './panel/panel-ui.js';
import { panelUi } from './panel/ui.js';

Object.defineProperty(window, uiKey('ui'), { value: panelUi satisfies PanelUi, configurable: true });
