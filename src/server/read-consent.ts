/**
 * `readConsent`: the reader's decision, read by a server from the shared
 * cookie (`cookieDomain`, docs/shared-cookie.md). Standard JavaScript only:
 * no DOM, no Node module, no dependency; it runs in Node and in edge
 * runtimes. It never throws: whatever it cannot read is undecided, with
 * nothing granted.
 */
import { cookieName, cookieValue, decodeCookie } from '../core/cookie-codec.js';
import { stringify } from '../core/json.js';
import { readRecord } from '../core/record.js';
import type { ConsentConfig, ConsentRecord, PurposeConfig } from '../core/types.js';

/** What the page is configured with, as far as reading the cookie goes. Every key optional. */
export interface ServerConsentConfig {
  /** The page's `storageKey` (default `consent-panel`): the cookie's name. */
  storageKey?: string;
  /** The page's `revision` (default `""`): a cookie of another revision is undecided. */
  revision?: string | number;
  /** The page's `expiresDays` (default 182). */
  expiresDays?: number;
  /**
   * The page's purposes (ids, or `{ id, required?, vendors? }` as in its
   * configuration): a cookie silent about one of them is undecided, as on the
   * page, and `purposes` lists each. Without them, the cookie's own are used.
   */
  purposes?: (string | { id: string; required?: boolean; vendors?: (string | { id: string })[] })[];
  /** The current time in milliseconds (default `Date.now()`), for tests. */
  now?: number;
}

export interface ServerConsent {
  /** A valid decision was read. */
  decided: boolean;
  /** Every purpose (the configured ones, else the cookie's) and whether it is granted. */
  purposes: Record<string, boolean>;
  /** `'purpose/vendor'` gates and whether each is granted. */
  vendors: Record<string, boolean>;
  /** Whether every gate of a space-separated list (`'social/youtube ads'`) is granted; false for anything unknown. */
  granted(gates: unknown): boolean;
  /** The decision in the storage record's format, or null. */
  record: ConsentRecord | null;
  /** Why nothing is decided, when a cookie was there: for logs, not for readers. */
  problem?: string;
}

const ID = /^(?!__proto__$)[\w-]{1,64}$/;
const DEFAULT_EXPIRES_DAYS = 182;

/** A `Cookie` header (string, list of strings, or a `Headers` object), as servers get it. */
function headerText(header: unknown): string | undefined {
  if (typeof header === 'string') return header;
  if (Array.isArray(header)) return header.filter((part) => typeof part === 'string').join('; ');
  const get = (header as { get?: unknown } | null)?.get;
  if (typeof get === 'function') {
    const value: unknown = get.call(header, 'cookie');
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** The configured purposes, checked without a word (servers log what they choose to). */
function purposesOf(list: unknown): PurposeConfig[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const purposes: PurposeConfig[] = [];
  for (const entry of list as unknown[]) {
    const id = typeof entry === 'string' ? entry : (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !ID.test(id) || purposes.some((p) => p.id === id)) continue;
    const given = typeof entry === 'object' && entry ? (entry as { required?: unknown; vendors?: unknown }) : {};
    const vendors = Array.isArray(given.vendors)
      ? (given.vendors as unknown[])
          .map((v) => (typeof v === 'string' ? v : (v as { id?: unknown } | null)?.id))
          .filter((v): v is string => typeof v === 'string' && ID.test(v))
      : [];
    purposes.push({
      id,
      label: id,
      required: given.required === true,
      ...(vendors.length && { vendors: vendors.map((v) => ({ id: v, name: v })) }),
    });
  }
  return purposes;
}

/** The purposes a decoded record names, with their vendors, when the caller configured none. */
function purposesIn(record: ConsentRecord): PurposeConfig[] {
  return Object.keys(record.purposes).map((id) => {
    const vendors = Object.keys(record.vendors)
      .filter((gate) => gate.startsWith(`${id}/`))
      .map((gate) => ({ id: gate.slice(id.length + 1), name: gate }));
    return { id, label: id, ...(vendors.length && { vendors }) };
  });
}

function result(record: ConsentRecord | null, purposes: PurposeConfig[] | undefined, problem?: string): ServerConsent {
  const granted: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
  const values = { purposes: {} as Record<string, boolean>, vendors: {} as Record<string, boolean> };
  if (record) {
    values.purposes = { ...record.purposes };
    values.vendors = { ...record.vendors };
  } else {
    for (const purpose of purposes ?? []) {
      values.purposes[purpose.id] = !!purpose.required;
      for (const vendor of purpose.vendors ?? []) values.vendors[`${purpose.id}/${vendor.id}`] = false;
    }
  }
  Object.assign(granted, values.purposes, values.vendors);
  return {
    decided: !!record,
    ...values,
    granted: (gates) => {
      if (typeof gates !== 'string') return false;
      const list = gates.split(/\s+/).filter(Boolean);
      return list.length > 0 && list.every((gate) => granted[gate] === true);
    },
    record,
    ...(problem && { problem }),
  };
}

/**
 * The decision in a request's `Cookie` header.
 *
 * @example
 * const consent = readConsent(request.headers.cookie, { revision: '3' });
 * if (consent.granted('social/youtube')) html += youtubeEmbed;
 */
export function readConsent(cookieHeader: unknown, config: ServerConsentConfig = {}): ServerConsent {
  let purposes: PurposeConfig[] | undefined;
  try {
    const options = (typeof config === 'object' && config) || {};
    purposes = purposesOf(options.purposes);
    const storageKey = typeof options.storageKey === 'string' && options.storageKey.trim() ? options.storageKey.trim() : 'consent-panel';
    const revision =
      typeof options.revision === 'number' ? String(options.revision) : typeof options.revision === 'string' ? options.revision.trim() : '';
    const days = options.expiresDays;
    const expiresDays = typeof days === 'number' && days >= 1 && days <= 395 ? days : DEFAULT_EXPIRES_DAYS;
    const now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
    const value = cookieValue(headerText(cookieHeader), cookieName(storageKey));
    if (value === undefined) return result(null, purposes);
    const decoded = decodeCookie(value);
    if (decoded.kind === 'invalid') return result(null, purposes, `the cookie ${decoded.problem}`);
    if (decoded.kind === 'reset') return result(null, purposes, 'the decision was reset');
    if (decoded.record.revision !== revision)
      return result(null, purposes, `the cookie is for revision ${JSON.stringify(decoded.record.revision)}`);
    const page = { revision, expiresDays, storageKey, purposes: purposes ?? purposesIn(decoded.record) } as ConsentConfig;
    const record = readRecord(stringify(decoded.record), page, now);
    return record
      ? result(record, purposes)
      : result(null, purposes, 'the decision is expired, dated in the future, or silent about a configured purpose');
  } catch {
    // Nothing above should throw; a hostile argument (a getter, a Proxy) still gets an answer.
    try {
      return result(null, purposes, 'unreadable input');
    } catch {
      return result(null, undefined, 'unreadable input');
    }
  }
}
