/**
 * dist/presets/site.js: the presets module as the first part of a site's
 * presets file (scripts/presets/bundle.mjs, the configurator), which also
 * holds the site's presets and the tag loader kinds they use. Served or
 * inlined before the drop-in script, it starts on the page's runtime as soon
 * as the drop-in script has made it, and resolves every preset the
 * configuration names from the file's own data, before the drop-in script
 * would fetch consent-panel-presets.js: nothing more is fetched. A preset the
 * file lacks is reported and its vendor dropped.
 */
import type { ConsentPlugin } from '../../runtime/plugin.js';
import { knownPresets } from '../plugin.js';
import { REGISTRY } from '../registry.js';

type Runtime = { use(...plugins: ConsentPlugin[]): void };
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce;
const runtime = () => (window as unknown as Record<symbol, Runtime | undefined>)[Symbol.for('consent-panel.runtime')];
const start = () => {
  // A presets module already runs (loaded before this file): this file's presets and kinds go to it, as a bundle's would.
  const registry = (self as unknown as Record<string, unknown>)[REGISTRY];
  if (!registry || Array.isArray(registry)) runtime()?.use(knownPresets(nonce));
};
// The drop-in script defines <consent-panel> and makes its runtime in the same run: the runtime is there once the element is.
if (runtime()) start();
else void customElements.whenDefined('consent-panel').then(start);
