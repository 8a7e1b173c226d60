// What the drop-in script downloads: a returning reader's page with no gated
// embed gets consent-panel.js alone; the embeds' placeholders
// (consent-panel-embeds.js) come from beside it only when a page has one. The
// panel's UI comes in parts: a first visit gets the first layer
// (consent-panel-banner.js), the preferences dialog (consent-panel-ui.js) comes
// only when the reader opens it; the theme check only for a page with a theme,
// a bare drop-in's early first layer only for a bare drop-in.
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL,
  PANEL_SRC,
  bannerGone,
  bannerShown,
  button,
  dialog,
  doc,
  gated,
  globalConfig,
  openPage,
  record,
  settle,
  suite,
  test,
  waitRan,
} from './helpers.mjs';

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

suite('files loaded on demand beside the drop-in script', () => {
  test('a returning reader on a page without gated embeds downloads consent-panel.js and nothing else of the panel', async () => {
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

  test('placeholders that cannot be had (their file blocked): a plain "Autoriser et afficher" button stands in, and allows the embed', async () => {
    const p = await openNoting(doc({ head: PANEL, body: EMBED }), {
      storage: { 'consent-panel': record() },
      beforeGoto: (page) => page.route('**/consent-panel-embeds.js', (route) => route.abort()),
    });
    const allow = p.page.getByRole('button', { name: 'Autoriser et afficher' });
    await allow.waitFor();
    assert.equal(await p.page.locator('iframe').count(), 0, 'the embed stays blocked');
    assert.ok(
      p.consoleErrors.some((e) => e.includes('the placeholders could not be loaded')),
      p.consoleErrors.join('\n'),
    );
    await allow.click();
    await p.page.locator('iframe[src$="embed.html#video"]').waitFor();
    assert.equal(await p.page.evaluate(() => window.consentPanel.granted('social')), true);
    assert.deepEqual(p.pageErrors, []);
  });
});

const CORE = posix.basename(PANEL_SRC);
const CONFIGURED = globalConfig({ privacyUrl: '/vie-privee' }) + PANEL;

suite('the panel’s UI in parts, each downloaded when needed', () => {
  test('a first visit downloads the core and the first layer’s file; the dialog’s file comes when the reader opens the preferences', async () => {
    const p = await openNoting(doc({ head: CONFIGURED }));
    await bannerShown(p.page);
    await settle(p.page, 300);
    assert.deepEqual(p.files, [CORE, 'consent-panel-banner.js'], 'no dialog, no theme check, no early layer');
    // The pointer on "Personnaliser" is a sign of intent: the dialog's file is fetched, nothing opens.
    const fetched = p.page.waitForRequest(/\/consent-panel-ui\.js/);
    await button(p.page, 'Personnaliser').hover();
    await fetched;
    await settle(p.page, 100);
    assert.equal(await dialog(p.page).count(), 0, 'no dialog before the click');
    await button(p.page, 'Personnaliser').click();
    await dialog(p.page).waitFor({ state: 'visible' });
    assert.deepEqual(p.files, [CORE, 'consent-panel-banner.js', 'consent-panel-ui.js']);
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a returning reader opening the preferences downloads the dialog’s file alone, never the first layer’s', async () => {
    const p = await openNoting(doc({ head: CONFIGURED }), { storage: { 'consent-panel': record() } });
    await bannerGone(p.page);
    await button(p.page, 'Gérer mes cookies').click();
    await dialog(p.page).waitFor({ state: 'visible' });
    await dialog(p.page).getByRole('button', { name: 'Tout refuser', exact: true }).click();
    await settle(p.page, 200);
    assert.deepEqual(p.files, [CORE, 'consent-panel-ui.js']);
    assert.equal(await button(p.page, 'Gérer mes cookies').count(), 1);
    assert.deepEqual(p.pageErrors, []);
  });

  test('a bare drop-in’s first visit also downloads its early first layer', async () => {
    const p = await openNoting(doc({ head: PANEL }));
    await bannerShown(p.page);
    await settle(p.page, 300);
    assert.deepEqual([...p.files].sort(), [CORE, 'consent-panel-banner.js', 'consent-panel-early.js'].sort());
  });

  test('a page with a theme downloads the theme check, and its first layer never shows an unreadable pair, even while the check arrives', async () => {
    const head = `<style>body { --consent-text: #fff; }</style>
      <script>
        window.__colours = [];
        (function watch() {
          const text = document.querySelector('consent-panel')?.shadowRoot?.querySelector('#banner-text');
          if (text?.isConnected) window.__colours.push(getComputedStyle(text).color);
          requestAnimationFrame(watch);
        })();
      </script>${CONFIGURED}`;
    const p = await openNoting(doc({ head }), {
      beforeGoto: (page) => page.route('**/consent-panel-theme.js*', (route) => setTimeout(() => route.continue(), 300)),
    });
    await bannerShown(p.page);
    await settle(p.page, 200);
    assert.ok(p.files.includes('consent-panel-theme.js'), `${p.files}`);
    const colours = await p.page.evaluate(() => window.__colours);
    assert.ok(colours.length > 0, 'the first layer was seen');
    assert.deepEqual([...new Set(colours)], ['rgb(26, 26, 26)'], 'always the default text colour, never white on white');
    assert.ok(
      p.consoleWarnings.some((w) => w.includes('--consent-text #fff on --consent-background #fff')),
      p.consoleWarnings.join('\n'),
    );
  });

  test('a page with a theme asks for the theme check at the same time as the first layer, not once the first layer has come', async () => {
    const events = [];
    const p = await openNoting(doc({ head: `<style>body { --consent-accent: #7a1f1f; }</style>${CONFIGURED}` }), {
      beforeGoto: async (page) => {
        page.on('request', (request) => request.url().includes('consent-panel-theme.js') && events.push('theme asked'));
        page.on('response', (response) => response.url().includes('consent-panel-banner.js') && events.push('first layer came'));
        await page.route('**/consent-panel-banner.js*', (route) => setTimeout(() => route.continue(), 400));
      },
    });
    await bannerShown(p.page);
    assert.deepEqual(events, ['theme asked', 'first layer came']);
    assert.equal(p.files.filter((f) => f === 'consent-panel-theme.js').length, 1, `asked once: ${p.files}`);
  });
});
