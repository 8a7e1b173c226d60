/**
 * Vendor presets for bundlers: `import { usePresets } from 'consent-panel/presets.js'`
 * next to `consent-panel/define.js`, then `usePresets(youtube, googleAnalytics)`
 * with the presets imported from `consent-panel/presets/<id>.json`. (The
 * drop-in script loads dist/consent-panel-presets.js and each preset by itself.)
 */
import { presetsPlugin } from './presets/plugin.js';
import { REGISTRY } from './presets/registry.js';
import type { Preset } from './presets/types.js';
import { pageRuntime } from './runtime/runtime.js';

export { presetsPlugin } from './presets/plugin.js';
export type { Preset, PresetTag, PresetVendor } from './presets/types.js';

let used = false;

/** Makes presets known to the page's runtime, and starts the presets plugin once. */
export function usePresets(...presets: Preset[]): void {
  const holder = window as unknown as Record<string, { push(...p: Preset[]): unknown } | undefined>;
  (holder[REGISTRY] ??= [] as Preset[]).push(...presets);
  if (used) return;
  used = true;
  pageRuntime().use(presetsPlugin((id) => Promise.reject(new Error(`preset ${id} was not given to usePresets()`))));
}
