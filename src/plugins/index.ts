import { cookieCleanupPlugin } from './cookie-cleanup.js';
import { embedsPlugin } from './embeds.js';
import { googleConsentModePlugin } from './google-consent-mode.js';

export { cookieCleanupPlugin, embedsPlugin, googleConsentModePlugin };

/**
 * The plugins of the drop-in script and of `consent-panel/define.js`, in the
 * order they hear of a change: cookies are cleaned up first, then Consent
 * Mode is updated, then embeds are loaded. Each does nothing unless the
 * configuration or the page asks for it.
 */
export const BUILT_IN_PLUGINS = [cookieCleanupPlugin, googleConsentModePlugin, embedsPlugin];
