// @ts-check
// Small HTTP helpers: answers with the receiver's security headers, bounded
// body reading, the API token check, and date ranges from the query string.
import { createHash, timingSafeEqual } from 'node:crypto';

/** Headers on every answer. The dashboard replaces the CSP with its own. */
export const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/** An error answered as `status` with a one-line reason. */
export class HttpError extends Error {
  /** @param {number} status @param {string} reason @param {Record<string, string | string[]>} [headers] */
  constructor(status, reason, headers = {}) {
    super(reason);
    this.status = status;
    this.headers = headers;
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text one line
 * @param {Record<string, string | string[]>} [headers]
 */
export function sendText(res, status, text, headers = {}) {
  const body = text.replace(/[\r\n]+/g, ' ') + '\n';
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string | string[]>} [headers]
 */
export function sendJson(res, status, value, headers = {}) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The request body as text, at most `limit` bytes of UTF-8.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<string>}
 */
export function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new HttpError(413, `body: ${declared} bytes, at most ${limit} are accepted`));
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        reject(new HttpError(413, `body: more than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(decoder.decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, 'body: not valid UTF-8'));
      }
    });
    req.on('error', reject);
  });
}

/** @param {string} s */
const digest = (s) => createHash('sha256').update(s).digest();

/**
 * Whether the request carries the token: `Authorization: Bearer <token>`, or
 * HTTP Basic with the token as the password (any user name), which a browser
 * asks for by itself.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} token
 */
export function hasToken(req, token) {
  const header = req.headers.authorization ?? '';
  const m = /^(Bearer|Basic) +([\x21-\x7e]+) *$/i.exec(header);
  if (!m) return false;
  let given = m[2];
  if (m[1].toLowerCase() === 'basic') {
    const decoded = Buffer.from(given, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return false;
    given = decoded.slice(colon + 1);
  }
  return timingSafeEqual(digest(given), digest(token));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const DAY_MS = 86_400_000;

/**
 * `from` (inclusive) and `to` (exclusive) in milliseconds. Each is a UTC day
 * (`2026-11-29`; as `to`, the whole day is included) or a date and time with a
 * zone. Missing ones take the defaults.
 * @param {URLSearchParams} query
 * @param {{ from: number, to: number }} defaults
 */
export function parseRange(query, defaults) {
  /** @param {'from' | 'to'} name */
  const read = (name) => {
    const values = query.getAll(name);
    if (values.length > 1) throw new HttpError(400, `${name}: given more than once`);
    const raw = values[0];
    if (raw === undefined || raw === '') return defaults[name];
    const ms = DATE.test(raw) ? Date.parse(raw + 'T00:00:00Z') + (name === 'to' ? DAY_MS : 0) : DATE_TIME.test(raw) ? Date.parse(raw) : NaN;
    if (!Number.isFinite(ms))
      throw new HttpError(400, `${name} ${JSON.stringify(raw.slice(0, 40))}: expected YYYY-MM-DD or an ISO 8601 date and time with a zone`);
    return ms;
  };
  const from = read('from');
  const to = read('to');
  if (to <= from) throw new HttpError(400, 'to: must be after from');
  return { from, to };
}

/** Midnight UTC of the day `ms` falls in. @param {number} ms */
export const startOfDay = (ms) => Math.floor(ms / DAY_MS) * DAY_MS;
