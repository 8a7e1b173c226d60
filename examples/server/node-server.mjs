// A plain Node server (node:http) that renders the article for the reader's
// decision, read from the shared cookie: `node examples/server/node-server.mjs`
// after `npm run build`, then http://www.journal.test:8080/ (map the name to
// 127.0.0.1 in /etc/hosts). It serves dist/ as /assets/.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readConsent } from 'consent-panel/server';
import { renderArticle } from './article.mjs';
import { consentConfig } from './consent-config.mjs';

const FILES = {
  '/public/embed-upgrade.js': new URL('./public/embed-upgrade.js', import.meta.url),
};
const dist = new URL('../../dist/', import.meta.url);

export function articleServer() {
  return createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const asset =
      pathname.startsWith('/assets/') && /^[\w.-]+\.js$/.test(pathname.slice(8)) ? new URL(pathname.slice(8), dist) : FILES[pathname];
    if (asset) {
      if (!existsSync(fileURLToPath(asset))) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      return createReadStream(asset).pipe(res);
    }
    if (pathname !== '/') return res.writeHead(404).end();
    // Fail closed: no cookie, or one that cannot be read, is a reader who has not agreed.
    const consent = readConsent(req.headers.cookie, consentConfig);
    // The page differs with the cookie: shared caches must keep them apart.
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-cache', Vary: 'Cookie' });
    res.end(renderArticle(consent));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  articleServer().listen(port, '127.0.0.1', () => console.log(`http://www.journal.test:${port}/`));
}
