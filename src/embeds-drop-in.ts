/**
 * dist/consent-panel-embeds.js: the embeds' placeholders (and their styles)
 * for the drop-in script, which loads this file from its own directory when
 * the page has a gated embed (plugins/embeds-on-demand.ts).
 */
import { createPlaceholder } from './panel/placeholder.js';
import { provide } from './runtime/sibling-plugins.js';

provide('placeholder', createPlaceholder);
