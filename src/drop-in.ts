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
  // Its data-* attributes are configuration, known at once: data-privacy-url, data-revision, data-lang…
  runtime.autostart(script);
  void runtime.api.ready.then((detail) => {
    // A first visit: the first layer's code is fetched now, before <body> may even exist.
    if (!detail.decided) loadUi().catch(() => {});
    // A second copy of this script adds a second tag: the module runs once.
    if (runtime.store!.config.tcf) loadSibling('consent-panel-tcf.js').catch((error: unknown) => console.error('consent-panel:', error));
    // Vendor presets: their module, side by side with the panel's UI; it fetches the presets the page does not already have.
    if (runtime.store!.config.purposes.some((p) => p.vendors?.some((v) => v.preset)))
      loadSibling('consent-panel-presets.js').catch((error: unknown) => console.error('consent-panel:', error));
  });
} catch (error) {
  console.error('consent-panel: could not start:', error);
}
