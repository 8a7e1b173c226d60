// Proves the e2e harness itself: registered pages with headers, CSP enforced
// by the real browser, console errors collected, delay, second port and host
// names work.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { test } from './helpers.mjs';

let h;
before(async () => {
  h = await setup({ hosts: true });
});
after(() => h?.teardown());

const CSP = "script-src 'self' 'nonce-abc'; style-src 'self'";

test('a strict CSP runs the nonce script and blocks the other inline script', async () => {
  h.server.page(
    '/csp.html',
    `<!doctype html><title>csp</title>
    <script nonce="abc">window.nonced = true;</script>
    <script>window.inlined = true;</script>`,
    { headers: { 'Content-Security-Policy': CSP } },
  );
  const p = await h.newPage();
  await p.page.goto(h.server.url('/csp.html'));
  const ran = await p.page.evaluate(() => ({ nonced: window.nonced === true, inlined: window.inlined === true }));
  assert.deepEqual(ran, { nonced: true, inlined: false });
  assert.equal(p.consoleErrors.filter((e) => /Content Security Policy/.test(e)).length, 1, p.consoleErrors.join('\n'));
  assert.deepEqual(p.pageErrors, []);
});

test('each page gets fresh storage', async () => {
  h.server.page('/storage.html', '<!doctype html><title>storage</title>');
  const first = await h.newPage();
  await first.page.goto(h.server.url('/storage.html'));
  await first.page.evaluate(() => localStorage.setItem('k', 'v'));
  const second = await h.newPage();
  await second.page.goto(h.server.url('/storage.html'));
  assert.equal(await second.page.evaluate(() => localStorage.getItem('k')), null);
});

test('serves project files, delays on request and answers on a second port', async () => {
  const second = await h.server.listen();
  assert.notEqual(second, h.server.origin);
  const res = await fetch(h.server.url('/package.json', { index: 1 }));
  assert.equal((await res.json()).name, 'consent-panel');
  const t0 = Date.now();
  await fetch(h.server.url('/package.json?delay=300'));
  assert.ok(Date.now() - t0 >= 290, 'delay honoured');
  assert.ok(h.server.requests.some((r) => r.path === '/package.json' && r.search === '?delay=300'));
});

/**
 * GET `path` exactly as written: fetch() and new URL() would resolve `../`
 * (and `%2e%2e`) before sending, so the server would never see a traversal.
 */
function rawGet(path) {
  const { hostname, port } = new URL(h.server.origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('never serves a file outside the project root, however the path climbs', async () => {
  const ok = await rawGet('/package.json');
  assert.equal(ok.status, 200, 'a raw request reaches project files');
  const climbs = [
    '/../../../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd',
    '/test/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
  ];
  for (const path of climbs) {
    const res = await rawGet(path);
    assert.equal(res.status, 404, `${path}: ${res.status}`);
    assert.doesNotMatch(res.body, /root:/, path);
  }
});

test('maps *.test host names to the local server', async () => {
  h.server.page('/host.html', '<!doctype html><title>host</title>');
  const p = await h.newPage();
  await p.page.goto(h.server.url('/host.html', { host: 'www.journal.test' }));
  assert.equal(await p.page.evaluate(() => location.hostname), 'www.journal.test');
  assert.equal(await p.page.title(), 'host');
});
