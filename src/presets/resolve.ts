import type { PurposeConfig, VendorConfig } from '../core/types.js';
import type { Preset, PresetVendor } from './types.js';

/** Reports bad input: the core's reportError, given to plugins. */
export type Report = (field: string, value: unknown, problem: string) => void;

/** The vendor fields a preset fills in, unless the entry gives its own. */
const FILLED = ['name', 'privacyUrl', 'cookies', 'storageKeys', 'retention'] as const;

const patternOf = (param: string | { pattern: string }): string => (typeof param == 'string' ? param : param.pattern);

/**
 * Checks a configured vendor against its preset: where it sits, its
 * parameters, its other keys. Returns the vendor's settings, or undefined when
 * it must be dropped (reported, naming the field and the value).
 */
export function resolveVendor(
  field: string,
  purpose: PurposeConfig,
  vendor: VendorConfig,
  preset: Preset,
  purposes: PurposeConfig[],
  report: Report,
): PresetVendor | undefined {
  const entry = vendor.preset!;
  const drop = (at: string, value: unknown, problem: string): undefined => void report(at, value, `${problem}; ${vendor.id} dropped.`);
  // Nothing that tracks is strictly necessary; only audience measurement configured for it can be exempt.
  if (purpose.id === 'necessary') return drop(`${field}.preset`, preset.id, `does not belong under "${purpose.id}"`);
  if (purpose.exempt && !preset.exemptible)
    return drop(`${field}.preset`, preset.id, `cannot be exempt from consent: "${purpose.id}" is exempt audience measurement`);
  const params: Record<string, string> = {};
  const declared = preset.tag?.params ?? {};
  for (const [name, param] of Object.entries(declared)) {
    const value = Object.hasOwn(entry, name) ? entry[name] : undefined;
    if (typeof value != 'string' || !new RegExp(patternOf(param)).test(value))
      return drop(`${field}.${name}`, value, `is not a ${preset.name} ${name} (${patternOf(param)})`);
    params[name] = value;
  }
  let consentPurpose: string | undefined;
  if (purpose.exempt) {
    const named = Object.hasOwn(entry, 'consentPurpose') ? entry.consentPurpose : undefined;
    const id = named ?? 'analytics';
    const found = purposes.find((p) => p.id === id && !p.exempt && !p.required);
    if (found) consentPurpose = found.id;
    else if (named !== undefined) return drop(`${field}.consentPurpose`, named, 'names no purpose asking for consent');
  }
  for (const key of FILLED) {
    if (!Object.hasOwn(entry, key) && preset[key] !== undefined) (vendor as unknown as Record<string, unknown>)[key] = preset[key];
  }
  return { preset, gate: `${purpose.id}/${vendor.id}`, params, consentPurpose };
}

/** Takes a vendor out of its purpose (the last one out leaves a purpose without vendors, refused until decided). */
export function dropVendor(purpose: PurposeConfig, vendor: VendorConfig): void {
  const vendors = purpose.vendors?.filter((v) => v !== vendor);
  if (vendors?.length) purpose.vendors = vendors;
  else delete purpose.vendors;
}
