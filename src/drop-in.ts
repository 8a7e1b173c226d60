/** The one-script-tag build: registers the element and starts consent at once. */
import type { PanelUi } from './panel/panel-ui.js';
import { UI_KEY } from './panel/panel-ui.js';
import { loadUi } from './panel/ui-loader.js';
import { pageRuntime } from './runtime/runtime.js';
import { siblingLoader } from './runtime/sibling.js';
import { setUp } from './setup.js';

// Sibling files (the panel's UI, the IAB TCF module) come from this script's own directory.
const script = document.currentScript as HTMLScriptElement | null;
const loadSibling = siblingLoader(script);
const sibling = (file: string) => loadSibling(file).catch((error: unknown) => console.error('consent-panel:', error));
try {
  setUp(() =>
    loadSibling('consent-panel-ui.js').then(() => {
      const ui = (window as unknown as Record<symbol, PanelUi | undefined>)[UI_KEY];
      // Served, but not the panel's UI (an HTML error page, another version).
      if (typeof ui?.create !== 'function') throw new Error('consent-panel-ui.js did not provide the panel');
      return ui;
    }),
  );
  const runtime = pageRuntime();
  // cookieDomain: the shared cookie's module comes only when it has work (docs/shared-cookie.md).
  runtime.hold = (store) => {
    const { cookieDomain, storageKey } = store.config;
    if (!cookieDomain) return;
    let loading: Promise<void> | undefined;
    const load = () => (loading ??= sibling('consent-panel-cookie-domain.js'));
    // A decision or a reset made here is mirrored by the module, loaded then.
    store.subscribe(() => void load());
    // '1.<decidedAt>.<expiresAt>.…', or '1.<resetAt>.-.…' for a reset: dates in base 36.
    const value = ('; ' + document.cookie).split(`; ${storageKey}=`)[1];
    const [, stamp, expires] = value?.split('.') ?? [];
    const local = store.record && Date.parse(store.record.decidedAt).toString(36);
    // The page's decision and the cookie's differ (or the cookie is the only
    // one): the module adopts or updates, before the state is announced when there is a cookie.
    if (value ? stamp != local && (local || expires != '-') : local) {
      const loaded = load();
      return value && loaded;
    }
  };
  // Its data-* attributes are configuration, known at once: data-privacy-url, data-revision, data-lang…
  runtime.autostart(script);
  void runtime.api.ready.then((detail) => {
    // A first visit: the first layer's code is fetched now, before <body> may even exist.
    if (!detail.decided) loadUi().catch(() => {});
    // A second copy of this script adds a second tag: the module runs once.
    if (runtime.store!.config.tcf) void sibling('consent-panel-tcf.js');
  });
} catch (error) {
  console.error('consent-panel: could not start:', error);
}
