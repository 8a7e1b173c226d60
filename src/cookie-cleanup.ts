/**
 * `consent-panel/cookie-cleanup.js`: the cookie clean-up plugin for bundlers
 * that compose their own runtime (`pageRuntime().use(cookieCleanupPlugin())`).
 * `consent-panel/define.js` already includes it; the drop-in script loads
 * dist/consent-panel-cleanup.js when there is something to clean up.
 */
export { cookieCleanupPlugin } from './plugins/cookie-cleanup.js';
export { matchesPattern } from './core/pattern.js';
