import type { ConsentStore } from '../core/store.js';
import type { PresetVendor, TagKind, TagRun } from './types.js';

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
  /**
   * `{name}` in a preset's value (a global, a call's arguments, keys included), replaced by the parameter's value: on
   * the value's JSON, so every string in it at once, the parameter's value escaped as a JSON string's content.
   */
  const fill = (value: unknown): unknown =>
    value && JSON.parse(JSON.stringify(value).replace(/\{(\w+)\}/g, (_, name: string) => JSON.stringify(params[name] ?? '').slice(1, -1)));
  let run: TagRun | undefined;
  let loaded = false;
  /** The values last told, so that each change is told once. */
  let told: string | undefined;
  /** The vendor's consent now, and that of its consent purpose (its own under a purpose asking for consent). */
  const now = (granted = store.granted(gate)): [boolean, boolean] => [granted, consentPurpose ? store.granted(consentPurpose) : granted];

  return () => {
    if (tag.kind && tag.kind != 'script' && !(run ??= kinds[tag.kind]?.(vendor, store, fill))) return;
    const [granted, consented] = now();
    // Nothing before the gate is first granted; then each change, once.
    if ((loaded || granted) && told != (told = `${granted}${consented}`)) {
      const onload = run?.(granted, consented, loaded);
      if (loaded) return;
      loaded = true;
      Object.assign(window, fill(tag.globals));
      document.head.append(
        Object.assign(document.createElement('script'), {
          src: fill(tag.src),
          nonce,
          // Told the consent as it is once the tag has loaded, whatever changed while it was on its way.
          onload: onload && (() => onload(...now())),
        }),
      );
    }
  };
}
