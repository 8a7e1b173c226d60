import type { ConsentStore } from '../core/store.js';
import type { PresetVendor, TagKind, TagRun } from './types.js';

/** `{name}` in a preset's value (a global, a call's arguments, keys included), replaced by the parameter's value. */
const fillAll = (value: unknown, params: Record<string, string>): unknown =>
  typeof value == 'string'
    ? value.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '')
    : Array.isArray(value)
      ? value.map((item) => fillAll(item, params))
      : value && typeof value == 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [fillAll(key, params), fillAll(item, params)]))
        : value;

/**
 * One vendor's official tag: loaded from its usual URL once its gate is
 * granted, after the preset's globals, then told of consent as it changes
 * by its kind's loader (src/presets/kinds/), which may arrive after the
 * preset: the tag waits for it. Kind `script` (or none) needs no loader.
 * Returns the function that follows the store. A tag, once loaded, stays:
 * what it stored is deleted on withdrawal by the cookie clean-up, and its own
 * consent switch keeps it quiet.
 */
export function presetTag(vendor: PresetVendor, store: ConsentStore, nonce: string, kinds: Record<string, TagKind>): () => void {
  const { preset, params, gate, consentPurpose } = vendor;
  const tag = preset.tag!;
  const fill = (value: unknown) => fillAll(value, params);
  let run: TagRun | undefined;
  let loaded = false;
  /** The values last told, so that each change is told once. */
  let told = '';

  return () => {
    if (tag.kind && tag.kind != 'script' && !(run ??= kinds[tag.kind]?.(vendor, store, fill))) return;
    const granted = store.granted(gate);
    const consented = consentPurpose ? store.granted(consentPurpose) : granted;
    const state = `${granted}${consented}`;
    if ((!loaded && !granted) || state == told) return;
    told = state;
    const onload = run?.(granted, consented, loaded);
    if (loaded) return;
    loaded = true;
    Object.assign(window, fill(tag.globals));
    const script = document.createElement('script');
    script.src = fill(tag.src) as string;
    script.nonce = nonce;
    if (onload) script.onload = onload;
    document.head.append(script);
  };
}
