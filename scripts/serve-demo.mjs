// Serves the demo for `npm start`: demo/ at /, the built dist/ at /dist/, and the
// third parties' stand-ins (demo/third-party/) on host names of their own, and
// the receipts receiver on port 8787.
import { createServer } from 'node:http';
import { createReadStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReceiver } from '../receiver/main.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;
const host = 'localhost';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// One site per host name: [URL prefix, folder] mounts, longest prefix first.
// The third parties' stand-ins each get a host name of their own under
// `.localhost`, which browsers resolve to this machine by themselves: to the
// browser they are other sites than the news page, as the real vendors are.
const standIn = (name) => [
  ['/assets/', join(root, 'demo/third-party/assets')],
  ['/', join(root, 'demo/third-party', name)],
];
const SITES = {
  default: [
    ['/dist/', join(root, 'dist')],
    // The framework examples, once built (node scripts/build-examples.mjs).
    ['/examples/', join(root, 'examples')],
    ['/', join(root, 'demo')],
  ],
  'analytics.localhost': standIn('analytics'),
  'ads.localhost': standIn('ads'),
  'x.localhost': standIn('x'),
  'instagram.localhost': standIn('instagram'),
  'youtube.localhost': standIn('youtube'),
};
// The pages name the stand-ins at port 8000; on another port, text files say so.
const DEFAULT_PORT = 8000;
const TEXT = new Set(['.html', '.js', '.css']);
const siteFor = (hostHeader = '') => SITES[hostHeader.split(':')[0].toLowerCase()] ?? SITES.default;

/** The file a request path maps to, or null when it is outside every mount. */
function fileFor(mounts, pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = resolve(dir, '.' + sep + pathname.slice(prefix.length));
    if (file !== dir && !file.startsWith(dir + sep)) return null; // path traversal
    return file;
  }
  return null;
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'Bad request\n');
  }
  let file = pathname.includes('\0') ? null : fileFor(siteFor(req.headers.host), pathname);
  let stat = file && statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) stat = statSync((file = join(file, 'index.html')), { throwIfNoEntry: false });
  if (!stat?.isFile()) return send(res, 404, 'Not found\n');
  const ext = extname(file).toLowerCase();
  const rewrite = port !== DEFAULT_PORT && TEXT.has(ext);
  const body = rewrite ? Buffer.from(readFileSync(file, 'utf8').replaceAll(`.localhost:${DEFAULT_PORT}`, `.localhost:${port}`)) : null;
  res.writeHead(200, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Content-Length': body ? body.length : stat.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  if (body) return res.end(body);
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
});

// The receipts receiver (SQLite), where the demo page sends its receipts:
// ${location.protocol}//${location.hostname}:8787/receipts. See docs/receiver.md.
const RECEIVER_PORT = Number(process.env.RECEIVER_PORT ?? 8787);
mkdirSync(join(root, '.cache'), { recursive: true });
startReceiver({
  PORT: String(RECEIVER_PORT),
  HOST: host,
  DATABASE_URL: `sqlite:${join(root, '.cache/demo-receipts.db')}`,
  ALLOWED_ORIGINS: `http://localhost:${port},http://127.0.0.1:${port}`,
  API_TOKEN: process.env.API_TOKEN,
})
  .then(({ config }) => {
    console.log(`receipts receiver: http://localhost:${RECEIVER_PORT}/receipts (SQLite: .cache/demo-receipts.db)`);
    console.log(`receipts dashboard: http://localhost:${RECEIVER_PORT}/dashboard (any user name; password: ${config.apiToken})`);
  })
  .catch((error) => console.error(`receipts receiver not started: ${error.message}`));

server.listen(port, host, () => {
  console.log(`consent-panel demo: http://localhost:${port}/`);
  console.log(
    `third-party stand-ins: ${Object.keys(SITES)
      .filter((name) => name !== 'default')
      .map((name) => `http://${name}:${port}/`)
      .join(' ')}`,
  );
});
