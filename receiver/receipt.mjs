// @ts-check
// What a receipt is, checked field by field. Anything else is refused with
// one line naming the field: the receiver stores nothing it does not understand.

/** How far in the future `decidedAt` may be: the reader's clock may run ahead. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Largest body accepted, in bytes. */
export const MAX_BODY_BYTES = 8 * 1024;

/** The sources a decision can come from (the panel's ConsentSource). */
const SOURCES = new Set(['init', 'banner', 'preferences', 'api', 'storage', 'placeholder', 'expiry']);
const ACTIONS = new Set(['accept', 'reject', 'set']);
const ID = /^[A-Za-z0-9_-]{8,64}$/;
const KEY = /^[A-Za-z0-9_.:-]{1,64}$/;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
const HEX64 = /^[0-9a-f]{64}$/;
const TC_STRING = /^[A-Za-z0-9_.-]{1,4096}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})$/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * @typedef {object} Receipt
 * @property {1} v
 * @property {string} id
 * @property {string} decidedAt
 * @property {string} expiresAt
 * @property {string} revision
 * @property {string} source
 * @property {'accept' | 'reject' | 'set'} action
 * @property {Record<string, boolean>} purposes
 * @property {Record<string, boolean>} vendors
 * @property {string} lang
 * @property {string} configHash
 * @property {boolean} gpc
 * @property {string} page
 * @property {string} [tcString]
 */

export class InvalidReceipt extends Error {}

/** @param {string} field @param {unknown} value @param {string} problem */
const fail = (field, value, problem) => {
  if (value === undefined) throw new InvalidReceipt(`${field}: ${problem}`);
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value) : typeof value;
  throw new InvalidReceipt(`${field} ${shown}: ${problem}`);
};

/** @param {string} field @param {unknown} value @param {number} max */
function text(field, value, max) {
  if (typeof value !== 'string') return fail(field, value, 'expected a string');
  if (!value || value.length > max) return fail(field, value, `expected 1 to ${max} characters`);
  if (CONTROL.test(value)) return fail(field, value, 'control characters are not allowed');
  return value;
}

/** @param {string} field @param {unknown} value */
function instant(field, value) {
  const s = text(field, value, 40);
  const ms = ISO.test(s) ? Date.parse(s) : NaN;
  if (!Number.isFinite(ms)) return fail(field, value, 'expected an ISO 8601 date and time with a time zone');
  return ms;
}

/** @param {string} field @param {unknown} value @param {number} maxKeys */
function choices(field, value, maxKeys) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(field, value, 'expected an object of booleans');
  const keys = Object.keys(value);
  if (keys.length > maxKeys) return fail(field, value, `at most ${maxKeys} entries`);
  for (const key of keys) {
    if (!KEY.test(key)) fail(`${field}.${key.slice(0, 40)}`, key, 'expected a name of letters, digits, _ . : -');
    if (typeof (/** @type {Record<string, unknown>} */ (value)[key]) !== 'boolean')
      fail(`${field}.${key}`, value, 'expected true or false');
  }
  return /** @type {Record<string, boolean>} */ (value);
}

/** @param {string} field @param {unknown} value */
function page(field, value) {
  const s = text(field, value, 2048);
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  let url;
  try {
    url = new URL(s);
  } catch {
    return fail(field, value, 'expected an http(s) URL or a path');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(field, value, 'expected an http(s) URL or a path');
  return s;
}

/** @type {Record<string, (value: unknown, now: number) => void>} */
const FIELDS = {
  v: (value) => void (value === 1 || fail('v', value, 'expected 1')),
  id: (value) => void (ID.test(text('id', value, 64)) || fail('id', value, 'expected 8 to 64 letters, digits, _ or -')),
  decidedAt: (value, now) => void (instant('decidedAt', value) > now + CLOCK_SKEW_MS && fail('decidedAt', value, 'is in the future')),
  expiresAt: (value) => void instant('expiresAt', value),
  revision: (value) => void text('revision', value, 64),
  source: (value) => void (SOURCES.has(text('source', value, 16)) || fail('source', value, `expected one of ${[...SOURCES].join(', ')}`)),
  action: (value) => void (ACTIONS.has(text('action', value, 16)) || fail('action', value, 'expected accept, reject or set')),
  purposes: (value) => void choices('purposes', value, 64),
  vendors: (value) => void choices('vendors', value, 512),
  lang: (value) => void (LANG.test(text('lang', value, 35)) || fail('lang', value, 'expected a language tag such as fr or fr-BE')),
  configHash: (value) =>
    void (HEX64.test(text('configHash', value, 64)) || fail('configHash', value, 'expected 64 lowercase hex digits (SHA-256)')),
  gpc: (value) => void (typeof value === 'boolean' || fail('gpc', value, 'expected true or false')),
  page: (value) => void page('page', value),
  tcString: (value) => void (TC_STRING.test(text('tcString', value, 4096)) || fail('tcString', value, 'expected a TC string')),
};
const OPTIONAL = new Set(['tcString']);

/**
 * The receipt in `body`, or an InvalidReceipt with a one-line reason.
 * @param {string} body
 * @param {number} now
 * @returns {Receipt}
 */
export function parseReceipt(body, now = Date.now()) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(body);
  } catch {
    throw new InvalidReceipt('body: not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidReceipt('body: expected a JSON object');
  const record = /** @type {Record<string, unknown>} */ (value);
  for (const key of Object.keys(record)) if (!Object.hasOwn(FIELDS, key)) fail(key.slice(0, 40), key, 'unknown field');
  for (const [key, check] of Object.entries(FIELDS)) {
    if (!Object.hasOwn(record, key)) {
      if (!OPTIONAL.has(key)) fail(key, undefined, 'missing');
      continue;
    }
    check(record[key], now);
  }
  if (Date.parse(/** @type {string} */ (record.expiresAt)) < Date.parse(/** @type {string} */ (record.decidedAt)))
    fail('expiresAt', record.expiresAt, 'is before decidedAt');
  return /** @type {Receipt} */ (value);
}
