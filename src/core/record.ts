import { atomsOf } from './atoms.js';
import { parse } from './json.js';
import type { ConsentConfig, ConsentRecord } from './types.js';
import { reportError } from './report.js';
import { table } from './table.js';
import { isObject } from './validate.js';

const DAY = 86_400_000;

// Taken when the script loads: page code that replaces it later cannot reach a decision (JSON.parse too: json.ts).
const { random } = Math;
let fillRandom: ((bytes: Uint8Array) => unknown) | undefined;
try {
  fillRandom = crypto.getRandomValues.bind(crypto);
} catch {
  /* no usable crypto: ids come from Math.random, and newId() says so */
}

/**
 * A random version 4 UUID, from getRandomValues (randomUUID would need a
 * secure context): each x a random hex digit, y the variant (8, 9, a or b).
 * Each digit is also mixed with Math.random, so that a crypto the page
 * replaced (throwing, or filling nothing) still gives ids apart.
 */
export function newId(): string {
  const bytes = new Uint8Array(31);
  try {
    fillRandom!(bytes);
  } catch (error) {
    reportError('crypto.getRandomValues', String(error), 'failed; ids use Math.random.');
  }
  let i = 0;
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const digit = (bytes[i++] ^ (random() * 16)) & 15;
    return (c === 'x' ? digit : (digit & 3) | 8).toString(16);
  });
}

/** Dates are ISO strings; anything else reads as an invalid date. */
const time = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : NaN);

/** The moment a record stops counting: the earlier of its own date and the current policy's. */
export function expiryOf(record: Pick<ConsentRecord, 'decidedAt' | 'expiresAt'>, config: ConsentConfig): number {
  return Math.min(time(record.expiresAt), time(record.decidedAt) + config.expiresDays * DAY);
}

export function createRecord(
  previous: ConsentRecord | null,
  values: { purposes: Record<string, boolean>; vendors: Record<string, boolean> },
  config: ConsentConfig,
  now: number,
): ConsentRecord {
  return {
    v: 1,
    id: previous?.id ?? newId(),
    revision: config.revision,
    decidedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + config.expiresDays * DAY).toISOString(),
    // purposes, then vendors
    ...values,
  };
}

/**
 * A stored record, or null when it does not hold a decision that still counts:
 * unreadable, of another version or revision, expired, or silent about a
 * purpose (or a granted purpose's vendor) that the site now configures.
 */
export function readRecord(raw: string | null, config: ConsentConfig, now: number): ConsentRecord | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = parse(raw);
  } catch {
    return null;
  }
  if (!isObject(data) || data.v !== 1 || data.revision !== config.revision) return null;
  if (typeof data.id !== 'string' || !isObject(data.purposes)) return null;
  // Own properties only: a purpose named `constructor` is not answered by Object.prototype.
  const stored = table(data.purposes);
  const storedVendors = table(isObject(data.vendors) ? data.vendors : {});
  const expiry = expiryOf(data as unknown as ConsentRecord, config);
  if (!(expiry > now) || !(time(data.decidedAt) <= now + DAY)) return null;
  const purposes: Record<string, boolean> = table();
  const vendors: Record<string, boolean> = table();
  for (const purpose of config.purposes) {
    const value = stored[purpose.id];
    if (purpose.required) {
      purposes[purpose.id] = true;
      continue;
    }
    if (typeof value !== 'boolean') return null;
    const gates = purpose.vendors ? atomsOf(purpose) : [];
    for (const gate of gates) {
      const given = storedVendors[gate];
      // A vendor added since the reader granted its purpose has not been agreed to.
      if (typeof given !== 'boolean' && value) return null;
      vendors[gate] = given === true;
    }
    purposes[purpose.id] = purpose.vendors ? gates.every((gate) => vendors[gate]) : value;
  }
  return {
    v: 1,
    id: data.id,
    revision: config.revision,
    decidedAt: new Date(time(data.decidedAt)).toISOString(),
    expiresAt: new Date(time(data.expiresAt)).toISOString(),
    purposes: { ...purposes },
    vendors: { ...vendors },
    // What the IAB TCF module keeps with the decision (TC string and TCF choices).
    ...(isObject(data.tcf) && { tcf: data.tcf }),
  };
}
