// End-to-end helpers for node:test files (test/e2e/**/*.test.mjs): one Chromium
// per file, driven by playwright-core, against a static server on 127.0.0.1
// that serves the project root (so /dist/consent-panel.js and
// /test/e2e/fixtures/* are reachable) plus pages a test registers itself.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium.mjs';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Static server. Every port it listens on serves the same routes: ports are
 * different origins, though the same site; for separate sites use host names
 * (see launchBrowser's `hosts`). Any URL takes `?delay=ms` to hold the
 * response back, to test slow scripts and pages.
 */
export async function startServer({ root = projectRoot } = {}) {
  const pages = new Map();
  const servers = [];
  const requests = [];

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    requests.push({ method: req.method, path: url.pathname, search: url.search, host: req.headers.host, headers: req.headers });
    const delay = Number(url.searchParams.get('delay'));
    if (delay > 0) await sleep(Math.min(delay, 30_000));

    // no-store: a test that edits dist/ or a registered page must see the change.
    const base = { 'Cache-Control': 'no-store' };
    const registered = pages.get(url.pathname);
    if (registered) {
      const { body, status = 200, headers = {} } = registered;
      res.writeHead(status, { ...base, 'Content-Type': TYPES[extname(url.pathname)] ?? TYPES['.html'], ...headers });
      res.end(body);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const info = file.startsWith(normalize(root + sep)) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      res.writeHead(404, { ...base, 'Content-Type': TYPES['.txt'] });
      res.end(`not found: ${url.pathname}`);
      return;
    }
    res.writeHead(200, { ...base, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': info.size });
    createReadStream(file).pipe(res);
  }

  const server = {
    /** Every request seen, in order: to assert that a gated script was never fetched. */
    requests,
    /** Origins, one per port: http://127.0.0.1:PORT. */
    origins: [],
    get origin() {
      return this.origins[0];
    },
    get port() {
      return Number(new URL(this.origins[0]).port);
    },
    /** Listens on one more random port; returns its origin. */
    async listen() {
      const s = createServer((req, res) => {
        handle(req, res).catch((err) => {
          if (!res.headersSent) res.writeHead(500);
          res.end(String(err));
        });
      });
      await new Promise((resolve, reject) => s.once('error', reject).listen(0, '127.0.0.1', resolve));
      servers.push(s);
      const origin = `http://127.0.0.1:${s.address().port}`;
      this.origins.push(origin);
      return origin;
    },
    /**
     * Serves `body` at `path` on every port, before static files. Options:
     * `headers` (e.g. Content-Security-Policy), `status`. Content-Type comes from
     * the extension (HTML by default) unless given in headers.
     */
    page(path, body, { headers = {}, status = 200 } = {}) {
      pages.set(path, { body, headers, status });
      return this;
    },
    /** Absolute URL on port number `index` (0 = first), or on `host` (a name mapped by `hosts`) at that port. */
    url(path, { index = 0, host } = {}) {
      const origin = this.origins[index];
      if (!origin) throw new Error(`no port #${index}; call server.listen() first`);
      const u = new URL(path, origin);
      if (host) u.hostname = host;
      return u.href;
    },
    async close() {
      await Promise.all(
        servers.map((s) => {
          s.closeAllConnections();
          return new Promise((resolve) => s.close(resolve));
        }),
      );
    },
  };
  await server.listen();
  return server;
}

/**
 * A page sent in two pieces with a pause, as a long article arrives over a slow
 * network: `/article.html` sends `first`, waits `pauseMs`, then sends `rest`.
 */
export async function streamingServer(first, rest, pauseMs = 300) {
  const server = createServer(async (req, res) => {
    if (req.url !== '/article.html') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(first);
    await sleep(pauseMs);
    res.end(rest);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/article.html`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Launches Chromium with the project's flags.
 * `hosts`: map host names to 127.0.0.1 so pages can load from
 * http://www.journal.test:PORT and http://ads.example.test:PORT, which are
 * different sites (real third-party iframes, cookies, storage partitioning).
 * `true` maps `*.test`; a string is passed as Chromium's --host-resolver-rules,
 * e.g. 'MAP *.test 127.0.0.1, MAP cdn.local 127.0.0.1'. Such http origins are
 * not secure contexts (no crypto.randomUUID, no secure cookies), unlike 127.0.0.1.
 */
export async function launchBrowser({ hosts = false, args = [], ...options } = {}) {
  const { executablePath, headless } = await resolveChromium();
  const rules = hosts === true ? 'MAP *.test 127.0.0.1' : hosts || '';
  return chromium.launch({
    executablePath,
    headless,
    args: [...CHROMIUM_ARGS, ...(rules ? [`--host-resolver-rules=${rules}`] : []), ...args],
    ...options,
  });
}

/**
 * A page in a fresh context (own localStorage and cookies), recording what the
 * page complains about. `contextOptions` go to browser.newContext (viewport,
 * locale, javaScriptEnabled, extraHTTPHeaders such as Sec-GPC, ...).
 */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const result = {
    page,
    context,
    /** Every console message as { type, text }. */
    messages: [],
    /** Texts of console errors, including CSP violations and failed loads. */
    consoleErrors: [],
    consoleWarnings: [],
    /** Uncaught exceptions and unhandled rejections, as Error objects. */
    pageErrors: [],
    close: () => context.close(),
  };
  page.on('console', (msg) => {
    const entry = { type: msg.type(), text: msg.text() };
    result.messages.push(entry);
    if (entry.type === 'error') result.consoleErrors.push(entry.text);
    if (entry.type === 'warning') result.consoleWarnings.push(entry.text);
  });
  page.on('pageerror', (err) => result.pageErrors.push(err));
  return result;
}

/**
 * The usual per-file setup: a server and a browser, a `newPage` bound to that
 * browser, and `teardown` that closes pages, browser and server.
 * Options go to launchBrowser (e.g. `{ hosts: true }`).
 */
export async function setup(options = {}) {
  const [s, b] = await Promise.allSettled([startServer(), launchBrowser(options)]);
  if (s.status === 'rejected' || b.status === 'rejected') {
    // A listening server would keep the test process alive after the failure.
    await s.value?.close();
    await b.value?.close();
    throw s.reason ?? b.reason;
  }
  const server = s.value;
  const browser = b.value;
  const opened = new Set();
  return {
    server,
    browser,
    async newPage(contextOptions) {
      const p = await newPage(browser, contextOptions);
      opened.add(p);
      return p;
    },
    async teardown() {
      await Promise.allSettled([...opened].map((p) => p.close()));
      await browser.close();
      await server.close();
    },
  };
}
