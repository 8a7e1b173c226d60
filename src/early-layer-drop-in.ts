/**
 * dist/consent-panel-early.js: a bare drop-in's early first layer
 * (runtime/early-layer.ts), its store from the defaults while a configuration
 * may still come further down the page. The drop-in script loads it only for
 * a bare `<script src>` on a first visit, side by side with the first layer's
 * file; a configured page never downloads it.
 */
import { uiKey, type UiParts } from './panel/panel-ui.js';
import { openEarlyLayer } from './runtime/early-layer.js';

const early: UiParts['early'] = { create: openEarlyLayer };
Object.defineProperty(window, uiKey('early'), { value: early, configurable: true });
