/** The one-script-tag build: registers the element and starts consent at once. */
import type { UiLoader, UiPart } from './panel/panel-ui.js';
import { resolveLang, setLanguageLoader, whenLanguage } from './i18n/index.js';
import { uiKey } from './panel/panel-ui.js';
import { loadUi } from './panel/ui-loader.js';
import { cookieCleanupPlugin } from './plugins/cookie-cleanup.js';
import { embedsOnDemand } from './plugins/embeds-on-demand.js';
import { googleConsentModePlugin } from './plugins/google-consent-mode.js';
import { pageRuntime } from './runtime/runtime.js';
import { siblingLoader } from './runtime/sibling.js';
import { fromSibling } from './runtime/sibling-plugins.js';
import { setUp } from './setup.js';

// Sibling files (the panel's UI, the IAB TCF module, the plugins a page may not need) come from this script's own directory.
const script = document.currentScript as HTMLScriptElement | null;
const loadSibling = siblingLoader(script);
const sibling = (file: string) => loadSibling(file).catch((error: unknown) => console.error('consent-panel:', error));
try {
  setUp(
    // A part of the panel's UI: consent-panel-banner.js (the first layer), -ui.js (the preferences dialog), -theme.js…
    ((part: UiPart) =>
      loadSibling(`consent-panel-${part}.js`).then(() => {
        const ui = (window as unknown as Record<symbol, { create?: unknown } | undefined>)[uiKey(part)];
        // Served, but not the panel's UI (an HTML error page, another version).
        if (typeof ui?.create !== 'function') throw new Error(`consent-panel-${part}.js did not provide the panel`);
        return ui;
      })) as UiLoader,
    // The built-in plugins in their order (plugins/index.ts); the embeds'
    // placeholders only once a page has a gated embed, from their own file.
    [cookieCleanupPlugin, googleConsentModePlugin, embedsOnDemand(fromSibling(loadSibling, 'consent-panel-embeds.js', 'placeholder'))],
  );
  // Languages other than French and English: dist/i18n/xx.js, next to this script.
  setLanguageLoader((lang) => loadSibling(`i18n/${lang}.js`));
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
    let value: string | undefined;
    try {
      value = ('; ' + document.cookie).split(`; ${storageKey}=`)[1];
    } catch {
      // No cookies on this page (a sandboxed frame): it starts on its own decision; the module reports it on one.
    }
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
  // A bare drop-in's first layer from the defaults: its own small file (a configured page never needs it), fetched
  // at once on a first visit side by side with the first layer's.
  runtime.autostart(script, () => {
    loadUi('banner').catch(() => {});
    return loadUi('early').then((early) => early.create);
  });
  // The reader's language file is requested as soon as the language is known (<html lang>, data-lang…).
  const language = () => void whenLanguage(resolveLang(runtime.shownStore?.config.lang));
  language();
  void runtime.api.ready.then((detail) => {
    language();
    // A first visit: the first layer's code is fetched now, before <body> may even exist.
    if (!detail.decided) loadUi('banner').catch(() => {});
    // A second copy of this script adds a second tag: the module runs once.
    if (runtime.store!.config.tcf) void sibling('consent-panel-tcf.js');
    if (runtime.store!.config.receipts) void sibling('consent-panel-receipts.js');
    // Vendor presets: their module, side by side with the panel's UI; it fetches the presets the page does not already have.
    if (runtime.store!.config.purposes.some((p) => p.vendors?.some((v) => v.preset))) void sibling('consent-panel-presets.js');
  });
} catch (error) {
  console.error('consent-panel: could not start:', error);
}
