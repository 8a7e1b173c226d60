import type { GoogleConsentType, Text } from '../core/types.js';

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
  kind: 'gtag' | 'gtm' | 'matomo' | 'piano' | 'script';
  /** `{param}` is replaced by the parameter's value. */
  src: string;
  /** Parameter → the regular expression its value must match (or, in presets/*.json, `{ pattern }`). */
  params: Record<string, string | { pattern: string }>;
  /** Globals the tag reads, set before it loads. */
  globals?: Record<string, Record<string, string>>;
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
