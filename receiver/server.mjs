// @ts-check
// The receiver's HTTP API (node:http, no framework). See docs/receiver.md.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { DASHBOARD_ASSETS, DASHBOARD_CSP, renderDashboard } from './dashboard.mjs';
import { streamExport, shown } from './export.mjs';
import { GroupCommit } from './group-commit.mjs';
import { BASE_HEADERS, DAY_MS, HttpError, hasToken, parseRange, readBody, sendJson, sendText, startOfDay } from './http.mjs';
import { RateLimit } from './rate-limit.mjs';
import { InvalidReceipt, MAX_BODY_BYTES, parseReceipt } from './receipt.mjs';
import { shapeStats } from './stats.mjs';

const CONSENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** What `navigator.sendBeacon` sends for a string body, and what `fetch` sends for JSON. */
const MEDIA_TYPES = new Set(['application/json', 'text/plain']);

/**
 * @typedef {object} Receiver
 * @property {import('node:http').Server} server
 * @property {() => Promise<void>} close stops listening, writes what is waiting, closes the database
 */

/**
 * @param {import('./config.mjs').ReceiverConfig} config
 * @param {import('./store.mjs').Store} store
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Receiver}
 */
export function createReceiver(config, store, { log = () => {} } = {}) {
  const limiter = new RateLimit(config.rateLimit);
  /** @type {GroupCommit<import('./store.mjs').Row>} */
  const commits = new GroupCommit(
    (rows) => store.insert(rows),
    store.kind === 'postgres' ? { windowMs: 3, maxBatch: 500, parallel: 3 } : { windowMs: 2, maxBatch: 500 },
  );

  /** @param {import('node:http').IncomingMessage} req */
  const clientHash = (req) => {
    if (!config.clientHashKey) return null;
    const forwarded = config.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')
          .pop()
          ?.trim()
      : '';
    const ip = forwarded || req.socket.remoteAddress || '';
    return createHmac('sha256', config.clientHashKey)
      .update(ip + '\n' + (req.headers['user-agent'] ?? ''))
      .digest('hex');
  };

  /** @param {string | undefined} origin @returns {Record<string, string>} */
  const cors = (origin) =>
    origin && config.allowedOrigins.has(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' };

  /** @param {import('node:http').IncomingMessage} req */
  const allowedOrigin = (req) => {
    const origin = req.headers.origin;
    if (!origin) throw new HttpError(403, 'origin: missing (receipts are accepted from browsers on allowed sites)');
    if (!config.allowedOrigins.has(origin))
      throw new HttpError(403, `origin ${JSON.stringify(origin.slice(0, 100))}: not in ALLOWED_ORIGINS`);
    return origin;
  };

  /** @param {import('node:http').IncomingMessage} req @param {string} path */
  const requireToken = (req, path) => {
    if (hasToken(req, config.apiToken)) return;
    const challenge = path === '/dashboard' ? 'Basic realm="consent receipts", charset="UTF-8"' : 'Bearer realm="consent receipts"';
    throw new HttpError(401, 'authorization: missing or wrong API token', { 'WWW-Authenticate': challenge });
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function postReceipt(req, res) {
    const origin = allowedOrigin(req);
    const type = String(req.headers['content-type'] ?? '')
      .split(';')
      .map((s) => s.trim().toLowerCase());
    const charset = type.slice(1).find((p) => p.startsWith('charset='));
    if (!MEDIA_TYPES.has(type[0]) || (charset && charset !== 'charset=utf-8'))
      throw new HttpError(415, 'content-type: expected application/json or text/plain;charset=UTF-8');
    if (!limiter.take(origin))
      throw new HttpError(429, `rate: more than ${config.rateLimit} receipts per second from this origin`, { 'Retry-After': '1' });
    const body = await readBody(req, MAX_BODY_BYTES);
    const receivedAt = Date.now();
    let receipt;
    try {
      receipt = parseReceipt(body, receivedAt);
    } catch (error) {
      if (error instanceof InvalidReceipt) throw new HttpError(400, error.message);
      throw error;
    }
    await commits.add({
      consentId: receipt.id,
      receivedAt,
      decidedAt: Date.parse(receipt.decidedAt),
      action: receipt.action,
      purposes: JSON.stringify(receipt.purposes),
      body,
      clientHash: clientHash(req),
    });
    sendJson(res, 201, { id: receipt.id, receivedAt: new Date(receivedAt).toISOString() }, cors(origin));
  }

  /** @param {string} path */
  const consentIdOf = (path) => {
    const id = decodeURIComponent(path.slice('/receipts/'.length));
    if (!CONSENT_ID.test(id)) throw new HttpError(400, 'id: expected 8 to 64 letters, digits, _ or -');
    return id;
  };

  /** @param {URLSearchParams} query */
  const statsRange = (query) => {
    const today = startOfDay(Date.now());
    return parseRange(query, { from: today - 29 * DAY_MS, to: today + DAY_MS });
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function route(req, res) {
    const url = new URL(req.url ?? '/', 'http://receiver');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    /** @param {string[]} allowed */
    const only = (...allowed) => {
      if (!allowed.includes(method)) throw new HttpError(405, `method ${method}: not allowed here`, { Allow: allowed.join(', ') });
    };

    if (path === '/receipts') {
      if (method === 'OPTIONS') {
        const origin = allowedOrigin(req);
        res.writeHead(204, {
          ...BASE_HEADERS,
          ...cors(origin),
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '86400',
        });
        return res.end();
      }
      only('POST');
      return postReceipt(req, res);
    }
    if (path === '/healthz') {
      only('GET', 'HEAD');
      await store.ping();
      return sendJson(res, 200, { status: 'ok', database: store.kind });
    }
    const asset = DASHBOARD_ASSETS.get(path);
    if (asset) {
      only('GET', 'HEAD');
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': asset[0],
        'Content-Length': asset[1].length,
        'Cache-Control': 'private, max-age=300',
      });
      return res.end(method === 'HEAD' ? undefined : asset[1]);
    }
    if (path.startsWith('/receipts/')) {
      only('GET', 'DELETE');
      requireToken(req, path);
      const id = consentIdOf(path);
      if (method === 'DELETE') return sendJson(res, 200, { id, deleted: await store.erase(id) });
      const rows = await store.byId(id);
      return sendJson(res, 200, { id, receipts: rows.map(shown) });
    }
    if (path === '/export') {
      only('GET');
      requireToken(req, path);
      const format = url.searchParams.get('format') ?? 'ndjson';
      if (format !== 'ndjson' && format !== 'csv') throw new HttpError(400, 'format: expected ndjson or csv');
      const range = parseRange(url.searchParams, { from: 0, to: Date.now() + DAY_MS });
      return streamExport(res, store, range, format);
    }
    if (path === '/stats') {
      only('GET');
      requireToken(req, path);
      const range = statsRange(url.searchParams);
      return sendJson(res, 200, shapeStats(await store.stats(range.from, range.to), range));
    }
    if (path === '/dashboard') {
      only('GET');
      requireToken(req, path);
      const range = statsRange(url.searchParams);
      const stats = shapeStats(await store.stats(range.from, range.to), range);
      const day = (/** @type {number} */ ms) => new Date(ms).toISOString().slice(0, 10);
      const html = renderDashboard(stats, { from: day(range.from), to: day(range.to - 1) });
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': DASHBOARD_CSP,
        'X-Frame-Options': 'DENY',
      });
      return res.end(html);
    }
    throw new HttpError(404, `path ${JSON.stringify(path.slice(0, 100))}: not found`);
  }

  let closing = false;
  const server = createServer((req, res) => {
    // Once stopping, every answer closes its connection, so keep-alive clients let go.
    if (closing) res.setHeader('Connection', 'close');
    route(req, res).catch((error) => {
      if (res.headersSent) return void res.destroy();
      const origin = req.headers.origin;
      if (error instanceof HttpError) {
        sendText(res, error.status, error.message, {
          ...cors(origin),
          ...error.headers,
          ...(error.status === 413 ? { Connection: 'close' } : {}),
        });
        if (error.status === 413) res.on('finish', () => req.destroy());
        return;
      }
      if (error instanceof URIError) return sendText(res, 400, 'path: malformed percent-encoding');
      // Anything else is the database failing: nothing was stored, the sender retries.
      log(`database error: ${error instanceof Error ? error.message : String(error)}`);
      sendText(res, 503, 'database unavailable: nothing was stored, try again later', { ...cors(origin), 'Retry-After': '5' });
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;

  return {
    server,
    async close() {
      closing = true;
      await new Promise((resolve) => {
        // Connections whose request was under way when the stop began become
        // idle once answered: close them as they do; cut off what is left after 3 s.
        const idle = setInterval(() => server.closeIdleConnections(), 20);
        const cut = setTimeout(() => server.closeAllConnections(), 3000);
        server.close(() => {
          clearInterval(idle);
          clearTimeout(cut);
          resolve(undefined);
        });
        server.closeIdleConnections();
      });
      await commits.drain();
    },
  };
}
