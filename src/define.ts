/** `import 'consent-panel/define.js'`: registers `<consent-panel>`; bundlers split the panel's UI into a chunk loaded when needed. */
import type { ConsentPanelElement } from './panel/consent-panel-element.js';
import { setUp } from './setup.js';

declare global {
  interface HTMLElementTagNameMap {
    'consent-panel': ConsentPanelElement;
  }
}

setUp(() => import('./panel/ui.js').then((module) => module.panelUi));
