// The demo as `npm start` serves it (scripts/serve-demo.mjs on a free port):
// the news page and its third parties' stand-ins on their own *.localhost host
// names, which Chromium resolves to this machine by itself. Nothing goes out
// or is stored before the reader agrees; then every stand-in is reached, the
// analytics stand-in's cookies appear, and they go when consent is withdrawn.
/* global consentPanel */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { launchBrowser, newPage, projectRoot } from './harness.mjs';
import { DEFAULT_PANEL_SRC, PANEL_SRC, suite, test } from './helpers.mjs';
import { cookieList, loadedEmbeds, pageStorage, placeholder, settle } from './third-party-helpers.mjs';

const STAND_INS = ['ads.localhost', 'analytics.localhost', 'instagram.localhost', 'x.localhost', 'youtube.localhost'];

let server;
let browser;
let base;

async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

before(async () => {
  const port = await freePort();
  server = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  server.stdout.setEncoding('utf8');
  await new Promise((resolve, reject) => {
    server.on('exit', (code) => reject(new Error(`serve-demo exited with ${code}: ${out}`)));
    server.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('third-party stand-ins:')) resolve();
    });
  });
  base = `http://localhost:${port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.kill();
});

/**
 * A fresh reader on `path`, with every request host of the context recorded.
 * The demo sends its receipts to the receiver `npm start` runs on port 8787:
 * here a stand-in answers them (201, and CORS for the demo's origin) and keeps
 * their bodies in `p.receipts`, or, with `receiver: 'down'`, none answers.
 */
async function open(t, path, { receiver = 'up' } = {}) {
  const p = await newPage(browser);
  t.after(() => p.close());
  p.receipts = [];
  await p.context.route(/^http:\/\/localhost:8787\//, (route) => {
    if (receiver === 'down') return route.abort('connectionrefused');
    p.receipts.push(JSON.parse(route.request().postData()));
    return route.fulfill({ status: 201, headers: { 'Access-Control-Allow-Origin': base }, body: '' });
  });
  // The demo's pages name /dist/consent-panel.js; CONSENT_PANEL_SRC swaps in another build here too.
  if (PANEL_SRC !== DEFAULT_PANEL_SRC)
    await p.context.route('**/dist/consent-panel.js', (route) => route.fulfill({ path: join(projectRoot, PANEL_SRC) }));
  p.page.setDefaultTimeout(20_000);
  p.hosts = new Set();
  p.context.on('request', (request) => p.hosts.add(new URL(request.url()).hostname));
  await p.page.goto(base + path);
  return p;
}

const panelButton = (page, name) => page.locator('consent-panel').getByRole('button', { name, exact: true });

suite('the demo', { concurrency: 2 }, () => {
  test('French page: nothing before a click; every stand-in and its cookies after "Tout accepter"; cookies gone on withdrawal', async (t) => {
    const p = await open(t, '/');
    const { page, context } = p;
    await panelButton(page, 'Tout accepter').waitFor();
    await page.waitForLoadState('load');
    await settle(page, 500);
    assert.deepEqual([...p.hosts], ['localhost'], 'no request to another host before a click');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await pageStorage(page), { cookie: '', localStorage: [], sessionStorage: [], indexedDB: [] });
    assert.deepEqual(await loadedEmbeds(page), []);
    for (const vendor of ['X', 'Instagram', 'YouTube', 'Exemple Ads'])
      assert.equal(await placeholder(page, vendor).count(), 1, `${vendor} waits behind a placeholder`);
    assert.match(await page.locator('#demo-datalayer').textContent(), /^gtag\("consent", "default", \{ ad_storage: "denied"/);

    await panelButton(page, 'Tout accepter').click();
    await page.waitForFunction(() => document.querySelectorAll('iframe[src]').length === 4);
    await page.waitForFunction(() => /_ga=/.test(document.cookie) && /_adnet_uid=/.test(document.cookie));
    await settle(page, 300);
    assert.deepEqual([...p.hosts].filter((host) => host !== 'localhost').sort(), STAND_INS);
    assert.deepEqual(await cookieList(context), ['_adnet_uid@localhost/', '_ga@localhost/', '_ga_DEMO@localhost/']);
    assert.match(await page.locator('#demo-cookies').textContent(), /_ga_DEMO=/);
    assert.match(await page.locator('#demo-log').textContent(), /cookies déposés : _ga, _ga_DEMO/);
    assert.match(await page.locator('#demo-datalayer').textContent(), /gtag\("consent", "update", \{ ad_storage: "granted"/);
    // The receipt of that decision, stored by the receiver: the status box says so, with the id and the dashboard.
    const receipt = page.locator('#demo-receipt');
    await receipt.getByText('reçu enregistré').waitFor();
    const { id } = await page.evaluate(() => JSON.parse(localStorage.getItem('consent-panel')));
    assert.match(await receipt.textContent(), new RegExp(`reçu enregistré : identifiant du consentement ${id}`));
    assert.equal(
      await receipt.getByRole('link', { name: 'Ouvrir le tableau de bord' }).getAttribute('href'),
      'http://localhost:8787/dashboard',
    );
    assert.deepEqual(
      p.receipts.map((r) => [r.id, r.action, r.source, r.page]),
      [[id, 'accept-all', 'banner', `${base}/`]],
    );

    await panelButton(page, 'Gérer mes cookies').click();
    await page.locator('consent-panel').getByRole('switch', { name: 'Mesure d’audience', exact: true }).click();
    await panelButton(page, 'Enregistrer mes choix').click();
    await page.waitForFunction(() => !/_ga=/.test(document.cookie));
    assert.deepEqual(await cookieList(context), ['_adnet_uid@localhost/']);
    assert.match(await page.locator('#demo-log').textContent(), /cookies supprimés : _ga, _ga_DEMO/);
    assert.match(await page.locator('#demo-datalayer').textContent(), /analytics_storage: "denied", personalization_storage: "granted"/);
    assert.deepEqual(p.pageErrors.map(String), []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('English page: placeholders in English, the stand-ins asked for English', async (t) => {
    const p = await open(t, '/en.html');
    const { page } = p;
    const region = placeholder(page, 'YouTube', 'en');
    await region.waitFor();
    await region.getByRole('button', { name: 'Allow and show', exact: true }).click();
    await page.locator('iframe.embed-video[src]').waitFor({ state: 'attached' });
    assert.match(
      await page.locator('iframe.embed-video').getAttribute('src'),
      /^http:\/\/youtube\.localhost:\d+\/embed\/halle-saint-martin\?hl=en$/,
    );
    assert.equal(
      await page.frameLocator('iframe.embed-video').locator('.title').textContent(),
      'A tour of the renovated Saint-Martin hall · Le Quotidien de l’Exemple',
    );
    assert.equal(await page.evaluate(() => consentPanel.granted('social/x')), false);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('no receiver running: the status box says the receipt waits, and where the receiver is expected', async (t) => {
    const p = await open(t, '/', { receiver: 'down' });
    await panelButton(p.page, 'Tout refuser').click();
    const receipt = p.page.locator('#demo-receipt');
    await receipt.getByText('reçu en attente').waitFor();
    assert.match(
      await receipt.textContent(),
      /Aucun récepteur n’a répondu à http:\/\/localhost:8787\/receipts .*npm start en lance un sur le port 8787/,
    );
    assert.equal(await receipt.getByRole('link').count(), 0);
    assert.deepEqual(p.pageErrors.map(String), []);
  });

  test('the privacy page shares the configuration: a decision made on the article holds there', async (t) => {
    const p = await open(t, '/');
    await panelButton(p.page, 'Tout refuser').click();
    await p.page.goto(`${base}/confidentialite.html`);
    await panelButton(p.page, 'Gérer mes cookies').waitFor();
    assert.equal(
      await p.page.locator('consent-panel').getByRole('button', { name: 'Tout accepter', exact: true }).count(),
      0,
      'no first layer: the reader has decided',
    );
  });

  test('"Contraste élevé" turns the page and the panel to black on white, kept on the next page, with no contrast warning', async (t) => {
    const p = await open(t, '/');
    const toggle = p.page.getByRole('button', { name: 'Contraste élevé', exact: true });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const accept = panelButton(p.page, 'Tout accepter');
    const look = () => accept.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
    assert.deepEqual(await look(), ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    await p.page.goto(`${base}/`);
    assert.equal(await p.page.getByRole('button', { name: 'Contraste élevé', exact: true }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await look(), ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    await p.page.getByRole('button', { name: 'Contraste élevé', exact: true }).click();
    assert.notDeepEqual(await look(), ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'off again');
    assert.deepEqual(
      p.consoleWarnings.filter((w) => w.includes('--consent-')),
      [],
    );
  });
});
