import { reportError, reportWarning } from '../../core/report.js';
import type { PurposeConfig } from '../../core/types.js';
import { isObject, readBoolean, readUrl } from '../../core/validate.js';
import { readPurposeMap } from './purpose-map.js';
import type { AtpProvider, TcfSettings } from './types.js';

/** 12 bits in the TC string. */
const MAX_ID = 4095;
/** The IAB forbids loading the vendor list from its own hosts in the browser. */
const IAB_HOSTS = /(^|\.)(vendor-?list\.consensu\.org)$/i;

const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const KEYS = [
  'cmpId',
  'cmpVersion',
  'gvlUrl',
  'vendors',
  'publisherCountryCode',
  'purposeMap',
  'enableAdvertiserConsentMode',
  'addtlConsent',
  'keepLegitimateInterestOnReject',
];

/** Thrown for a configuration the TCF cannot work with: the message names the field and the value. */
export class TcfConfigError extends Error {}

function fail(field: string, value: unknown, problem: string): never {
  reportError(field, value, `${problem} The IAB TCF is off: __tcfapi answers cmpStatus "error".`);
  throw new TcfConfigError(field);
}

function readGvlUrl(value: unknown, base: string): string {
  const url = value === undefined ? undefined : readUrl('tcf.gvlUrl', value);
  if (url === undefined) fail('tcf.gvlUrl', value, 'is not the URL of the site’s own copy of the Global Vendor List (vendor-list.json).');
  const absolute = new URL(url, base);
  if (IAB_HOSTS.test(absolute.hostname)) {
    fail('tcf.gvlUrl', value, 'points to the IAB’s server, which browsers must not load: host a copy on the site.');
  }
  if (!/\.json$/i.test(absolute.pathname)) absolute.pathname = absolute.pathname.replace(/\/?$/, '/vendor-list.json');
  return absolute.href;
}

function readVendors(value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.length) fail('tcf.vendors', value, 'is not a list of Global Vendor List ids, such as [755].');
  value.forEach((id, i) => isInt(id, 1, 65535) || fail(`tcf.vendors[${i}]`, id, 'is not a Global Vendor List id.'));
  return [...new Set(value as number[])].sort((a, b) => a - b);
}

function readAddtlConsent(value: unknown, purposes: PurposeConfig[]): TcfSettings['addtlConsent'] {
  if (value === undefined) return undefined;
  const field = 'tcf.addtlConsent';
  if (!isObject(value) || !Array.isArray(value.providers)) {
    reportError(field, value, 'is not { providers: [{ id, name, privacyUrl }], purpose }; no Additional Consent string.');
    return undefined;
  }
  const providers: AtpProvider[] = [];
  value.providers.forEach((p, i) => {
    if (!isObject(p) || !isInt(p.id, 1, 1e9) || typeof p.name !== 'string' || !p.name.trim()) {
      return reportError(`${field}.providers[${i}]`, p, 'is not { id, name, privacyUrl } with a Google ATP id; dropped.');
    }
    const provider: AtpProvider = { id: p.id, name: p.name };
    const privacyUrl = p.privacyUrl === undefined ? undefined : readUrl(`${field}.providers[${i}].privacyUrl`, p.privacyUrl);
    if (privacyUrl) provider.privacyUrl = privacyUrl;
    if (!providers.some((q) => q.id === provider.id)) providers.push(provider);
  });
  const purpose = value.purpose ?? 'ads';
  if (!purposes.some((p) => p.id === purpose && !p.required)) {
    reportError(`${field}.purpose`, purpose, 'names no configured purpose that can be refused; no Additional Consent string.');
    return undefined;
  }
  return providers.length ? { providers: providers.sort((a, b) => a.id - b.id), purpose: purpose as string } : undefined;
}

/**
 * Validates `tcf`. A configuration the TCF cannot work with (no CMP id, no
 * vendor list, a bad vendor id) throws a TcfConfigError after a console
 * error; lesser mistakes fall back to a default with a console error.
 */
export function readTcfSettings(value: unknown, purposes: PurposeConfig[], base: string): TcfSettings {
  if (!isObject(value)) fail('tcf', value, 'is not an object such as { cmpId, cmpVersion, gvlUrl, vendors }.');
  for (const key of Object.keys(value)) if (!KEYS.includes(key)) reportWarning(`unknown key "tcf.${key}" ignored.`);
  if (!isInt(value.cmpId, 2, MAX_ID))
    fail('tcf.cmpId', value.cmpId, `is not the CMP id registered with IAB Europe (an integer from 2 to ${MAX_ID}).`);
  let cmpVersion = 1;
  if (value.cmpVersion === undefined) reportWarning('tcf.cmpVersion is not set; using 1. Raise it with every change of the CMP.');
  else if (isInt(value.cmpVersion, 1, MAX_ID)) cmpVersion = value.cmpVersion;
  else reportError('tcf.cmpVersion', value.cmpVersion, `is not an integer from 1 to ${MAX_ID}; using 1.`);
  const gvlUrl = readGvlUrl(value.gvlUrl, base);
  const vendors = readVendors(value.vendors);
  let publisherCountryCode = 'FR';
  if (typeof value.publisherCountryCode === 'string' && /^[a-z]{2}$/i.test(value.publisherCountryCode)) {
    publisherCountryCode = value.publisherCountryCode.toUpperCase();
  } else if (value.publisherCountryCode !== undefined) {
    reportError('tcf.publisherCountryCode', value.publisherCountryCode, 'is not a two-letter country code; using "FR".');
  }
  return {
    cmpId: value.cmpId,
    cmpVersion,
    gvlUrl,
    vendors,
    publisherCountryCode,
    purposeMap: readPurposeMap(value.purposeMap, purposes),
    enableAdvertiserConsentMode: readBoolean('tcf.enableAdvertiserConsentMode', value.enableAdvertiserConsentMode, false),
    addtlConsent: readAddtlConsent(value.addtlConsent, purposes),
    keepLegitimateInterestOnReject: readBoolean('tcf.keepLegitimateInterestOnReject', value.keepLegitimateInterestOnReject, false),
  };
}
