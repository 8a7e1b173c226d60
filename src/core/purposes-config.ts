import { DEFAULT_PURPOSES } from './default-purposes.js';
import { reportError } from './report.js';
import type { PurposeConfig, VendorConfig } from './types.js';
import { isObject, readBoolean, readText, readUrl, validId } from './validate.js';

/** Cookie and storage-key patterns: names, with `*` for any run of characters. */
const PATTERN = /^[\w!#$%&'+.^`|~*-]+$/;

function readPatterns(field: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    reportError(field, value, 'is not a list of names or patterns; ignored.');
    return undefined;
  }
  return value.filter((pattern, i) => {
    if (typeof pattern === 'string' && PATTERN.test(pattern)) return true;
    reportError(`${field}[${i}]`, pattern, 'is not a name or a pattern with "*"; skipped.');
    return false;
  });
}

function readVendor(field: string, raw: unknown, seen: Set<string>): VendorConfig | undefined {
  if (!isObject(raw)) {
    reportError(field, raw, 'is not a vendor object; entry dropped.');
    return undefined;
  }
  if (!validId(`${field}.id`, raw.id)) return undefined;
  if (seen.has(raw.id)) {
    reportError(`${field}.id`, raw.id, 'is used twice; entry dropped.');
    return undefined;
  }
  seen.add(raw.id);
  const named = typeof raw.name === 'string' && raw.name.trim();
  if (!named) reportError(`${field}.name`, raw.name, `is not a name; using "${raw.id}".`);
  const vendor: VendorConfig = { id: raw.id, name: named ? (raw.name as string) : raw.id };
  if (raw.privacyUrl !== undefined) {
    const url = readUrl(`${field}.privacyUrl`, raw.privacyUrl);
    if (url) vendor.privacyUrl = url;
  }
  const cookies = readPatterns(`${field}.cookies`, raw.cookies);
  if (cookies) vendor.cookies = cookies;
  const storageKeys = readPatterns(`${field}.storageKeys`, raw.storageKeys);
  if (storageKeys) vendor.storageKeys = storageKeys;
  if (raw.retention !== undefined) {
    const retention = readText(`${field}.retention`, raw.retention);
    if (retention) vendor.retention = retention;
  }
  return vendor;
}

function readPurpose(field: string, raw: unknown, seen: Set<string>): PurposeConfig | undefined {
  if (!isObject(raw)) {
    reportError(field, raw, 'is not a purpose object; entry dropped.');
    return undefined;
  }
  if (!validId(`${field}.id`, raw.id)) return undefined;
  if (seen.has(raw.id)) {
    reportError(`${field}.id`, raw.id, 'is used twice; entry dropped.');
    return undefined;
  }
  seen.add(raw.id);
  const purpose: PurposeConfig = {
    id: raw.id,
    label: (raw.label === undefined ? undefined : readText(`${field}.label`, raw.label)) ?? raw.id,
  };
  if (raw.label === undefined) reportError(`${field}.label`, raw.label, `is missing; using "${raw.id}".`);
  if (raw.description !== undefined) {
    const description = readText(`${field}.description`, raw.description);
    if (description) purpose.description = description;
  }
  if (readBoolean(`${field}.required`, raw.required, false)) purpose.required = true;
  if (raw.gpc !== undefined) purpose.gpc = readBoolean(`${field}.gpc`, raw.gpc, raw.id === 'ads');
  if (raw.vendors !== undefined) {
    if (purpose.required) {
      reportError(`${field}.vendors`, raw.vendors, 'is not allowed on a required purpose; ignored.');
    } else if (!Array.isArray(raw.vendors)) {
      reportError(`${field}.vendors`, raw.vendors, 'is not a list of vendors; ignored.');
    } else {
      const ids = new Set<string>();
      const vendors = raw.vendors
        .map((vendor, i) => readVendor(`${field}.vendors[${i}]`, vendor, ids))
        .filter((vendor): vendor is VendorConfig => !!vendor);
      if (vendors.length) purpose.vendors = vendors;
    }
  }
  return purpose;
}

/** Validates `purposes`; the default list applies when no entry is usable. */
export function readPurposes(value: unknown): PurposeConfig[] {
  if (value === undefined) return DEFAULT_PURPOSES;
  if (!Array.isArray(value)) {
    reportError('purposes', value, 'is not a list of purposes; using the default purposes.');
    return DEFAULT_PURPOSES;
  }
  const seen = new Set<string>();
  const purposes = value
    .map((raw, i) => readPurpose(`purposes[${i}]`, raw, seen))
    .filter((purpose): purpose is PurposeConfig => !!purpose);
  if (purposes.length) return purposes;
  reportError('purposes', value, 'holds no valid purpose; using the default purposes.');
  return DEFAULT_PURPOSES;
}
