/**
 * dist/consent-panel-cookie-domain.js: the shared cookie's module of the
 * drop-in script (`cookieDomain`), which loads it from its own directory
 * only when the page's decision and the cookie's differ, or when one is made
 * or reset (docs/shared-cookie.md). It uses the page's runtime, whichever
 * copy of the script made it, through its public members only.
 */
import type { ConsentStore } from './core/store.js';
import { adoptSharedCookie, sharedCookiePlugin } from './plugins/shared-cookie/plugin.js';
import type { ConsentPlugin } from './runtime/plugin.js';

interface Runtime {
  store: ConsentStore | undefined;
  pending: ConsentStore | undefined;
  use(...plugins: ConsentPlugin[]): void;
}

const runtime = (window as unknown as Record<symbol, Runtime | undefined>)[Symbol.for('consent-panel.runtime')];
if (runtime) {
  // Loaded while the start waits for it: there is a decision to adopt first.
  const adopting = !runtime.store && runtime.pending;
  if (adopting) adoptSharedCookie(adopting);
  runtime.use(sharedCookiePlugin(!!adopting));
} else {
  console.error('consent-panel: consent-panel-cookie-domain.js needs consent-panel.js, loaded first.');
}
