// What the drop-in script downloads: a returning reader's page with no gated
// embed and no declared cookies gets consent-panel.js alone; the embeds'
// placeholders (consent-panel-embeds.js) and the cookie clean-up
// (consent-panel-cleanup.js) come from beside it only when a page needs them.
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { PANEL, PANEL_SRC, bannerGone, doc, gated, globalConfig, openPage, record, settle, suite, test, waitRan } from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const DIR = `${posix.dirname(PANEL_SRC)}/`;

/** Opens `markup`, noting every file the page requests from the drop-in's directory (by name). */
async function openNoting(markup, options = {}) {
  const files = [];
  const p = await openPage(h, markup, {
    ...options,
    beforeGoto: async (page) => {
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith(DIR)) files.push(pathname.slice(DIR.length));
      });
      await options.beforeGoto?.(page);
    },
  });
  p.files = files;
  return p;
}

const EMBED =
  '<iframe data-consent="social" data-src="/test/e2e/fixtures/third-party/embed.html#video" title="Vidéo" width="320" height="180"></iframe>';
const placeholder = (page) => page.getByRole('region', { name: /contenu bloqué/ });

const CLEANUP_CONFIG = globalConfig({
  privacyUrl: '/p',
  purposes: [
    { id: 'necessary', label: 'Nécessaire', required: true },
    { id: 'analytics', label: 'Mesure', vendors: [{ id: 'ga', name: 'Analytics', cookies: ['_ga', '_ga_*'], storageKeys: ['_ga_store'] }] },
  ],
});
const cookieNames = (page) =>
  page.evaluate(() =>
    document.cookie
      .split('; ')
      .filter(Boolean)
      .map((c) => c.split('=')[0])
      .sort(),
  );
const setCookies = (page) =>
  page.evaluate(() => {
    for (const name of ['_ga', '_ga_XYZ', 'session']) document.cookie = `${name}=1; Path=/`;
  });

suite('files loaded on demand beside the drop-in script', () => {
  test('a returning reader on a page without embeds or declared cookies downloads consent-panel.js and nothing else of the panel', async () => {
    const p = await openNoting(doc({ head: PANEL, body: gated('tag', 'analytics') }), {
      storage: { 'consent-panel': record({ granted: ['analytics'] }) },
    });
    await waitRan(p.page, ['tag']);
    await bannerGone(p.page);
    await settle(p.page, 300);
    assert.deepEqual(p.files, [posix.basename(PANEL_SRC)]);
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a gated embed, in the markup or added later, brings consent-panel-embeds.js: its placeholder shows and allowing it loads the embed', async () => {
    const p = await openNoting(doc({ head: PANEL }), { storage: { 'consent-panel': record() } });
    await bannerGone(p.page);
    await settle(p.page, 200);
    assert.ok(!p.files.includes('consent-panel-embeds.js'), `no embed, no placeholders: ${p.files}`);

    await p.page.evaluate((html) => document.querySelector('main').insertAdjacentHTML('beforeend', html), EMBED);
    await placeholder(p.page).waitFor();
    assert.ok(p.files.includes('consent-panel-embeds.js'), `${p.files}`);
    assert.equal(await p.page.locator('iframe').count(), 0, 'the embed waits out of the page');
    await placeholder(p.page).getByRole('button', { name: 'Autoriser et afficher' }).click();
    await p.page.locator('iframe[src$="embed.html#video"]').waitFor();
    assert.equal(await placeholder(p.page).count(), 0);
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);

    // The same embed in the markup, on a first visit: placeholder, no iframe.
    const q = await openNoting(doc({ head: PANEL, body: EMBED }));
    await placeholder(q.page).waitFor();
    assert.ok(q.files.includes('consent-panel-embeds.js'), `${q.files}`);
    assert.equal(await q.page.locator('iframe').count(), 0);
  });

  test('cookies are deleted after a withdrawal even when consent-panel-cleanup.js arrives after it, for the state the store is in then', async () => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let asked;
    const requested = new Promise((resolve) => (asked = resolve));
    const p = await openNoting(doc({ head: CLEANUP_CONFIG + PANEL }), {
      beforeGoto: (page) =>
        page.route('**/consent-panel-cleanup.js', async (route) => {
          asked();
          await held;
          await route.continue();
        }),
    });
    await p.page.evaluate(() => window.consentPanel.ready);
    await p.page.evaluate(() => window.consentPanel.acceptAll());
    await setCookies(p.page);
    await p.page.evaluate(() => localStorage.setItem('_ga_store', 'x'));
    await settle(p.page, 200);
    assert.ok(!p.files.includes('consent-panel-cleanup.js'), 'everything granted: nothing to clean up, nothing loaded');

    await p.page.evaluate(() => window.consentPanel.set({ analytics: false }));
    await requested;
    assert.deepEqual(await cookieNames(p.page), ['_ga', '_ga_XYZ', 'session'], 'the clean-up has not arrived yet');
    release();
    await p.page.waitForFunction(() => !/(^|; )_ga/.test(document.cookie));
    assert.deepEqual(await cookieNames(p.page), ['session']);
    assert.equal(await p.page.evaluate(() => localStorage.getItem('_ga_store')), null);
    assert.ok(p.files.includes('consent-panel-cleanup.js'));
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('withdrawn, then granted again before the clean-up arrives: the cookies stay', async () => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let asked;
    const requested = new Promise((resolve) => (asked = resolve));
    const p = await openNoting(doc({ head: CLEANUP_CONFIG + PANEL }), {
      beforeGoto: (page) =>
        page.route('**/consent-panel-cleanup.js', async (route) => {
          asked();
          await held;
          await route.continue();
        }),
    });
    await p.page.evaluate(() => window.consentPanel.ready);
    await p.page.evaluate(() => window.consentPanel.acceptAll());
    await setCookies(p.page);
    await p.page.evaluate(() => window.consentPanel.set({ analytics: false }));
    await requested;
    await p.page.evaluate(() => window.consentPanel.set({ analytics: true, 'analytics/ga': true }));
    release();
    await p.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('consent-panel-cleanup.js')));
    await settle(p.page, 200);
    assert.deepEqual(await cookieNames(p.page), ['_ga', '_ga_XYZ', 'session']);
    assert.deepEqual(p.pageErrors, []);
  });

  test('a returning reader who refused a vendor whose cookies are still there gets them deleted at start; without them, nothing is loaded', async () => {
    const p = await openNoting(doc({ head: CLEANUP_CONFIG + PANEL }));
    await p.page.evaluate(() => window.consentPanel.ready);
    await p.page.evaluate(() => window.consentPanel.rejectAll());
    await settle(p.page, 200);
    assert.ok(!p.files.includes('consent-panel-cleanup.js'), `refused with no cookie of the vendor's: ${p.files}`);

    await setCookies(p.page);
    p.files.length = 0;
    await p.page.reload();
    await p.page.waitForFunction(() => !/(^|; )_ga/.test(document.cookie));
    assert.deepEqual(await cookieNames(p.page), ['session']);
    assert.ok(p.files.includes('consent-panel-cleanup.js'), `${p.files}`);
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
  });
});
