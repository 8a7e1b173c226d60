/**
 * dist/consent-panel-cleanup.js: the cookie clean-up plugin of the drop-in
 * script, which loads it from its own directory when a vendor's declared
 * cookies or storage keys may have to be deleted (plugins/cookie-cleanup-on-demand.ts).
 */
import { cookieCleanupPlugin } from './plugins/cookie-cleanup.js';
import { provide } from './runtime/sibling-plugins.js';

provide('cookieCleanup', cookieCleanupPlugin);
