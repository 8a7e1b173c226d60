import { LitPanelRenderer } from './panel-renderer.js';
import type { PanelUi } from './panel-ui.js';

/** The preferences dialog's part of the panel's UI: what `<consent-panel>` loads when the reader opens the preferences. */
export const panelUi: PanelUi = {
  create: (host) => new LitPanelRenderer(host),
};
