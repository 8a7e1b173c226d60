/**
 * `consent-panel/embeds.js`: the embeds plugin for bundlers that compose
 * their own runtime (`pageRuntime().use(embedsPlugin())`).
 * `consent-panel/define.js` already includes it; the drop-in script loads
 * the placeholders from dist/consent-panel-embeds.js when a page has a gated embed.
 */
export { embedsPlugin } from './plugins/embeds.js';
export { EMBED_SELECTOR } from './gate/embed-selector.js';
