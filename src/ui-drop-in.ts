/**
 * dist/consent-panel-ui.js: the first layer and the preferences dialog, which
 * the drop-in script loads from its own directory when there is something to
 * show (a first visit, or the reader opening the preferences). A returning
 * reader's page never downloads it. It also brings the bare drop-in's early
 * first layer (runtime/early-layer.ts).
 */
import { UI_KEY, type PanelUi } from './panel/panel-ui.js';
import { panelUi } from './panel/ui.js';
import { openEarlyLayer } from './runtime/early-layer.js';

// With a bare drop-in's early first layer, which only a first visit needs.
const ui: PanelUi = { ...panelUi, earlyLayer: openEarlyLayer };
Object.defineProperty(window, UI_KEY, { value: ui, configurable: true });
