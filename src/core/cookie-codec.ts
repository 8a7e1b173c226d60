/**
 * The shared cookie's encoding (docs/shared-cookie.md), used by the page
 * (consent-panel-cookie-domain.js) and by servers (consent-panel/server).
 * Plain JavaScript: no DOM, no Node, nothing that throws on bad input.
 *
 * A decision:  `1.<decidedAt>.<expiresAt>.<revision>.<id>.<choices>.<check>`
 * A reset:     `1.<resetAt>.-.<check>`
 *
 * Dates are milliseconds in base 36; the revision is percent-encoded (with
 * `.` as `%2E`); choices are `~`-separated entries, a purpose id, then its
 * vendors as `/vendor`, each prefixed by `!` when refused; the check is a
 * 32-bit FNV-1a of everything before it, in base 36. The check catches a
 * truncated or garbled cookie; it is not a signature: anyone who can write
 * the cookie can write a valid one.
 */
import type { ConsentRecord } from './types.js';

/** The largest value read or written: a cookie's name and value must fit 4096 bytes. */
export const MAX_COOKIE_LENGTH = 3800;

export type DecodedCookie =
  { kind: 'decision'; record: ConsentRecord } | { kind: 'reset'; at: number } | { kind: 'invalid'; problem: string };

const ID = /^[\w-]{1,64}$/;
const DATE = /^[0-9a-z]{1,12}$/;

/** 32-bit FNV-1a of a string's UTF-16 units, in base 36. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

const seal = (body: string): string => `${body}.${checksum(body)}`;

/** `decidedAt` in base 36: what the page compares with its own record before loading anything. */
export const stampOf = (iso: string): string => Date.parse(iso).toString(36);

/** The cookie value for a record; `undefined` when it would not fit (see MAX_COOKIE_LENGTH). */
export function encodeDecision(record: ConsentRecord): string | undefined {
  const entries: string[] = [];
  const vendorsOf = (purpose: string) =>
    Object.keys(record.vendors).filter((gate) => gate.startsWith(`${purpose}/`) && ID.test(gate.slice(purpose.length + 1)));
  for (const [purpose, value] of Object.entries(record.purposes)) {
    if (!ID.test(purpose)) continue;
    entries.push((value ? '' : '!') + purpose);
    for (const gate of vendorsOf(purpose)) entries.push(`${record.vendors[gate] ? '' : '!'}/${gate.slice(purpose.length + 1)}`);
  }
  const revision = encodeURIComponent(record.revision).replace(/\./g, '%2E');
  const value = seal(
    ['1', stampOf(record.decidedAt), stampOf(record.expiresAt), revision, ID.test(record.id) ? record.id : '-', entries.join('~')].join(
      '.',
    ),
  );
  return value.length > MAX_COOKIE_LENGTH ? undefined : value;
}

/** The cookie value that says the decision was forgotten (`reset()`) at `at`. */
export const encodeReset = (at: number): string => seal(`1.${at.toString(36)}.-`);

/**
 * What a cookie value holds. A decision comes back as a record in the
 * storage format (not yet checked against a configuration: see readRecord).
 */
export function decodeCookie(value: unknown): DecodedCookie {
  const invalid = (problem: string): DecodedCookie => ({ kind: 'invalid', problem });
  if (typeof value !== 'string' || !value) return invalid('is empty');
  if (value.length > MAX_COOKIE_LENGTH) return invalid(`is larger than ${MAX_COOKIE_LENGTH} characters`);
  const cut = value.lastIndexOf('.');
  const body = value.slice(0, cut);
  if (cut < 0 || checksum(body) !== value.slice(cut + 1)) return invalid('fails its check (truncated or altered)');
  const fields = body.split('.');
  if (fields[0] !== '1') return invalid(`is of another version (${fields[0]})`);
  if (!fields.slice(1, fields[2] === '-' ? 2 : 3).every((field) => DATE.test(field))) return invalid('has a bad date');
  const at = parseInt(fields[1], 36);
  if (fields[2] === '-') return fields.length === 3 ? { kind: 'reset', at } : invalid('is not a reset marker');
  if (fields.length !== 6) return invalid('does not have six fields');
  const [, , expires, rawRevision, id, choices] = fields;
  let revision: string;
  try {
    revision = decodeURIComponent(rawRevision);
  } catch {
    return invalid('has a bad revision');
  }
  if (!ID.test(id)) return invalid('has a bad id');
  const purposes: Record<string, boolean> = {};
  const vendors: Record<string, boolean> = {};
  let purpose = '';
  for (const entry of choices ? choices.split('~') : []) {
    const refused = entry.startsWith('!');
    const name = refused ? entry.slice(1) : entry;
    const vendor = name.startsWith('/');
    const key = vendor ? name.slice(1) : name;
    if (!ID.test(key) || (vendor && !purpose)) return invalid(`has a bad choice (${entry.slice(0, 70)})`);
    if (vendor) Object.defineProperty(vendors, `${purpose}/${key}`, { value: !refused, enumerable: true, writable: true });
    else Object.defineProperty(purposes, (purpose = key), { value: !refused, enumerable: true, writable: true });
  }
  const iso = (ms: number) => new Date(ms).toISOString();
  const expiresAt = parseInt(expires, 36);
  if (!(at <= 8.64e15 && expiresAt <= 8.64e15)) return invalid('has a bad date');
  return { kind: 'decision', record: { v: 1, id, revision, decidedAt: iso(at), expiresAt: iso(expiresAt), purposes, vendors } };
}

/** One cookie's value from a `Cookie` header (or the browser's cookie string, which has the same form: `a=1; b=2`), by name; the first one wins. */
export function cookieValue(header: unknown, name: string | undefined): string | undefined {
  if (typeof header !== 'string' || !name) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/** The cookie's name: the storage key itself, when a cookie name can hold it (no spaces, `;`, `=`, quotes…). */
export const cookieName = (storageKey: string): string | undefined => (/^[\w!#$%&'*+.^`|~-]+$/.test(storageKey) ? storageKey : undefined);
