import { DEFAULT_PURPOSES } from './default-purposes.js';
import { reportError } from './report.js';
import type { PurposeConfig, VendorConfig } from './types.js';
import { table } from './table.js';
import { isObject, readBoolean, readText, readUrl } from './validate.js';

/** Purpose and vendor ids: no spaces or slashes, since gates use both; not `__proto__`, which objects treat apart. */
const ID = /^(?!__proto__$)[\w-]{1,64}$/;
/** Cookie and storage-key patterns: names, with `*` for any run of characters. */
const PATTERN = /^[\w!#$%&'+.^`|~*-]+$/;

type Entry = Record<string, unknown> & { id: string };

/**
 * A list of objects with unique ids: entries that are not objects, lack a
 * valid id or repeat one are reported and dropped; the others are read.
 */
function readList<T>(field: string, value: unknown, read: (field: string, entry: Entry) => T): T[] {
  if (!Array.isArray(value)) {
    reportError(field, value, 'is not a list; ignored.');
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  value.forEach((given, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(given)) return reportError(at, given, 'is not an object; dropped.');
    // Its own keys only: what page code put on Object.prototype (a `required` or `exempt` set to true) is not configuration.
    const entry = table(given);
    if (typeof entry.id !== 'string' || !ID.test(entry.id))
      return reportError(`${at}.id`, entry.id, 'is not an id (letters, digits, _ or -, not __proto__); dropped.');
    if (seen.has(entry.id)) return reportError(`${at}.id`, entry.id, 'is used twice; dropped.');
    seen.add(entry.id);
    out.push(read(at, entry as Entry));
  });
  return out;
}

function readPatterns(field: string, value: unknown): string[] | undefined {
  if (!Array.isArray(value)) {
    reportError(field, value, 'is not a list of names; ignored.');
    return undefined;
  }
  return (value as unknown[]).filter(
    (pattern, i) =>
      (typeof pattern === 'string' && PATTERN.test(pattern)) ||
      reportError(`${field}[${i}]`, pattern, 'is not a name or a pattern with "*"; skipped.'),
  ) as string[];
}

/** Sets `target[key]` from `entry[key]` when given and valid. */
function optional<T extends object>(
  target: T,
  entry: Entry,
  key: keyof T & string,
  field: string,
  read: (field: string, value: unknown) => unknown,
): void {
  if (entry[key] === undefined) return;
  const value = read(`${field}.${key}`, entry[key]);
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
}

function readVendor(field: string, entry: Entry): VendorConfig {
  const named = typeof entry.name === 'string' && entry.name.trim();
  if (!named) reportError(`${field}.name`, entry.name, `is not a name; using "${entry.id}".`);
  // Without a prototype, as a purpose.
  const vendor = { __proto__: null, id: entry.id, name: named ? (entry.name as string) : entry.id } as VendorConfig;
  optional(vendor, entry, 'privacyUrl', field, readUrl);
  optional(vendor, entry, 'cookies', field, readPatterns);
  optional(vendor, entry, 'storageKeys', field, readPatterns);
  optional(vendor, entry, 'retention', field, readText);
  if (entry.preset) vendor.preset = entry.preset as Record<string, unknown>;
  return vendor;
}

/**
 * A preset vendor (`"youtube"`, `{ preset: "youtube", … }`) as an entry: its
 * id is the preset's (or `vendorId`), its name the id until the presets
 * plugin fills it in, and the entry as written goes with it as `preset`. A
 * preset that is not an id is reported as the entry's id, and dropped.
 */
const presetEntry = (entry: unknown): unknown =>
  typeof entry == 'string'
    ? presetEntry({ preset: entry })
    : isObject(entry) && typeof entry.preset == 'string'
      ? { name: entry.preset, ...entry, id: ID.test(entry.preset) ? (entry.vendorId ?? entry.preset) : entry.preset, preset: entry }
      : entry;

function readPurpose(field: string, entry: Entry): PurposeConfig {
  // Without a prototype: a field it does not have (`required`, `exempt`) is never answered by an Object.prototype that page code wrote to.
  const purpose = { __proto__: null, id: entry.id, label: readText(`${field}.label`, entry.label) ?? entry.id } as PurposeConfig;
  optional(purpose, entry, 'description', field, readText);
  if (readBoolean(`${field}.required`, entry.required, false)) purpose.required = true;
  else if (readBoolean(`${field}.exempt`, entry.exempt, false)) purpose.exempt = true;
  optional(purpose, entry, 'gpc', field, (f, v) => readBoolean(f, v, entry.id === 'ads'));
  if (entry.vendors !== undefined) {
    if (purpose.required) reportError(`${field}.vendors`, entry.vendors, 'is not allowed on a required purpose; ignored.');
    else {
      const vendors = readList(
        `${field}.vendors`,
        Array.isArray(entry.vendors) ? entry.vendors.map(presetEntry) : entry.vendors,
        readVendor,
      );
      if (vendors.length) purpose.vendors = vendors;
    }
  }
  return purpose;
}

/** Validates `purposes`; the default list applies when no entry is usable. */
export function readPurposes(value: unknown): PurposeConfig[] {
  if (value === undefined) return DEFAULT_PURPOSES;
  const purposes = readList('purposes', value, readPurpose);
  if (purposes.length) return purposes;
  reportError('purposes', value, 'holds no valid purpose; using the defaults.');
  return DEFAULT_PURPOSES;
}
