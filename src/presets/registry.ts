import type { Preset } from './types.js';

/**
 * The page's presets: each data file (dist/presets/<id>.js) adds its own with
 * `(self.consentPanelPresets ||= []).push(preset)`, whenever it arrives. Once
 * the presets module runs, the array is replaced by an object whose `push`
 * hands each preset over at once.
 */
export const REGISTRY = 'consentPanelPresets';

type Holder = Record<string, { push(...presets: Preset[]): unknown } | Preset[] | undefined>;

export function takePresets(take: (preset: Preset) => void): void {
  const holder = window as unknown as Holder;
  const waiting = holder[REGISTRY];
  holder[REGISTRY] = {
    push: (...presets: Preset[]) => presets.forEach(take),
  };
  if (Array.isArray(waiting)) waiting.forEach(take);
}
