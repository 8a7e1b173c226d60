import type { Preset, TagKind } from './types.js';

/**
 * The page's presets and tag loader kinds: each preset's data file
 * (dist/presets/<id>.js) adds its own with
 * `(self.consentPanelPresets ||= []).push(preset)`, each kind's piece
 * (dist/presets/kind-<piece>.js) `{ kinds: { name: loader } }`, whenever they
 * arrive. Once the presets module runs, the array is replaced by an object
 * whose `push` hands each over at once.
 */
export const REGISTRY = 'consentPanelPresets';

/** What the registry holds: a preset, or a piece's tag loader kinds. */
export type Entry = Preset | { kinds: Record<string, TagKind> };

type Holder = Record<string, { push(...entries: Entry[]): unknown } | undefined>;

export function takePresets(take: (entry: Entry) => void): void {
  // `self` read when called, never on import: the ESM entry (consent-panel/presets.js) imports in Node.js too.
  const holder = self as unknown as Holder;
  const waiting = holder[REGISTRY];
  holder[REGISTRY] = { push: (...entries: Entry[]) => entries.forEach(take) };
  if (Array.isArray(waiting)) waiting.forEach(take);
}

/** Adds entries to the registry, whether the presets module runs yet or not. */
export const offer = (...entries: Entry[]): unknown => registry().push(...entries);

/**
 * The registry to add to, whether the presets module runs yet or not: each kind's piece adds its kinds with
 * `registry().push({ kinds: { name: loader } })`, written so that the minifier needs no variable for them.
 */
export const registry = (): { push(...entries: Entry[]): unknown } => ((self as unknown as Holder)[REGISTRY] ||= [] as Entry[]);
