/**
 * Vendor presets for bundlers: `import { usePresets } from 'consent-panel/presets.js'`
 * next to `consent-panel/define.js`, then `usePresets(youtube, googleAnalytics)`
 * with the presets imported from `consent-panel/presets/<id>.json`. Every tag
 * loader kind comes with it. (The drop-in script loads
 * dist/consent-panel-presets.js, each preset and each kind it needs by itself.)
 */
import { ALL_KINDS } from './presets/kinds/all.js';
import { knownPresets } from './presets/plugin.js';
import { offer } from './presets/registry.js';
import type { Preset } from './presets/types.js';
import { pageRuntime } from './runtime/runtime.js';

export { presetsPlugin } from './presets/plugin.js';
export type { Preset, PresetTag, PresetVendor, TagConstruct, TagKind, TagRun } from './presets/types.js';

let used = false;

/** A preset as presets/<id>.json has it, in the form the browser gets (as scripts/presets/catalogue.mjs makes it): parameters as patterns, kind `script` left out. */
const runtimeForm = (preset: Preset): Preset => {
  const tag = preset.tag;
  if (!tag) return preset;
  const params = Object.fromEntries(Object.entries(tag.params ?? {}).map(([name, p]) => [name, typeof p == 'string' ? p : p.pattern]));
  return { ...preset, tag: { ...tag, kind: tag.kind == 'script' ? undefined : tag.kind, params } };
};

/** Makes presets known to the page's runtime, and starts the presets plugin once. */
export function usePresets(...presets: Preset[]): void {
  // Every kind first: the plugin, which fetches nothing, knows then which kinds there are when it checks the presets.
  if (!used) offer({ kinds: ALL_KINDS });
  offer(...presets.map(runtimeForm));
  if (used) return;
  used = true;
  // Only the presets given here: one the configuration names and that was not given is reported, its vendor dropped.
  pageRuntime().use(knownPresets());
}
