/**
 * dist/consent-panel-ui.js: the first layer and the preferences dialog, which
 * the drop-in script loads from its own directory when there is something to
 * show (a first visit, or the reader opening the preferences). A returning
 * reader's page never downloads it.
 */
import { UI_KEY } from './panel/panel-ui.js';
import { panelUi } from './panel/ui.js';

Object.defineProperty(window, UI_KEY, { value: panelUi, configurable: true });
