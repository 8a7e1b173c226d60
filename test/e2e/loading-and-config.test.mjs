// How a site includes and configures the script: placement, double loading,
// the three configuration sources and their precedence, language, and what a
// configuration mistake does (an error naming it, defaults, nothing granted).
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup, streamingServer } from './harness.mjs';
import {
  DAY,
  FIXTURES,
  PANEL,
  heading,
  PANEL_SRC,
  RECORDER,
  bannerGone,
  bannerShown,
  button,
  changes,
  dialog,
  doc,
  events,
  gated,
  globalConfig,
  openPage,
  ran,
  ready,
  record,
  settle,
  stored,
  switchNamed,
  waitRan,
  suite,
  test,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

suite('loading and configuration', () => {
  const ENGLISH = { title: 'Manage your consent', buttons: ['Accept all', 'Reject all', 'Customize'] };

  /** No errors and no exceptions from a page that did nothing wrong. */
  function clean(p) {
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
  }

  /** The panel is up, once, in French, and the state is known (undecided). */
  async function onePanel(p) {
    await bannerShown(p.page);
    assert.equal((await ready(p.page)).decided, false);
    assert.equal(await p.page.locator('consent-panel').count(), 1, 'one <consent-panel>');
    assert.equal((await events(p.page, 'consent-ready')).length, 1, 'one consent-ready');
  }

  const PLACEMENTS = {
    'in <head>': { head: PANEL },
    'in <head> with defer': { head: PANEL.replace('<script ', '<script defer ') },
    'at the end of <body>': { body: PANEL },
    'in <body> with defer': { body: PANEL.replace('<script ', '<script defer ') },
  };

  for (const [where, parts] of Object.entries(PLACEMENTS)) {
    test(`the script alone ${where} shows the French panel with the default purposes`, async () => {
      const p = await openPage(h, doc({ head: RECORDER + (parts.head ?? ''), body: parts.body ?? '' }));
      await onePanel(p);
      assert.deepEqual(Object.keys((await ready(p.page)).purposes), ['necessary', 'analytics', 'ads', 'social', 'personalization']);
      clean(p);
    });
  }

  test('the script loaded twice: one panel, one consent-ready, no error, decisions work', async () => {
    const p = await openPage(h, doc({ head: RECORDER + PANEL, body: `${gated('twice-a')}\n${PANEL}` }));
    await onePanel(p);
    await button(p.page, 'Tout accepter').click();
    await waitRan(p.page, ['twice-a']);
    await settle(p.page);
    assert.equal((await events(p.page, 'consent-change')).length, 1, 'one consent-change per decision');
    assert.deepEqual(await ran(p.page), ['twice-a'], 'gated scripts run once');
    clean(p);
  });

  test('the script twice in <body>, the second with defer: still one of everything', async () => {
    const p = await openPage(h, doc({ head: RECORDER, body: `${PANEL}\n${PANEL.replace('<script ', '<script defer ')}` }));
    await onePanel(p);
    clean(p);
  });

  test('window.consentPanelConfig configures the panel', async () => {
    const p = await openPage(
      h,
      doc({ head: RECORDER + globalConfig({ lang: 'en', storageKey: 'my-consent', privacyUrl: '/vie-privee' }) + PANEL }),
    );
    await bannerShown(p.page, ENGLISH);
    assert.equal(await p.page.locator('consent-panel').getByRole('link', { name: 'Privacy policy' }).getAttribute('href'), '/vie-privee');
    await button(p.page, 'Reject all').click();
    await bannerGone(p.page, { title: ENGLISH.title, manage: 'Manage cookies' });
    assert.ok(await stored(p.page, 'my-consent'));
    assert.equal(await stored(p.page), null, 'nothing under the default key');
    clean(p);
  });

  test('without privacyUrl: no privacy link, and a console warning says so', async () => {
    const p = await openPage(h, doc({ body: PANEL }));
    await bannerShown(p.page);
    assert.equal(await p.page.locator('consent-panel').getByRole('link').count(), 0);
    assert.ok(
      p.consoleWarnings.some((w) => w.includes('privacyUrl')),
      JSON.stringify(p.consoleWarnings),
    );
  });

  test('attributes on <consent-panel> configure the panel', async () => {
    const markup =
      '<consent-panel lang="en" revision="7" expires-days="30" storage-key="k-attr" privacy-url="/privacy" no-manage-button></consent-panel>';
    const p = await openPage(h, doc({ head: RECORDER, body: `${markup}\n${PANEL}` }));
    await bannerShown(p.page, ENGLISH);
    assert.equal(await p.page.locator('consent-panel').getByRole('link', { name: 'Privacy policy' }).getAttribute('href'), '/privacy');
    await button(p.page, 'Accept all').click();
    await changes(p.page, 1);
    const rec = await stored(p.page, 'k-attr');
    assert.equal(rec.revision, '7');
    assert.equal(Date.parse(rec.expiresAt) - Date.parse(rec.decidedAt), 30 * DAY);
    await settle(p.page);
    assert.equal(await button(p.page, 'Manage cookies').count(), 0, 'no-manage-button hides it');
    assert.equal(await p.page.locator('consent-panel').count(), 1, "the page's own element is used");
    clean(p);
  });

  test('the script in <head> and a configured <consent-panel> later in the markup', async () => {
    const p = await openPage(h, doc({ head: RECORDER + PANEL, body: '<consent-panel lang="en" storage-key="k-head"></consent-panel>' }));
    await bannerShown(p.page, ENGLISH);
    assert.equal(await p.page.locator('consent-panel').count(), 1);
    assert.equal((await events(p.page, 'consent-ready')).length, 1);
    await button(p.page, 'Reject all').click();
    await bannerGone(p.page, { title: ENGLISH.title, manage: 'Manage cookies' });
    assert.ok(await stored(p.page, 'k-head'));
    clean(p);
  });

  test('window.consentPanelConfig, the script in <head> and a <consent-panel> further down: that element shows the panel, alone', async () => {
    const p = await openPage(
      h,
      doc({ head: RECORDER + globalConfig({ privacyUrl: '/vie-privee' }) + PANEL, body: '<consent-panel id="own"></consent-panel>' }),
    );
    await bannerShown(p.page);
    assert.equal(await p.page.locator('consent-panel').count(), 1, 'one <consent-panel>');
    assert.equal(await p.page.locator('consent-panel').getAttribute('id'), 'own', "the page's own element");
    await button(p.page, 'Tout refuser').click();
    await bannerGone(p.page);
    assert.deepEqual(p.consoleWarnings, []);
    clean(p);
  });

  /**
   * Opens an article whose <head> holds `head` and whose <body> starts with a
   * long paragraph and `body`; the rest of the page arrives 3 s later. The first
   * layer shows before it does; `fn(p)` goes on from there.
   */
  async function whileArriving(head, body, fn) {
    const first = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title>${head}
      <script src="${h.server.url(PANEL_SRC)}"></script></head><body><p>${'Du texte. '.repeat(800)}</p>${body}`;
    const stream = await streamingServer(first, '<p>Fin.</p></body></html>', 3000);
    try {
      const p = await h.newPage();
      await p.page.goto(stream.url, { waitUntil: 'commit' });
      await bannerShown(p.page);
      assert.equal(await p.page.evaluate(() => document.readyState), 'loading', 'shown before the rest of the page arrived');
      await fn(p);
      assert.equal(await p.page.locator('consent-panel').count(), 1);
      assert.deepEqual(p.pageErrors, []);
      await p.close();
    } finally {
      await stream.close();
    }
  }

  test('on a page still arriving over the network, the first layer shows as soon as <body> has begun', async () => {
    await whileArriving(globalConfig({ privacyUrl: '/vie-privee' }), '', async (p) => {
      await p.page.waitForFunction(() => document.readyState === 'complete');
      clean(p);
    });
  });

  test('a <script type="application/json"> child configures the panel', async () => {
    const json = {
      lang: 'en',
      purposes: [
        { id: 'necessary', label: 'Needed', required: true },
        { id: 'stats', label: { fr: 'Statistiques', en: 'Statistics' } },
      ],
    };
    const markup = `<consent-panel><script type="application/json">${JSON.stringify(json)}</script></consent-panel>`;
    const p = await openPage(h, doc({ head: RECORDER + PANEL, body: `${gated('json-stats', 'stats')}\n${markup}` }));
    await bannerShown(p.page, ENGLISH);
    assert.deepEqual((await ready(p.page)).purposes, { necessary: true, stats: false });
    await button(p.page, 'Customize').click();
    await switchNamed(p.page, 'Statistics').click();
    await dialog(p.page).getByRole('button', { name: 'Save my choices' }).click();
    await waitRan(p.page, ['json-stats']);
    clean(p);
  });

  test('precedence: attributes over the JSON child over window.consentPanelConfig', async () => {
    const global = { lang: 'en', storageKey: 'k-global', revision: 'r-global', expiresDays: 10 };
    const json = { storageKey: 'k-json', revision: 'r-json' };
    const markup = `<consent-panel revision="r-attr"><script type="application/json">${JSON.stringify(json)}</script></consent-panel>`;
    const p = await openPage(h, doc({ head: RECORDER + globalConfig(global), body: `${markup}\n${PANEL}` }));
    await bannerShown(p.page, ENGLISH); // only the global sets lang
    await p.page.evaluate(() => consentPanel.rejectAll());
    await changes(p.page, 1);
    const rec = await stored(p.page, 'k-json'); // the JSON's key beats the global's
    assert.ok(rec, "stored under the JSON child's key");
    assert.equal(await stored(p.page, 'k-global'), null);
    assert.equal(rec.revision, 'r-attr', 'the attribute beats both');
    assert.equal(Date.parse(rec.expiresAt) - Date.parse(rec.decidedAt), 10 * DAY, "the global's own key still applies");
  });

  const LANGUAGES = [
    ['<html lang="en-GB"> alone gives English', doc({ lang: 'en-GB', head: PANEL }), ENGLISH],
    ['a lang attribute beats <html lang>', doc({ lang: 'en', body: `<consent-panel lang="fr"></consent-panel>${PANEL}` }), undefined],
    // Neither the page's language nor the browser's (ja) is supported: French, the last resort.
    ['an unsupported <html lang> gives French', doc({ lang: 'zh', body: PANEL }), undefined, { locale: 'ja-JP' }],
    ['no lang at all gives French', doc({ lang: null, body: PANEL }), undefined, { locale: 'ja-JP' }],
  ];
  for (const [name, markup, expected, contextOptions] of LANGUAGES) {
    test(`language: ${name}`, async () => {
      const p = await openPage(h, markup, { contextOptions });
      await bannerShown(p.page, expected);
      clean(p);
    });
  }

  test("the script tag's own data-* attributes configure the panel, known at once", async () => {
    const tag = `<script src="${PANEL_SRC}" data-privacy-url="/confidentialite" data-revision="3" data-lang="en" data-storage-key="k-tag" data-expires-days="30"></script>`;
    const head = `${tag}<script>window.__early = { ready: false }; consentPanel.ready.then(() => { window.__early.ready = document.readyState; });</script>`;
    const p = await openPage(h, doc({ head: RECORDER + head }));
    await bannerShown(p.page, ENGLISH);
    assert.equal(await p.page.evaluate(() => window.__early.ready), 'loading', 'the state is known while the page is still loading');
    assert.equal(await button(p.page, 'Reject all').count(), 1);
    assert.equal(
      await p.page.locator('consent-panel').getByRole('link', { name: 'Privacy policy' }).getAttribute('href'),
      '/confidentialite',
    );
    await button(p.page, 'Reject all').click();
    await bannerGone(p.page, { title: ENGLISH.title, manage: 'Manage cookies' });
    const rec = await stored(p.page, 'k-tag');
    assert.equal(rec.revision, '3');
    assert.equal(Date.parse(rec.expiresAt) - Date.parse(rec.decidedAt), 30 * DAY);
    clean(p);
  });

  test('bad config: data-expires-days="abc" on the script tag → an error naming it, 182 days apply, nothing granted', async () => {
    const tag = `<script src="${PANEL_SRC}" data-expires-days="abc" data-privacy-url="javascript:alert(1)"></script>`;
    const p = await openPage(h, doc({ head: RECORDER + tag }));
    await badConfig(p, 'expiresDays', 'abc');
    assert.ok(
      p.consoleErrors.some((e) => e.includes('privacyUrl') && e.includes('javascript:alert(1)')),
      'the privacy URL is refused by name',
    );
    assert.equal(await p.page.locator('consent-panel').getByRole('link').count(), 0, 'no link from a refused URL');
    await button(p.page, 'Tout refuser').click();
    const rec = await stored(p.page, 'consent-panel');
    assert.equal(Date.parse(rec.expiresAt) - Date.parse(rec.decidedAt), 182 * DAY);
  });

  const RECORDER_URL = () => `<script src="${h.server.url(`${FIXTURES}/record-events.js`)}"></script>`;

  test('a bare drop-in on a page still arriving: the first layer shows at once, and a decision made then is kept, made once the page is parsed, and announced after consent-ready', async () => {
    const script = gated('bare-analytics', 'analytics').replace('src="/', `src="${h.server.url('/')}`);
    await whileArriving(RECORDER_URL(), script, async (p) => {
      await button(p.page, 'Tout accepter').click();
      await bannerGone(p.page);
      assert.equal(await p.page.evaluate(() => document.readyState), 'loading', 'decided while the page was still arriving');
      await p.page.waitForFunction(() => document.readyState === 'complete');
      const types = (await events(p.page)).map((e) => `${e.type}:${e.source}`);
      assert.deepEqual(types, ['consent-ready:init', 'consent-change:banner'], 'ready (undecided), then the decision');
      assert.equal((await events(p.page, 'consent-ready'))[0].decided, false);
      assert.deepEqual((await events(p.page, 'consent-change'))[0].changed, ['analytics', 'ads', 'social', 'personalization']);
      assert.ok(await stored(p.page), 'the decision is stored');
      await waitRan(p.page, ['bare-analytics']);
      assert.equal((await events(p.page, 'consent-ready')).length, 1, 'one consent-ready');
    });
  });

  test('a bare drop-in on a page still arriving, reader undecided: the first layer shows before the page is parsed, the state is known once it is', async () => {
    await whileArriving(RECORDER_URL(), '', async (p) => {
      await p.page.waitForFunction(() => document.readyState === 'complete');
      assert.equal((await events(p.page, 'consent-ready')).length, 1, 'one consent-ready, once the page is parsed');
      await button(p.page, 'Tout refuser').click();
      await bannerGone(p.page);
      assert.deepEqual(
        (await events(p.page, 'consent-change')).map((e) => e.source),
        ['banner'],
      );
    });
  });

  test('a bare drop-in and a configured <consent-panel> further down: a returning reader never sees the default first layer, and a first-visit decision made before the element arrives grants nothing it did not show', async () => {
    const element = '<consent-panel storage-key="k-site" revision="3" privacy-url="/vie-privee"></consent-panel>';
    const first = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title>
      <script src="${h.server.url(`${FIXTURES}/record-events.js`)}"></script>
      <script src="${h.server.url(PANEL_SRC)}"></script></head><body><p>${'Du texte. '.repeat(800)}</p>`;
    const stream = await streamingServer(first, `${element}<p>Fin.</p></body></html>`, 2000);
    try {
      const p = await h.newPage();
      // First visit: the default layer shows early; accepting in it, before the site's element arrives, grants nothing.
      await p.page.goto(stream.url, { waitUntil: 'commit' });
      await bannerShown(p.page);
      await button(p.page, 'Tout accepter').click();
      await p.page.waitForFunction(() => document.readyState === 'complete');
      assert.equal(
        await p.page.evaluate(() => window.consentPanel.granted('analytics')),
        false,
        'nothing granted on texts the site did not show',
      );
      assert.equal(await p.page.evaluate(() => localStorage.getItem('consent-panel')), null, 'nothing kept under the default key');
      assert.ok(
        p.consoleWarnings.some((w) => w.includes('asked again')),
        p.consoleWarnings.join('\n'),
      );
      // The site's own layer asks again; the reader refuses there.
      await bannerShown(p.page);
      await button(p.page, 'Tout refuser').click();
      await bannerGone(p.page);
      assert.equal((await stored(p.page, 'k-site')).revision, '3');
      // Next page view: no first layer at all while the page arrives, and no UI downloaded.
      await p.page.goto(stream.url, { waitUntil: 'commit' });
      await p.page.waitForSelector('body');
      await p.page.waitForTimeout(500);
      assert.equal(await p.page.evaluate(() => document.readyState), 'loading');
      assert.equal(await heading(p.page).count(), 0, 'no default first layer for a reader who decided');
      await p.page.waitForFunction(() => document.readyState === 'complete');
      assert.equal(await button(p.page, 'Gérer mes cookies').count(), 1);
      assert.equal(
        await p.page.evaluate(() =>
          performance.getEntriesByType('resource').some((r) => /consent-panel-(ui|banner|early)\.js/.test(r.name)),
        ),
        false,
      );
      assert.deepEqual(p.pageErrors, []);
      await p.close();
    } finally {
      await stream.close();
    }
  });

  test('with the global config in <head>, the state is known as soon as the script has run', async () => {
    const head = `${globalConfig({})}${PANEL}<script>window.__early = { granted: consentPanel.granted('analytics'), ready: false };
      consentPanel.ready.then(() => { window.__early.ready = document.readyState; });</script>`;
    const p = await openPage(h, doc({ head: RECORDER + head }), {
      storage: { 'consent-panel': record({ granted: ['analytics'] }) },
    });
    const early = await p.page.evaluate(() => window.__early);
    assert.equal(early.granted, true, 'granted() answers right after the script');
    assert.equal(early.ready, 'loading', 'ready resolved while the page was still loading');
  });

  // --- configuration mistakes ---------------------------------------------------

  /** Asserts an error naming `field` and `value`, that nothing is granted, and no exception. */
  async function badConfig(p, field, value) {
    const named = p.consoleErrors.filter((e) => e.includes(field) && e.includes(value));
    assert.ok(named.length, `a console error names ${field} and ${value}: ${JSON.stringify(p.consoleErrors)}`);
    const detail = await ready(p.page);
    assert.equal(detail.decided, false);
    assert.deepEqual(
      Object.entries(detail.purposes).filter(([id, on]) => on && id !== 'necessary'),
      [],
      'nothing granted',
    );
    await bannerShown(p.page);
    assert.equal(await button(p.page, 'Tout refuser').isVisible(), true, 'the reader can refuse');
    assert.deepEqual(p.pageErrors, []);
    return detail;
  }

  test('bad config: expiresDays "abc" → an error naming it, 182 days apply', async () => {
    const p = await openPage(h, doc({ head: RECORDER + globalConfig({ expiresDays: 'abc' }) + PANEL }));
    await badConfig(p, 'expiresDays', '"abc"');
    await button(p.page, 'Tout refuser').click();
    await changes(p.page, 1);
    const rec = await stored(p.page);
    assert.equal(Date.parse(rec.expiresAt) - Date.parse(rec.decidedAt), 182 * DAY);
  });

  test('bad config: expires-days="9999" on the element → an error naming it, 182 days apply', async () => {
    const p = await openPage(h, doc({ head: RECORDER, body: `<consent-panel expires-days="9999"></consent-panel>${PANEL}` }));
    await badConfig(p, 'expiresDays', '9999');
    await p.page.evaluate(() => consentPanel.rejectAll());
    await changes(p.page, 1);
    const rec = await stored(p.page);
    assert.equal(Date.parse(rec.expiresAt) - Date.parse(rec.decidedAt), 182 * DAY);
  });

  test('bad config: purposes not a list → an error naming it, the default purposes apply', async () => {
    const p = await openPage(h, doc({ head: RECORDER + globalConfig({ purposes: 'analytics' }) + PANEL }));
    const detail = await badConfig(p, 'purposes', '"analytics"');
    assert.deepEqual(Object.keys(detail.purposes), ['necessary', 'analytics', 'ads', 'social', 'personalization']);
  });

  test('bad config: a purpose without a label → an error naming it, its id is shown', async () => {
    const config = { purposes: [{ id: 'necessary', label: 'Essentiel', required: true }, { id: 'stats' }] };
    const p = await openPage(h, doc({ head: RECORDER + globalConfig(config) + PANEL }));
    await badConfig(p, 'purposes[1].label', 'undefined');
    await button(p.page, 'Personnaliser').click();
    assert.equal(await switchNamed(p.page, 'stats').getAttribute('aria-checked'), 'false');
  });

  test('bad config: a duplicate purpose id → an error naming it, the first one is kept', async () => {
    const config = {
      purposes: [
        { id: 'stats', label: 'Statistiques' },
        { id: 'stats', label: 'Doublon' },
      ],
    };
    const p = await openPage(h, doc({ head: RECORDER + globalConfig(config) + PANEL }));
    const detail = await badConfig(p, 'purposes[1].id', '"stats"');
    assert.deepEqual(detail.purposes, { stats: false });
    await button(p.page, 'Personnaliser').click();
    // The dialog's file is fetched on demand: counted once it shows.
    await switchNamed(p.page, 'Statistiques').waitFor();
    assert.equal(await dialog(p.page).getByRole('switch').count(), 1);
  });

  test('bad config: a purpose with wrong types (id a number, required "yes") → errors naming them, no purpose granted', async () => {
    const config = {
      purposes: [
        { id: 'necessary', label: 'Essentiel', required: true },
        { id: 42, label: 'X' },
        { id: 'ads', label: 'Pub', required: 'yes' },
      ],
    };
    const p = await openPage(h, doc({ head: RECORDER + globalConfig(config) + PANEL }));
    const detail = await badConfig(p, 'purposes[1].id', '42');
    assert.ok(
      p.consoleErrors.some((e) => e.includes('purposes[2].required') && e.includes('"yes"')),
      JSON.stringify(p.consoleErrors),
    );
    assert.deepEqual(detail.purposes, { necessary: true, ads: false }, 'a required flag that is not true does not make it required');
  });

  test('bad config: window.consentPanelConfig not an object → an error naming it, defaults apply', async () => {
    const p = await openPage(h, doc({ head: `${RECORDER}<script>window.consentPanelConfig = 'fr';</script>${PANEL}` }));
    const detail = await badConfig(p, 'consentPanelConfig', '"fr"');
    assert.equal(Object.keys(detail.purposes).length, 5);
  });

  test('bad config: invalid JSON child → an error naming it, defaults apply', async () => {
    const markup = '<consent-panel><script type="application/json">{ lang: en }</script></consent-panel>';
    const p = await openPage(h, doc({ head: RECORDER, body: `${markup}${PANEL}` }));
    await badConfig(p, 'JSON', '{ lang: en }');
  });

  test('bad config: data-consent="nope" → an error naming it, that script never runs, even after accept all', async () => {
    const p = await openPage(h, doc({ head: RECORDER, body: `${gated('nope-x', 'nope')}\n${gated('nope-ok')}\n${PANEL}` }));
    await badConfig(p, 'data-consent', '"nope"');
    await button(p.page, 'Tout accepter').click();
    await waitRan(p.page, ['nope-ok']);
    await settle(p.page);
    assert.deepEqual(await ran(p.page), ['nope-ok']);
    assert.equal(h.server.requests.filter((r) => r.search.includes('name=nope-x')).length, 0);
    assert.deepEqual(p.pageErrors, []);
  });

  test('bad config: data-consent naming one known and one unknown gate never runs', async () => {
    const p = await openPage(h, doc({ head: RECORDER, body: `${gated('half-x', 'analytics nope2')}\n${PANEL}` }));
    await badConfig(p, 'data-consent', 'nope2');
    await p.page.evaluate(() => consentPanel.acceptAll());
    await changes(p.page, 1);
    await settle(p.page);
    assert.deepEqual(await ran(p.page), []);
  });
});
