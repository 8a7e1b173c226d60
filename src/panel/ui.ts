import { LitPanelRenderer } from './panel-renderer.js';
import type { PanelUi } from './panel-ui.js';

/** The panel's UI: what `<consent-panel>` loads when it has a first layer or a dialog to show. */
export const panelUi: PanelUi = {
  create: (host) => new LitPanelRenderer(host),
};
