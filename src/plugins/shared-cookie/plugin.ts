import { decodeCookie, encodeDecision, encodeReset, stampOf, MAX_COOKIE_LENGTH } from '../../core/cookie-codec.js';
import { stringify } from '../../core/json.js';
import { expiryOf, readRecord } from '../../core/record.js';
import { reportError } from '../../core/report.js';
import type { ConsentStore } from '../../core/store.js';
import type { ConsentRecord } from '../../core/types.js';
import type { ConsentPlugin } from '../../runtime/plugin.js';
import { CookieJar } from './cookie-jar.js';

/** The longest a cookie is kept when nothing says otherwise: the 13 months the TCF allows. */
const MAX_AGE = 395 * 86_400;
/** How far in the future a reset may be dated: another clock (a server's) may run a little ahead. */
const SKEW = 5 * 60_000;

const jarOf = (store: ConsentStore) => CookieJar.for(store.config.storageKey, store.config.cookieDomain);

/**
 * Before the state is announced: when the shared cookie holds a decision (or
 * a reset) newer than the page's own record, or the page has none, the page
 * takes it: it is written to localStorage and the store reads it again. A
 * cookie that is unreadable, of another version or revision, expired or
 * silent about a purpose this page configures is reported and not used.
 */
export function adoptSharedCookie(store: ConsentStore, now = Date.now()): void {
  const jar = jarOf(store);
  const raw = jar?.read();
  if (!jar || raw === undefined) return;
  const decoded = decodeCookie(raw);
  const local = store.record;
  const localAt = local ? Date.parse(local.decidedAt) : -Infinity;
  const complain = (problem: string) =>
    reportError(`cookie ${jar.name}`, raw.length > 80 ? `${raw.slice(0, 80)}…` : raw, `${problem}; it is not used.`);
  const key = store.config.storageKey;
  if (decoded.kind === 'invalid') return complain(decoded.problem);
  if (decoded.kind === 'reset') {
    if (decoded.at > now + SKEW) return complain('is a reset dated in the future');
    if (decoded.at > localAt && local) write(() => localStorage.removeItem(key), store);
    return;
  }
  const record = readRecord(stringify(decoded.record), store.config, now);
  if (!record) {
    const { revision } = decoded.record;
    return complain(
      revision !== store.config.revision
        ? `is for revision ${JSON.stringify(revision)}, this page's is ${JSON.stringify(store.config.revision)}`
        : 'is expired, dated in the future, or silent about a purpose this page asks for',
    );
  }
  if (Date.parse(record.decidedAt) > localAt) write(() => localStorage.setItem(key, stringify(record)), store);
}

/** Changes localStorage, then has the store read it again (before anyone listens: no event). */
function write(change: () => void, store: ConsentStore): void {
  try {
    change();
  } catch (error) {
    reportError('localStorage', String(error), 'failed; the shared decision is not adopted.');
  }
  store.reload('init');
}

/**
 * Keeps the shared cookie in step with the store: a decision made here is
 * written to it, a `reset()` leaves a reset marker (so that other subdomains
 * forget their copy too), and an expired decision's cookie goes with it.
 * `adopted`: whether adoptSharedCookie ran for this page before the start.
 */
export function sharedCookiePlugin(adopted: boolean): ConsentPlugin {
  let store: ConsentStore;
  let jar: CookieJar | undefined;
  let last: ConsentRecord | null = null;

  const stampOfCookie = () => jar!.read()?.split('.')[1];
  const save = (record: ConsentRecord) => {
    const value = encodeDecision(record);
    if (!value) {
      reportError('cookieDomain', jar!.domain, `cannot share this decision: it does not fit in ${MAX_COOKIE_LENGTH} characters.`);
    } else if (jar!.read() !== value) {
      jar!.write(value, (expiryOf(record, store.config) - Date.now()) / 1000);
    }
  };
  const forget = (record: ConsentRecord | null) => {
    const maxAge = record ? (expiryOf(record, store.config) - Date.now()) / 1000 : MAX_AGE;
    jar!.write(encodeReset(Date.now()), maxAge);
  };

  return {
    name: 'sharedCookie',
    start(context) {
      store = context.store;
      jar = jarOf(store);
      if (!jar) return;
      last = store.record;
      if (last) return save(last);
      // Loaded after a reset here (not to adopt): the cookie still holds the decision this page had.
      const cookie = decodeCookie(jar.read());
      if (!adopted && cookie.kind === 'decision') forget(cookie.record);
    },
    change(detail) {
      if (!jar) return;
      const record = store.record;
      if (record) save(record);
      else if (detail.source === 'expiry') {
        if (last && stampOfCookie() === stampOf(last.decidedAt)) jar.write('', 0);
      } else if (detail.source !== 'storage' && last) forget(last);
      last = record;
    },
  };
}
