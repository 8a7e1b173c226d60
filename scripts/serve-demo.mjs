// Serves the demo for `npm start`: demo/ at /, the built dist/ at /dist/. No dependencies.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;
const host = 'localhost';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

// One site per host name: [URL prefix, folder] mounts, longest prefix first.
// Stand-ins for third parties (e.g. `analytics.localhost`) get their own entry here later.
const SITES = {
  default: [['/dist/', join(root, 'dist')], ['/', join(root, 'demo')]],
};
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
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
});

server.listen(port, host, () => console.log(`consent-panel demo: http://localhost:${port}/`));
