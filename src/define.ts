/** `import 'consent-panel/define.js'`: registers `<consent-panel>`; bundlers split the panel's UI into a chunk loaded when needed. */
import type { ConsentPanelElement } from './panel/consent-panel-element.js';
import type { UiLoader, UiPart } from './panel/panel-ui.js';
import { BUILT_IN_PLUGINS } from './plugins/index.js';
import { setLanguageLoader } from './i18n/index.js';
import { importLanguage } from './i18n/esm-languages.js';
import { setUp } from './setup.js';
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

// Imported while a server renders the page: nothing to register there.
// Chunks loaded when needed: the first layer (plain DOM), the preferences dialog (lit-html), the theme check.
const PARTS = {
  banner: () => import('./panel/banner-ui.js').then((module) => module.bannerUi),
  ui: () => import('./panel/ui.js').then((module) => module.panelUi),
  theme: () => import('./panel/theme-contrast.js').then((module) => ({ create: module.themeGuard })),
};
// A bare drop-in's early first layer is the drop-in script's only.
const loadUi = ((part: UiPart) => (part == 'early' ? Promise.reject(new Error('no early layer here')) : PARTS[part]())) as UiLoader;
if (typeof customElements !== 'undefined') setUp(loadUi, BUILT_IN_PLUGINS);
setLanguageLoader(importLanguage);
