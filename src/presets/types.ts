import type { GoogleConsentType, Text } from '../core/types.js';
import type { ConsentStore } from '../core/store.js';

/**
 * A vendor preset as the browser gets it (dist/presets/<id>.js, built from
 * presets/<id>.json without its review fields). See presets/schema.json.
 */
export interface Preset {
  id: string;
  name: string;
  /** The purpose it belongs under by default. */
  purpose: string;
  /** May sit under an exempt audience-measurement purpose. */
  exemptible?: boolean;
  privacyUrl?: string;
  cookies?: string[];
  storageKeys?: string[];
  retention?: Text;
  description?: Text;
  consentMode?: GoogleConsentType[];
  /** URL patterns, `*` for any run of characters. */
  embeds?: string[];
  tag?: PresetTag;
}

export interface PresetTag {
  /** How it loads; absent (in dist/presets/*.js), `script`. */
  kind?: 'gtag' | 'gtm' | 'matomo' | 'piano' | 'queue' | 'poool' | 'construct' | 'script';
  /** `{param}` is replaced by the parameter's value. */
  src: string;
  /** Parameter → the regular expression its value must match (in presets/*.json, `{ pattern }`: usePresets() takes either). */
  params?: Record<string, string | { pattern: string }>;
  /** Globals the tag reads, set before it loads (`{param}` in strings filled in). */
  globals?: Record<string, unknown>;
  /** `queue`: the global the vendor's snippet defines, which queues calls until the tag has loaded. */
  stub?: QueueStub;
  /** `queue`: the calls the vendor's snippet makes, queued as the tag loads (after `grant`). */
  calls?: unknown[][];
  /** `queue`: the vendor's own consent calls, made as the tag loads and whenever its gate is granted again. */
  grant?: unknown[][];
  /** `queue`: the vendor's own consent calls when its gate is withdrawn. */
  revoke?: unknown[][];
  /** `construct`: the constructor its library defines, used once it has loaded. */
  construct?: TagConstruct;
}

/** `construct` (Médiamétrie's eStat): `new window[fn](...args)` once the library has loaded, then `calls` on the object made. */
export interface TagConstruct {
  /** The constructor's name on `window` (`eStatTag`). */
  fn: string;
  /** Its arguments, `{param}` filled in; empty strings (optional parameters not given) are left out. */
  args?: unknown[];
  /** Methods called on the object made, each `[name, ...arguments]` (`["post"]`). */
  calls?: unknown[][];
}

/** The global a vendor's snippet defines (`fbq`, `twq`, `ttq`…), as data. */
export interface QueueStub {
  /** Its name on `window`. */
  fn: string;
  /** A function: the property holding queued calls (default `queue`; `q` for Clarity). */
  queue?: string;
  /** A function: the method its library sets on it to take calls once loaded (Meta's `callMethod`, X's `exe`). */
  call?: string;
  /** An array with these methods instead, each queuing `[name, ...arguments]` (TikTok's `ttq`); calls are `[method, ...arguments]`. */
  methods?: string[];
  /** Properties set on it (`version`), `{param}` filled in. */
  props?: Record<string, unknown>;
}

/** A configured vendor that names a preset, once its data is known and its entry checked. */
export interface PresetVendor {
  preset: Preset;
  /** `purpose/vendor`. */
  gate: string;
  /** The parameters, as the site gave them (checked). */
  params: Record<string, string>;
  /** For an exempt purpose: the consent purpose whose grant lifts the vendor's own limits (Piano's opt-in, Matomo's cookies). */
  consentPurpose: string | undefined;
}

/**
 * A tag loader kind (src/presets/kinds/), each its own piece
 * (dist/presets/kind-<piece>.js): made once per vendor whose preset's tag is
 * of that kind, with `fill` filling the parameters into a value from the
 * preset; the function it returns is told the vendor's consent (`consented`:
 * that of its consent purpose under an exempt one) before the tag loads and
 * on each change after, and may return what runs once the tag has loaded
 * (told the consent as it is then, as the function is).
 */
export type TagKind = (vendor: PresetVendor, store: ConsentStore, fill: (value: unknown) => unknown) => TagRun;
export type TagRun = (granted: boolean, consented: boolean, loaded: boolean) => ((granted: boolean, consented: boolean) => void) | void;
