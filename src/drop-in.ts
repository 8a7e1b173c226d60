/** The one-script-tag build: registers the element and starts consent at once. */
import type { PanelUi } from './panel/panel-ui.js';
import { resolveLang, setLanguageLoader, whenLanguage } from './i18n/index.js';
import { UI_KEY } from './panel/panel-ui.js';
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
try {
  setUp(
    () =>
      loadSibling('consent-panel-ui.js').then(() => {
        const ui = (window as unknown as Record<symbol, PanelUi | undefined>)[UI_KEY];
        // Served, but not the panel's UI (an HTML error page, another version).
        if (typeof ui?.create !== 'function') throw new Error('consent-panel-ui.js did not provide the panel');
        return ui;
      }),
    // The built-in plugins in their order (plugins/index.ts); the embeds'
    // placeholders only once a page has a gated embed, from their own file.
    [cookieCleanupPlugin, googleConsentModePlugin, embedsOnDemand(fromSibling(loadSibling, 'consent-panel-embeds.js', 'placeholder'))],
  );
  // Languages other than French and English: dist/i18n/xx.js, next to this script.
  setLanguageLoader((lang) => loadSibling(`i18n/${lang}.js`));
  const runtime = pageRuntime();
  // Its data-* attributes are configuration, known at once: data-privacy-url, data-revision, data-lang…
  // A bare drop-in's first layer from the defaults comes with the panel's UI, fetched at once on a first visit.
  runtime.autostart(script, () => loadUi().then((ui) => ui.earlyLayer));
  // The reader's language file is requested as soon as the language is known (<html lang>, data-lang…).
  const language = () => void whenLanguage(resolveLang(runtime.shownStore?.config.lang));
  language();
  void runtime.api.ready.then((detail) => {
    language();
    // A first visit: the first layer's code is fetched now, before <body> may even exist.
    if (!detail.decided) loadUi().catch(() => {});
    // A second copy of this script adds a second tag: the module runs once.
    if (runtime.store!.config.tcf) loadSibling('consent-panel-tcf.js').catch((error: unknown) => console.error('consent-panel:', error));
    if (runtime.store!.config.receipts)
      loadSibling('consent-panel-receipts.js').catch((error: unknown) => console.error('consent-panel:', error));
  });
} catch (error) {
  console.error('consent-panel: could not start:', error);
}
