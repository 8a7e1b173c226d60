// Servers read the decision: examples/server rendered for granted, refused and
// undecided readers (a plain Node server and a Next.js-style React server
// component), a decision made in the browser read back by the server, and the
// ESM entries imported where there is no DOM.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { build } from 'esbuild';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { readConsent } from 'consent-panel/server';
import { encodeDecision } from '../../dist/esm/core/cookie-codec.js';
import { articleServer } from '../../examples/server/node-server.mjs';
import { consentConfig } from '../../examples/server/consent-config.mjs';
import { launchBrowser, newPage, projectRoot } from './harness.mjs';
import { bannerShown, button, suite, test } from './helpers.mjs';

const DAY = 86_400_000;
const decision = (social) => ({
  v: 1,
  id: '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b',
  revision: '1',
  decidedAt: new Date(Date.now() - DAY).toISOString(),
  expiresAt: new Date(Date.now() + 100 * DAY).toISOString(),
  purposes: { necessary: true, analytics: false, social },
  vendors: { 'social/youtube': social },
});
const cookieFor = (social) => `consent-panel=${encodeDecision(decision(social))}`;
const EMBED = /<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/halle-saint-martin"/;

let server;
let origin;
let browser;
before(async () => {
  server = articleServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://www.journal.test:${server.address().port}`;
  browser = await launchBrowser({ hosts: 'MAP *.journal.test 127.0.0.1' });
});
after(async () => {
  server?.closeAllConnections();
  server?.close();
  await browser?.close();
});

/** The article as the Node example serves it, with `cookie`. */
async function article(cookie) {
  const response = await fetch(`http://127.0.0.1:${server.address().port}/`, { headers: cookie ? { cookie } : {} });
  assert.equal(response.headers.get('vary'), 'Cookie');
  return response.text();
}

/** Whether the embed is in the HTML outside the placeholder's <template>. */
const embedInPage = (html) => EMBED.test(html.replace(/<template>[\s\S]*?<\/template>/g, ''));

suite('servers read the decision', () => {
  test('the Node example: the embed for a reader who allowed it, its placeholder for the others', async () => {
    const granted = await article(cookieFor(true));
    assert.ok(embedInPage(granted), 'granted: the embed is in the HTML');
    assert.doesNotMatch(granted, /embed-placeholder/);
    for (const [who, cookie] of [
      ['refused', cookieFor(false)],
      ['undecided', undefined],
      ['tampered', cookieFor(true).replace('~/youtube', '~!/youtube')],
    ]) {
      const html = await article(cookie);
      assert.ok(!embedInPage(html), `${who}: no embed`);
      assert.match(html, /role="region" aria-label="YouTube : contenu bloqué"/, `${who}: its placeholder`);
    }
  });

  test('the Next.js-style server component renders the same way', async () => {
    const out = await build({
      entryPoints: [`${projectRoot}examples/server/next/Article.jsx`],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      jsx: 'automatic',
      external: ['react', 'react-dom'],
      outfile: 'article.mjs',
    });
    // Written inside the project, so that `react` resolves from its node_modules.
    await mkdir(`${projectRoot}.cache`, { recursive: true });
    const file = `${projectRoot}.cache/next-article-${process.pid}.mjs`;
    await writeFile(file, out.outputFiles[0].text);
    const { Article } = await import(file).finally(() => rm(file, { force: true }));
    const render = (cookie) => renderToString(createElement(Article, { consent: readConsent(cookie, consentConfig) }));
    assert.ok(embedInPage(render(cookieFor(true))), 'granted: the embed');
    for (const cookie of [cookieFor(false), '', 'consent-panel=garbage']) {
      const html = render(cookie);
      assert.ok(!embedInPage(html), 'refused or undecided: no embed');
      assert.match(html, /aria-label="YouTube : contenu bloqué"/);
    }
  });

  test('a decision made in the browser is read by the server on the next page', async () => {
    const p = await newPage(browser);
    try {
      const { page } = p;
      await page.goto(`${origin}/`);
      await bannerShown(page);
      assert.equal(await page.getByRole('region', { name: 'YouTube : contenu bloqué' }).count(), 1);
      await button(page, 'Tout accepter').click();
      // The placeholder's template is put in place on the page…
      await page.locator('iframe[title="Vidéo : la halle Saint-Martin"]').waitFor({ state: 'attached' });
      await page.waitForFunction(() => document.cookie.includes('consent-panel=1.'));
      // …and the server now renders the embed itself.
      const response = await page.reload();
      const html = await response.text();
      assert.ok(embedInPage(html), 'the server saw the cookie');
      const refused = await newPage(browser);
      await refused.page.goto(`${origin}/`);
      await button(refused.page, 'Tout refuser').click();
      await refused.page.waitForFunction(() => document.cookie.includes('consent-panel=1.'));
      assert.ok(!embedInPage(await (await refused.page.reload()).text()), 'refused: still no embed');
      await refused.close();
      assert.deepEqual(p.pageErrors, []);
    } finally {
      await p.close();
    }
  });

  test('the ESM entries import in Node without window or document', async () => {
    assert.equal(typeof globalThis.window, 'undefined');
    const index = await import('consent-panel');
    const define = await import('consent-panel/define.js');
    const cookieDomain = await import('consent-panel/cookie-domain.js');
    // The optional modules too: each starts only where there is a page.
    const tcf = await import('consent-panel/tcf.js');
    const receipts = await import('consent-panel/receipts.js');
    const presets = await import('consent-panel/presets.js');
    const embeds = await import('consent-panel/embeds.js');
    assert.equal(typeof tcf.encodeTcString, 'function');
    assert.equal(typeof receipts.configHash, 'function');
    assert.ok(presets && embeds);
    assert.equal(typeof index.ConsentStore, 'function');
    assert.equal(typeof index.ConsentPanelElement, 'function');
    assert.ok(define);
    assert.equal(typeof cookieDomain.sharedCookiePlugin, 'function');
    assert.equal(typeof globalThis.window, 'undefined', 'nothing was defined globally');
    assert.equal(typeof globalThis.document, 'undefined');
  });
});
