/**
 * dist/consent-panel-banner.js: the first layer, drawn with the DOM alone,
 * which the drop-in script loads from its own directory on a first visit (as
 * soon as it knows there is no valid decision). A returning reader's page
 * never downloads it, nor does a returning reader opening the preferences:
 * those are consent-panel-ui.js.
 */
import { bannerUi } from './panel/banner-ui.js';
import { uiKey } from './panel/panel-ui.js';

Object.defineProperty(window, uiKey('banner'), { value: bannerUi, configurable: true });
