import type { PurposeConfig, VendorConfig } from '../core/types.js';
import type { Preset, PresetVendor } from './types.js';

/**
 * A configured vendor naming a preset, where it sits in the configuration: its field (`purposes[1].vendors[0]`), its
 * purpose, the vendor. A tuple: the minifier cannot shorten an object's keys, and this one stays within the module.
 */
export type Named = [field: string, purpose: PurposeConfig, vendor: VendorConfig];

/** Reports a vendor's bad entry (`at` after its field), naming the value, and takes it out of its purpose. */
export type Drop = (named: Named, at: string, value: unknown, problem: string) => undefined;

/** The vendor fields a preset fills in, unless the entry gives its own. */
const FILLED = ['name', 'privacyUrl', 'cookies', 'storageKeys', 'retention'] as const;

/**
 * Checks a configured vendor against its preset: where it sits, its tag's
 * kind (`known`: one the page has or will get), its parameters, its other
 * keys. Returns the vendor's settings, or undefined when it was dropped
 * (reported, naming the field and the value).
 */
export function resolveVendor(
  named: Named,
  preset: Preset,
  purposes: PurposeConfig[],
  drop: Drop,
  known: (kind: string) => unknown,
): PresetVendor | undefined {
  const [, purpose, vendor] = named;
  const entry = vendor.preset!;
  const own = (key: string) => (Object.hasOwn(entry, key) ? entry[key] : undefined);
  const kind = preset.tag?.kind;
  // Nothing that tracks is strictly necessary; only audience measurement configured for it can be exempt; a hand-made
  // preset's tag of a kind there is not: nothing would ever load it.
  const misplaced =
    purpose.id == 'necessary'
      ? 'does not belong under "necessary"'
      : purpose.exempt && !preset.exemptible
        ? 'cannot be exempt from consent'
        : kind && !known(kind) && `has a tag of unknown kind ${JSON.stringify(kind)}`;
  if (misplaced) return drop(named, '.preset', preset.id, misplaced);
  // Read by name from the preset's templates: own entries only.
  const params = Object.create(null) as Record<string, string>;
  for (const [name, pattern] of Object.entries(preset.tag?.params ?? {})) {
    // A parameter whose pattern takes the empty string is optional: absent, it is empty.
    const value = own(name) ?? '';
    if (typeof value != 'string' || !new RegExp(pattern as string).test(value))
      return drop(named, `.${name}`, own(name), `is not a ${preset.name} ${name} (${pattern as string})`);
    params[name] = value;
  }
  let consentPurpose: string | undefined;
  if (purpose.exempt) {
    const id = own('consentPurpose');
    consentPurpose = purposes.find((p) => p.id === (id ?? 'analytics') && !p.exempt && !p.required)?.id;
    if (!consentPurpose && id !== undefined) return drop(named, '.consentPurpose', id, 'names no purpose asking for consent');
  }
  for (const key of FILLED) {
    if (!Object.hasOwn(entry, key) && preset[key] !== undefined) (vendor as unknown as Record<string, unknown>)[key] = preset[key];
  }
  return { preset, gate: `${purpose.id}/${vendor.id}`, params, consentPurpose };
}

/** Takes a vendor out of its purpose (the last one out leaves a purpose without vendors, refused until decided). */
export function dropVendor([, purpose, vendor]: Named): void {
  const vendors = purpose.vendors?.filter((v) => v !== vendor);
  if (vendors?.length) purpose.vendors = vendors;
  else delete purpose.vendors;
}
