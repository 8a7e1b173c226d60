// Gated scripts in a real page: late additions, failed loads, several gates,
// vendor gates, and a page that arrives in pieces over the network. (Embeds,
// cookie cleanup and the other third-party behaviours have their own files.)
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup, streamingServer } from './harness.mjs';
import {
  FIXTURES,
  PANEL,
  PANEL_SRC,
  RECORDER,
  bannerShown,
  button,
  changes,
  doc,
  gated,
  gatedInline,
  globalConfig,
  markRequests,
  openPage,
  ran,
  record,
  settle,
  stored,
  waitRan,
  suite,
  test,
  recordedPage,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

suite('gated scripts', () => {
  const page$ = recordedPage;

  /** Appends a gated script from page code, after load. */
  const append = (page, name, { inline = false, consent = 'analytics' } = {}) =>
    page.evaluate(
      ({ name, inline, consent, fixtures }) => {
        const s = document.createElement('script');
        s.type = 'text/plain';
        s.dataset.consent = consent;
        if (inline) s.text = `(window.__ran ||= []).push({ name: ${JSON.stringify(name)} })`;
        else s.src = `${fixtures}/mark.js?name=${name}`;
        document.body.append(s);
      },
      { name, inline, consent, fixtures: FIXTURES },
    );

  test('a gated script added after load runs when granted, and at once once granted', async () => {
    const { page } = await openPage(h, page$());
    await bannerShown(page);
    await append(page, 'late-a');
    await append(page, 'late-b', { inline: true });
    await settle(page);
    assert.deepEqual(await ran(page), []);
    assert.equal(markRequests(h, 'late-a').length, 0);

    await button(page, 'Tout accepter').click();
    assert.deepEqual(await waitRan(page, ['late-a', 'late-b']), ['late-a', 'late-b']);

    await append(page, 'late-c', { inline: true });
    await append(page, 'late-d');
    assert.deepEqual(await waitRan(page, ['late-c', 'late-d']), ['late-a', 'late-b', 'late-c', 'late-d']);
    await append(page, 'late-ads', { consent: 'ads' });
    await page.evaluate(() => consentPanel.set({ ads: false }));
    await append(page, 'late-ads-2', { consent: 'ads' });
    await settle(page);
    assert.deepEqual(await ran(page), ['late-a', 'late-b', 'late-c', 'late-d', 'late-ads'], 'a refused purpose keeps new tags blocked');
  });

  test('a gated script whose src fails does not hold back the next one; a warning names it', async () => {
    const body = [
      `<script type="text/plain" data-consent="analytics" src="${FIXTURES}/missing-tracker.js"></script>`,
      gated('after-404'),
      gatedInline('after-404-inline'),
    ].join('\n');
    const p = await openPage(h, page$('', body));
    await bannerShown(p.page);
    await button(p.page, 'Tout accepter').click();
    assert.deepEqual(await waitRan(p.page, ['after-404', 'after-404-inline']), ['after-404', 'after-404-inline']);
    assert.ok(
      p.consoleWarnings.some((w) => w.includes('missing-tracker.js')),
      `a warning names the script: ${JSON.stringify(p.consoleWarnings)}`,
    );
    assert.deepEqual(p.pageErrors, []);
  });

  test('several gates in one attribute are all required', async () => {
    const { page } = await openPage(h, page$('', gated('both', 'analytics ads')));
    await bannerShown(page);
    await page.evaluate(() => consentPanel.set({ analytics: true }));
    await settle(page);
    assert.deepEqual(await ran(page), []);
    await page.evaluate(() => consentPanel.set({ ads: true }));
    await waitRan(page, ['both']);
  });

  test('a vendor gate (purpose/vendor) runs when that vendor is granted', async () => {
    const config = {
      purposes: [
        { id: 'necessary', label: 'Essentiel', required: true },
        {
          id: 'social',
          label: 'Réseaux sociaux',
          vendors: [
            { id: 'youtube', name: 'YouTube' },
            { id: 'x', name: 'X' },
          ],
        },
      ],
    };
    const { page } = await openPage(
      h,
      page$(globalConfig(config), `${gated('vendor-yt', 'social/youtube')}\n${gated('vendor-all', 'social')}`),
    );
    await bannerShown(page);
    await page.evaluate(() => consentPanel.set({ 'social/youtube': true }));
    await waitRan(page, ['vendor-yt']);
    const [change] = await changes(page, 1);
    assert.deepEqual(change.changed, ['social/youtube']);
    assert.deepEqual(change.vendors, { 'social/youtube': true, 'social/x': false });
    assert.equal(change.purposes.social, false, 'a purpose counts as granted only when all its vendors are');
    assert.deepEqual((await stored(page)).vendors, { 'social/youtube': true, 'social/x': false });
    await settle(page);
    assert.deepEqual(await ran(page), ['vendor-yt']);
    await page.evaluate(() => consentPanel.set({ social: true }));
    await waitRan(page, ['vendor-all']);
    assert.deepEqual((await stored(page)).vendors, { 'social/youtube': true, 'social/x': true });
  });

  test('returning reader, global config in <head>: gated scripts run at load, even those parsed after the panel started', async () => {
    const head = `${globalConfig({ revision: 'r1' })}\n${PANEL}\n${gated('head-a', 'analytics', { delay: 200 })}`;
    const body = `${gatedInline('body-b')}\n${gated('body-c')}`;
    const { page } = await openPage(h, doc({ head: RECORDER + head, body }), {
      storage: { 'consent-panel': record({ granted: ['analytics'], revision: 'r1' }) },
    });
    assert.deepEqual(await waitRan(page, ['head-a', 'body-b', 'body-c']), ['head-a', 'body-b', 'body-c']);
  });

  test('a <video> whose <source> arrives in a later piece still waits behind a placeholder', async () => {
    const panelSrc = h.server.url(PANEL_SRC);
    const head = `<meta charset="utf-8"><title>stream</title><script>window.consentPanelConfig = {};</script>
      <script src="${panelSrc}"></script>`;
    const first = `<!doctype html><html lang="fr"><head>${head}</head><body><p>${'Du texte. '.repeat(800)}</p>
      <video id="clip" data-consent="social" width="320" height="180" controls>`;
    const rest = `<source data-src="/clip.webm" type="video/webm"></video><p>Fin.</p></body></html>`;
    const stream = await streamingServer(first, rest);
    try {
      const p = await h.newPage();
      p.page.setDefaultTimeout(5000);
      await p.page.goto(stream.url);
      const region = p.page.getByRole('region', { name: 'Réseaux sociaux et vidéos : contenu bloqué', exact: true });
      await region.waitFor();
      assert.deepEqual(
        p.consoleErrors.filter((e) => e.includes('data-src')),
        [],
      );
      await p.page.evaluate(() => window.consentPanel.acceptAll());
      assert.equal(await p.page.locator('#clip source').getAttribute('src'), '/clip.webm');
      assert.deepEqual(p.pageErrors, []);
      await p.close();
    } finally {
      await stream.close();
    }
  });

  test('a gated inline script that arrives in pieces runs whole, once', async () => {
    const panelSrc = h.server.url(PANEL_SRC);
    const recorder = h.server.url(`${FIXTURES}/record-events.js`);
    const head = `<meta charset="utf-8"><title>stream</title><script>window.consentPanelConfig = {};</script>
      <script src="${recorder}"></script><script src="${panelSrc}"></script>`;
    // Padding so the browser starts parsing the first piece without waiting for more.
    const first = `<!doctype html><html lang="fr"><head>${head}</head><body><p>${'Du texte. '.repeat(800)}</p>
      <script type="text/plain" data-consent="analytics">window.__parts = (window.__parts || 0) + 1;`;
    const rest = ` (window.__ran ||= []).push({ name: 'streamed', parts: window.__parts });</script><p>Fin.</p></body></html>`;
    const stream = await streamingServer(first, rest);
    try {
      const p = await h.newPage();
      p.page.setDefaultTimeout(5000);
      // A returning reader who granted analytics: the script runs during parsing.
      await p.page.goto(stream.url.replace('/article.html', '/none'));
      await p.page.evaluate((r) => localStorage.setItem('consent-panel', JSON.stringify(r)), record({ granted: ['analytics'] }));
      await p.page.goto(stream.url);
      await waitRan(p.page, ['streamed']);
      const state = await p.page.evaluate(() => ({ parts: window.__parts, ran: window.__ran }));
      assert.deepEqual(state, { parts: 1, ran: [{ name: 'streamed', parts: 1 }] });
      assert.deepEqual(p.pageErrors, []);
      await p.close();
    } finally {
      await stream.close();
    }
  });
  test('on a page still arriving, a granted gated script already received runs before the rest arrives', async () => {
    const head = `<meta charset="utf-8"><title>stream</title><script>window.consentPanelConfig = {};</script>
      <script src="${h.server.url(`${FIXTURES}/record-events.js`)}"></script><script src="${h.server.url(PANEL_SRC)}"></script>`;
    const first = `<!doctype html><html lang="fr"><head>${head}</head><body><p>${'Du texte. '.repeat(800)}</p>
      <script type="text/plain" data-consent="analytics">(window.__ran ||= []).push({ name: 'early', state: document.readyState });</script><p>`;
    const stream = await streamingServer(first, 'Fin.</p></body></html>', 3000);
    try {
      const p = await h.newPage();
      p.page.setDefaultTimeout(2500);
      await p.page.goto(stream.url.replace('/article.html', '/none'));
      await p.page.evaluate((r) => localStorage.setItem('consent-panel', JSON.stringify(r)), record({ granted: ['analytics'] }));
      await p.page.goto(stream.url, { waitUntil: 'commit' });
      await waitRan(p.page, ['early']);
      assert.deepEqual(await p.page.evaluate(() => window.__ran), [{ name: 'early', state: 'loading' }]);
      await p.page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 6000 });
      assert.deepEqual(await p.page.evaluate(() => window.__ran), [{ name: 'early', state: 'loading' }], 'once');
      assert.deepEqual(p.pageErrors, []);
      await p.close();
    } finally {
      await stream.close();
    }
  });
});
