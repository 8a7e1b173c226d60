/**
 * The shared cookie for bundlers: `import 'consent-panel/cookie-domain.js'`
 * next to `consent-panel/define.js` mirrors the decision into a cookie for
 * `cookieDomain` and adopts one made on another subdomain
 * (docs/shared-cookie.md). The drop-in script loads
 * dist/consent-panel-cookie-domain.js by itself instead.
 */
import { adoptSharedCookie, sharedCookiePlugin } from './plugins/shared-cookie/plugin.js';
import { pageRuntime } from './runtime/runtime.js';

export { adoptSharedCookie, sharedCookiePlugin };

if (typeof window !== 'undefined') {
  const runtime = pageRuntime();
  const adopting = !runtime.pending;
  // Not started yet: the decision of another subdomain is taken before the state is announced.
  if (adopting) runtime.hold = (store) => adoptSharedCookie(store);
  runtime.use(sharedCookiePlugin(adopting));
}
