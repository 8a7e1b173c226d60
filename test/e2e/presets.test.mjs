// Issue 11 end to end: vendors named by their preset id and parameters only,
// embeds pasted with `src` renamed `data-src`, official tags from the
// vendors' real URLs (stand-ins served by the browser's request routing: no
// test reaches the internet), bad input, and the exempt audience measurement
// of Piano Analytics and Matomo.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL,
  PANEL_SRC,
  button,
  dialog,
  dialogButton,
  doc,
  globalConfig,
  openPage,
  panel,
  settle,
  stored,
  suite,
  switchNamed,
  test,
} from './helpers.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundlePresets, readPresets, runtimeForm, siteFile } from '../../scripts/presets/catalogue.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** Stand-ins for the vendors' tags, at their real URLs: each notes its load in window.__loaded. */
const STAND_INS = {
  'https://www.googletagmanager.com/gtag/js': `(window.__loaded ||= []).push('gtag:' + new URL(document.currentScript.src).searchParams.get('id'));`,
  'https://securepubads.g.doubleclick.net/tag/js/gpt.js': `(window.__loaded ||= []).push('gpt');`,
  'https://www.youtube.com/embed/': '<!doctype html><title>YouTube</title><p>video',
  'https://tag.aticdn.net/piano-analytics.js': `(window.__loaded ||= []).push('piano');
    window.pa = {
      setConfigurations(c) { (window.__pa ||= []).push('config ' + c.site + ' ' + c.collectDomain); },
      consent: { setMode(m) { (window.__pa ||= []).push('mode ' + m); } },
      sendEvent(name) { (window.__pa ||= []).push('event ' + name); },
    };`,
  'https://stats.journal.example/matomo.js': `(window.__loaded ||= []).push('matomo');`,
  // The advertising pixels and Clarity: each notes the id its snippet's queue (or URL) gave it, and the calls it receives.
  'https://connect.facebook.net/en_US/fbevents.js': `(window.__calls ||= {}).meta = fbq.queue.map((c) => Array.from(c));
    (window.__loaded ||= []).push('meta:' + fbq.queue.find((c) => c[0] === 'init')[1]);
    fbq.callMethod = (...args) => window.__calls.meta.push(args);`,
  'https://static.ads-twitter.com/uwt.js': `(window.__loaded ||= []).push('x:' + twq.queue.find((c) => c[0] === 'config')[1]);`,
  'https://analytics.tiktok.com/i18n/pixel/events.js': `(window.__loaded ||= []).push('tiktok:' + new URL(document.currentScript.src).searchParams.get('sdkid'));
    (window.__calls ||= {}).tiktok = ttq.map((c) => c[0]);
    ttq.grantConsent = () => window.__calls.tiktok.push('grantConsent');
    ttq.revokeConsent = () => window.__calls.tiktok.push('revokeConsent');`,
  'https://snap.licdn.com/li.lms-analytics/insight.min.js': `(window.__loaded ||= []).push('linkedin:' + window._linkedin_data_partner_ids.join() + ':' + window._linkedin_partner_id + ':' + typeof lintrk);`,
  'https://sc-static.net/scevent.min.js': `(window.__loaded ||= []).push('snap:' + snaptr.queue.find((c) => c[0] === 'init')[1]);`,
  'https://s.pinimg.com/ct/core.js': `(window.__loaded ||= []).push('pinterest:' + pintrk.queue.find((c) => c[0] === 'load')[1]);`,
  // Batch's bootstrap: notes the setup call its snippet's queue (batchSDK.q) gave it, then takes calls itself.
  'https://via.batch.com/v4/bootstrap.min.js': `(window.__calls ||= {}).batch = batchSDK.q.map((c) => Array.from(c));
    (window.__loaded ||= []).push('batch:' + batchSDK.q.find((c) => c[0] === 'setup')[1].apiKey);
    window.batchSDK = (...args) => window.__calls.batch.push(args);`,
  // Teads' page tag: notes the page id its URL names.
  'https://a.teads.tv/page/': `(window.__loaded ||= []).push('teads:' + new URL(document.currentScript.src).pathname.split('/')[2]);`,
  // Poool's Audit.js: its global, noting each call it receives.
  'https://assets.poool.fr/audit.min.js': `(window.__loaded ||= []).push('poool');
    const note = (call) => ((window.__calls ||= {}).poool ||= []).push(call);
    window.PooolAudit = {
      isPoool: true,
      init(appId) { note('init ' + appId); return this; },
      config(options) { note('config ' + JSON.stringify(options)); return this; },
      sendEvent(name, type) { note('event ' + name + ' ' + type); return Promise.resolve(); },
    };`,
  // Médiamétrie's eStat library: its constructor, noting each object made and each post().
  'https://prof.estat.com/js/mu-5.2.js': `(window.__loaded ||= []).push('estat');
    window.eStatTag = class {
      constructor(conf) { ((window.__calls ||= {}).estat ||= []).push('new ' + JSON.stringify(conf)); }
      post() { window.__calls.estat.push('post'); }
    };`,
  'https://www.clarity.ms/tag/': `(window.__loaded ||= []).push('clarity:' + new URL(document.currentScript.src).pathname.split('/').pop());
    (window.__calls ||= {}).clarity = clarity.q.map((c) => Array.from(c));
    window.clarity = (...args) => window.__calls.clarity.push(args);`,
};

/** Serves the stand-ins at the vendors' URLs; any other request off the test server is refused and noted. */
async function routeVendors(page) {
  page.__outside = [];
  page.__requests = [];
  page.on('request', (request) => page.__requests.push(new URL(request.url()).pathname));
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      const url = route.request().url();
      const key = Object.keys(STAND_INS).find((prefix) => url.startsWith(prefix));
      if (!key) {
        page.__outside.push(url);
        return route.abort();
      }
      const type = STAND_INS[key].startsWith('<') ? 'text/html' : 'text/javascript';
      return route.fulfill({ status: 200, contentType: type, body: STAND_INS[key] });
    },
  );
}

/** How many requests the page made for `path`. */
const requested = (page, path) => page.__requests.filter((p) => p === path).length;
const loaded = (page) => page.evaluate(() => window.__loaded ?? []);
const waitLoaded = (page, name) => page.waitForFunction((n) => (window.__loaded ?? []).includes(n), name, { polling: 20 });
/** Waits for a console error matching `pattern` (fails after 5 s, listing the errors seen). */
/**
 * In the open preferences: Google Ad Manager listed, the embed behind the
 * YouTube placeholder and nothing loaded; then, once the reader accepts all,
 * Google Analytics' and Ad Manager's official tags.
 */
async function gatedUntilAccepted(page) {
  await vendorRow(page, 'Google Ad Manager (GPT)').waitFor();
  await page.getByRole('region', { name: 'YouTube : contenu bloqué', exact: true }).waitFor();
  await settle(page);
  assert.deepEqual(await loaded(page), []);
  assert.equal(await page.locator('#video').count(), 0);
  await dialogButton(page, 'Tout accepter').click();
  await waitLoaded(page, 'gtag:G-TEST1234');
  await waitLoaded(page, 'gpt');
}

async function waitError(p, pattern) {
  for (const end = Date.now() + 5000; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 50)))
    if (p.consoleErrors.some((e) => pattern.test(e))) return;
  assert.fail(`no error like ${pattern}; errors:\n${p.consoleErrors.join('\n')}`);
}
const vendorRow = (page, name) =>
  dialog(page)
    .getByRole('list', { name: /^Partenaires/ })
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });

/** A news article with presets named by id and parameters, and a YouTube embed pasted with `src` renamed `data-src`. */
function article({ config, head = '', body = '' }) {
  return doc({
    head: `${globalConfig({ privacyUrl: '/confidentialite', ...config })}${head}${PANEL}`,
    body: `<main><h1>Article</h1>
      <iframe id="video" width="560" height="315" data-src="https://www.youtube.com/embed/v1d30" title="Vidéo"></iframe>
      ${body}</main>`,
  });
}

const PRESET_CONFIG = {
  purposes: [
    { id: 'necessary', label: 'Fonctionnement', required: true },
    { id: 'analytics', label: 'Mesure d’audience', vendors: [{ preset: 'google-analytics', id: 'G-TEST1234' }] },
    { id: 'ads', label: 'Publicité', vendors: ['google-ad-manager'] },
    { id: 'social', label: 'Vidéos', vendors: ['youtube'] },
  ],
};

suite('vendor presets', () => {
  test('presets named by id fill in the vendors, load nothing before consent, then the official tags with Consent Mode', async () => {
    // An embed whose data-consent names its gate keeps it: the site's word wins over the preset's patterns.
    const own = '<iframe id="own" data-consent="ads" data-src="https://www.youtube.com/embed/own" title="Publicité vidéo"></iframe>';
    const p = await openPage(h, article({ config: PRESET_CONFIG, body: own }), { beforeGoto: routeVendors });
    const { page } = p;
    await button(page, 'Personnaliser').click();
    // The preset's name, retention and privacy link, as for any vendor.
    const ga = vendorRow(page, 'Google Analytics 4');
    await ga.waitFor();
    assert.match(await ga.innerText(), /Cookies : 2 ans/);
    assert.equal(await ga.getByRole('link').getAttribute('href'), 'https://policies.google.com/privacy');
    await vendorRow(page, 'YouTube').waitFor();
    await gatedUntilAccepted(page);
    await page.locator('#video[src="https://www.youtube.com/embed/v1d30"]').waitFor();
    assert.equal(await page.locator('#own').getAttribute('data-consent'), 'ads');
    const layer = await page.evaluate(() => window.dataLayer.map((args) => Array.from(args)));
    assert.deepEqual(layer[0], ['consent', 'default', { analytics_storage: 'denied' }]);
    assert.deepEqual(layer[1], ['consent', 'update', { analytics_storage: 'granted' }]);
    assert.ok(layer.some((args) => args[0] === 'config' && args[1] === 'G-TEST1234'));
    // Each preset's data came from dist/presets/<id>.js; nothing went anywhere else.
    assert.equal(requested(page, '/dist/presets/google-analytics.js'), 1);
    assert.deepEqual(page.__outside, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('withdrawal deletes the cookies the preset declares, and tells Consent Mode', async () => {
    const decided = {
      v: 1,
      id: '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b',
      revision: '',
      decidedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      purposes: { necessary: true, analytics: true, ads: false, social: false },
      vendors: { 'analytics/google-analytics': true, 'ads/google-ad-manager': false, 'social/youtube': false },
    };
    const p = await openPage(h, article({ config: PRESET_CONFIG }), {
      beforeGoto: routeVendors,
      storage: { 'consent-panel': decided },
    });
    const { page } = p;
    await waitLoaded(page, 'gtag:G-TEST1234');
    await page.evaluate(() => {
      document.cookie = '_ga=GA1.1.123; path=/';
      document.cookie = '_ga_TEST1234=GS1.1; path=/';
      document.cookie = 'kept=1; path=/';
    });
    await page.evaluate(() => window.consentPanel.rejectAll());
    await page.waitForFunction(() => !document.cookie.includes('_ga'));
    assert.equal(await page.evaluate(() => document.cookie), 'kept=1');
    const last = await page.evaluate(() => Array.from(window.dataLayer.at(-1)));
    assert.deepEqual(last, ['consent', 'update', { analytics_storage: 'denied' }]);
    assert.deepEqual(await loaded(page), ['gtag:G-TEST1234']);
  });

  test('bad presets and parameters are reported by field and value, dropped, and never load', async () => {
    const config = {
      purposes: [
        { id: 'necessary', label: 'Fonctionnement', vendors: ['google-ad-manager'] },
        {
          id: 'analytics',
          label: 'Mesure',
          vendors: ['youtub', { preset: 'google-analytics', id: 'UA-12345-1' }, { preset: 'google-tag-manager', id: 42 }],
        },
        { id: 'social', label: 'Vidéos', vendors: ['youtube', 'yt-mirror'] },
      ],
    };
    // A bundle built for the site, plus a preset whose embeds overlap YouTube's.
    const mirror = { id: 'yt-mirror', name: 'Mirror', embeds: ['https://www.youtube.com/*'] };
    const head = `<script>${bundlePresets(['youtube'])}(self.consentPanelPresets||=[]).push(${JSON.stringify(mirror)});</script>`;
    const p = await openPage(h, article({ config, head }), { beforeGoto: routeVendors });
    const { page } = p;
    const expected = [
      /purposes\[0\]\.vendors\[0\]\.preset: "google-ad-manager" does not belong under "necessary"; google-ad-manager dropped\./,
      /purposes\[1\]\.vendors\[0\]\.preset: "youtub" is not a known preset; youtub dropped\./,
      /purposes\[1\]\.vendors\[1\]\.id: "UA-12345-1" is not a Google Analytics 4 id .*; google-analytics dropped\./,
      /purposes\[1\]\.vendors\[2\]\.id: 42 is not a Google Tag Manager id .*; google-tag-manager dropped\./,
      /data-src: "https:\/\/www\.youtube\.com\/embed\/v1d30" matches the embeds of two presets \(youtube, yt-mirror\); not loaded\./,
    ];
    for (const pattern of expected) await waitError(p, pattern);
    await button(page, 'Tout accepter').click();
    await settle(page);
    assert.deepEqual(await loaded(page), []);
    assert.equal(await page.locator('#video').getAttribute('src'), null);
    // No request for the bundled presets, one (failed) for the unknown one.
    assert.equal(requested(page, '/dist/presets/youtube.js'), 0);
    assert.equal(requested(page, '/dist/presets/youtub.js'), 1);
    const record = await stored(page);
    assert.deepEqual(Object.keys(record.vendors).sort(), ['social/youtube', 'social/yt-mirror']);
    assert.deepEqual(page.__outside, []);
  });
});

suite('advertising pixels and Clarity (queue tags)', () => {
  const pixels = {
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      { id: 'analytics', label: 'Mesure d’audience', vendors: [{ preset: 'microsoft-clarity', id: 'clar1ty42' }] },
      {
        id: 'ads',
        label: 'Publicité',
        vendors: [
          { preset: 'meta-pixel', id: '123456789012345' },
          { preset: 'x-pixel', id: 'o1a2b' },
          { preset: 'tiktok-pixel', id: 'CJMB7ERC77U2JVNG7RF0' },
          { preset: 'linkedin-insight', id: '1234567' },
          { preset: 'snapchat-pixel', id: 'c9215353-76c9-4423-a615-21b4ac088222' },
          { preset: 'pinterest-tag', id: '2613041334883' },
        ],
      },
    ],
  };
  const EXPECTED = [
    'meta:123456789012345',
    'x:o1a2b',
    'tiktok:CJMB7ERC77U2JVNG7RF0',
    'linkedin:1234567:1234567:function',
    'snap:c9215353-76c9-4423-a615-21b4ac088222',
    'pinterest:2613041334883',
    'clarity:clar1ty42',
  ];
  const calls = (page) => page.evaluate(() => window.__calls);

  test('nothing before consent; each official tag from its URL with its id after; the vendors told as consent goes and comes', async () => {
    const p = await openPage(h, article({ config: pixels }), { beforeGoto: routeVendors });
    const { page } = p;
    await button(page, 'Tout accepter').waitFor();
    await settle(page);
    assert.deepEqual(await loaded(page), []);
    assert.deepEqual(
      await page.evaluate(() => [typeof fbq, typeof twq, typeof ttq, typeof snaptr, typeof pintrk, typeof clarity]),
      Array(6).fill('undefined'),
    );

    await button(page, 'Tout accepter').click();
    for (const name of EXPECTED) await waitLoaded(page, name);
    // Meta: consent granted, then the snippet's init and page view; TikTok its page view; Clarity its consent (Consent API v2).
    assert.deepEqual((await calls(page)).meta, [
      ['consent', 'grant'],
      ['init', '123456789012345'],
      ['track', 'PageView'],
    ]);
    assert.deepEqual((await calls(page)).tiktok, ['grantConsent', 'page']);
    assert.deepEqual((await calls(page)).clarity, [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);

    await page.evaluate(() => window.consentPanel.rejectAll());
    await page.waitForFunction(() => window.__calls.meta.at(-1)?.[1] === 'revoke');
    assert.equal((await calls(page)).tiktok.at(-1), 'revokeConsent');
    assert.deepEqual((await calls(page)).clarity.at(-1), ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]);

    await page.evaluate(() => window.consentPanel.acceptAll());
    await page.waitForFunction(() => window.__calls.meta.at(-1)?.[1] === 'grant');
    assert.equal((await calls(page)).tiktok.at(-1), 'grantConsent');
    assert.deepEqual((await calls(page)).clarity.at(-1), ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
    // Each tag loaded once, nothing went anywhere else.
    assert.deepEqual((await loaded(page)).sort(), [...EXPECTED].sort());
    assert.deepEqual(page.__outside, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a pixel id of the wrong shape is reported by field and value, and that vendor never loads', async () => {
    const config = structuredClone(pixels);
    config.purposes[2].vendors[0].id = '12345abc';
    config.purposes[2].vendors[2].id = 'cjmb7erc77u2jvng7rf0';
    config.purposes[1].vendors[0].id = 'https://evil.example/x';
    const p = await openPage(h, article({ config }), { beforeGoto: routeVendors });
    const { page } = p;
    await waitError(p, /purposes\[2\]\.vendors\[0\]\.id: "12345abc" is not a Meta Pixel id .*; meta-pixel dropped\./);
    await waitError(p, /purposes\[2\]\.vendors\[2\]\.id: "cjmb7erc77u2jvng7rf0" is not a TikTok Pixel id .*; tiktok-pixel dropped\./);
    await waitError(
      p,
      /purposes\[1\]\.vendors\[0\]\.id: "https:\/\/evil\.example\/x" is not a Microsoft Clarity id .*; microsoft-clarity dropped\./,
    );
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'x:o1a2b');
    await waitLoaded(page, 'pinterest:2613041334883');
    await settle(page);
    const names = (await loaded(page)).map((name) => name.split(':')[0]);
    assert.deepEqual(
      names.filter((name) => ['meta', 'tiktok', 'clarity'].includes(name)),
      [],
    );
    assert.deepEqual(await page.evaluate(() => [typeof fbq, typeof ttq, typeof clarity]), ['undefined', 'undefined', 'undefined']);
    assert.deepEqual(page.__outside, []);
  });
});

suite('exempt audience measurement', () => {
  const exemptConfig = (vendor) => ({
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      { id: 'audience', label: 'Mesure d’audience exemptée', exempt: true, vendors: [vendor] },
      { id: 'analytics', label: 'Mesure d’audience détaillée' },
    ],
  });
  const piano = { preset: 'piano-analytics', site: '123456', collectDomain: 'https://logs.journal.example' };
  const modes = (page) => page.evaluate(() => (window.__pa ?? []).filter((c) => c.startsWith('mode ')));

  test('Piano runs in essential mode before a decision and after "Tout refuser", opt-in with consent, opt-out after an objection', async () => {
    const p = await openPage(h, article({ config: exemptConfig(piano) }), { beforeGoto: routeVendors });
    const { page } = p;
    await waitLoaded(page, 'piano');
    await page.waitForFunction(() => (window.__pa ?? []).includes('mode essential'));
    assert.deepEqual(await page.evaluate(() => window.pdl), { requireConsent: 'v2', consent: { defaultPreset: { PA: 'essential' } } });
    assert.deepEqual((await page.evaluate(() => window.__pa)).slice(0, 3), [
      'config 123456 https://logs.journal.example',
      'mode essential',
      'event page.display',
    ]);

    // "Tout refuser" refuses consent and does not object.
    await button(page, 'Tout refuser').click();
    await settle(page);
    assert.deepEqual(await modes(page), ['mode essential']);
    assert.equal((await stored(page)).vendors['audience/piano-analytics'], true);

    // Consent to the detailed measurement: opt-in.
    await page.evaluate(() => window.consentPanel.set({ analytics: true }));
    await page.waitForFunction(() => (window.__pa ?? []).includes('mode opt-in'));

    // The switch starts on, says the measurement is exempt; turning it off is an objection.
    await panel(page).getByRole('button', { name: 'Gérer mes cookies', exact: true }).click();
    const exemptSwitch = switchNamed(page, 'Mesure d’audience exemptée');
    assert.equal(await exemptSwitch.getAttribute('aria-checked'), 'true');
    await dialog(page)
      .getByText(/Exemptée de consentement/)
      .waitFor();
    await exemptSwitch.click();
    await dialogButton(page, 'Enregistrer mes choix').click();
    await page.waitForFunction(() => (window.__pa ?? []).includes('mode opt-out'));
    assert.equal((await stored(page)).purposes.audience, false);

    // The objection is honoured on the next page: nothing loads.
    await page.reload();
    await page.evaluate(() => window.consentPanel.ready);
    await settle(page, 500);
    assert.deepEqual(await loaded(page), []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('Matomo tracks cookieless without consent, sets cookies with it, and sends nothing after an objection', async () => {
    const matomo = { preset: 'matomo', url: 'https://stats.journal.example/', siteId: '7' };
    const p = await openPage(h, article({ config: exemptConfig(matomo) }), { beforeGoto: routeVendors });
    const { page } = p;
    await waitLoaded(page, 'matomo');
    const paq = () => page.evaluate(() => window._paq.map((c) => c[0]));
    assert.deepEqual((await paq()).slice(0, 5), [
      'requireCookieConsent',
      'setTrackerUrl',
      'setSiteId',
      'trackPageView',
      'enableLinkTracking',
    ]);
    assert.deepEqual(await page.evaluate(() => window._paq[1]), ['setTrackerUrl', 'https://stats.journal.example/matomo.php']);
    await page.evaluate(() => window.consentPanel.set({ analytics: true }));
    await page.waitForFunction(() => window._paq.some((c) => c[0] === 'setCookieConsentGiven'));
    await page.evaluate(() => window.consentPanel.set({ audience: false }));
    await page.waitForFunction(() => window._paq.some((c) => c[0] === 'forgetConsentGiven'));
    assert.deepEqual((await paq()).slice(-3), ['forgetCookieConsentGiven', 'requireConsent', 'forgetConsentGiven']);
  });

  test('an ad vendor cannot be exempt', async () => {
    const p = await openPage(h, article({ config: exemptConfig('criteo') }), { beforeGoto: routeVendors });
    await waitError(p, /purposes\[1\]\.vendors\[0\]\.preset: "criteo" cannot be exempt from consent/);
    await settle(p.page);
    assert.deepEqual(await loaded(p.page), []);
  });
});

suite('tag loader kinds, each its own piece', () => {
  const piece = (name) => readFileSync(new URL(`../../dist/presets/kind-${name}.js`, import.meta.url), 'utf8').trim();
  const kindsRequested = (page) => page.__requests.filter((path) => path.startsWith('/dist/presets/kind-')).sort();
  const config = (ads) => ({
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      { id: 'analytics', label: 'Mesure d’audience', vendors: [{ preset: 'google-analytics', id: 'G-TEST1234' }] },
      { id: 'ads', label: 'Publicité', ...(ads.length ? { vendors: ads } : {}) },
      { id: 'social', label: 'Vidéos', vendors: ['youtube'] },
    ],
  });

  test('a bundle built for the site carries the kinds its presets use and no other; nothing more is fetched', async () => {
    const bundle = bundlePresets(['google-analytics', 'youtube', 'google-ad-manager']);
    assert.ok(bundle.includes(piece('gtag')), 'the gtag kind is in the bundle');
    for (const other of ['queue', 'piano', 'matomo']) assert.ok(!bundle.includes(piece(other)), `no ${other} kind in the bundle`);
    const p = await openPage(h, article({ config: config(['google-ad-manager']), head: `<script>${bundle}</script>` }), {
      beforeGoto: routeVendors,
    });
    const { page } = p;
    await button(page, 'Tout accepter').waitFor();
    await settle(page);
    assert.deepEqual(await loaded(page), []);
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    await waitLoaded(page, 'gpt');
    assert.ok((await page.evaluate(() => window.dataLayer.map((args) => Array.from(args)))).some((a) => a[0] === 'config'));
    // Neither a preset's data nor a kind was fetched: the bundle had them all.
    assert.deepEqual(
      page.__requests.filter((path) => path.startsWith('/dist/presets/')),
      [],
    );
    assert.deepEqual(p.consoleErrors, []);
  });

  test('without a bundle, the module fetches the kinds its presets need alongside their data, before any consent, and only those', async () => {
    const ads = [{ preset: 'meta-pixel', id: '123456789012345' }, 'google-ad-manager'];
    const p = await openPage(h, article({ config: config(ads) }), { beforeGoto: routeVendors });
    const { page } = p;
    await button(page, 'Tout accepter').waitFor();
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/presets/kind-')).length == 2);
    await settle(page);
    // Fetched with the presets' data, while the first layer shows: no tag loaded, no vendor global defined yet.
    assert.deepEqual(kindsRequested(page), ['/dist/presets/kind-gtag.js', '/dist/presets/kind-queue.js']);
    assert.deepEqual(await loaded(page), []);
    assert.deepEqual(await page.evaluate(() => [typeof fbq, typeof gtag]), ['undefined', 'undefined']);
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    await waitLoaded(page, 'meta:123456789012345');
    assert.deepEqual(kindsRequested(page), ['/dist/presets/kind-gtag.js', '/dist/presets/kind-queue.js']);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a bundle of the presets’ data only (made before the kinds were pieces): the module fetches the kind, not the data', async () => {
    const dataOnly = `(self.consentPanelPresets||=[]).push(${JSON.stringify(runtimeForm(JSON.parse(readFileSync(new URL('../../presets/google-analytics.json', import.meta.url), 'utf8'))))});`;
    const p = await openPage(h, article({ config: config([]), head: `<script>${dataOnly}</script>` }), { beforeGoto: routeVendors });
    const { page } = p;
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    assert.deepEqual(kindsRequested(page), ['/dist/presets/kind-gtag.js']);
    assert.equal(requested(page, '/dist/presets/google-analytics.js'), 0);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a kind that cannot be fetched is reported, and its tag never loads', async () => {
    const p = await openPage(h, article({ config: config([]) }), {
      beforeGoto: async (page) => {
        await routeVendors(page);
        await page.route('**/dist/presets/kind-gtag.js*', (route) => route.fulfill({ status: 404, body: 'missing' }));
      },
    });
    const { page } = p;
    await waitError(p, /presets: "kind-gtag\.js" did not load/);
    await button(page, 'Tout accepter').click();
    await settle(page, 300);
    assert.deepEqual(await loaded(page), []);
  });
});

suite('Poool (Audit.js), Batch (web push) and Teads', () => {
  const VAPID = `B${'Ab0'.repeat(28)}=`;
  const config = (batch = {}) => ({
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      {
        id: 'personalization',
        label: 'Personnalisation',
        vendors: [
          { preset: 'poool', appId: 'ABCDE-12345', pageType: 'premium' },
          {
            preset: 'batch',
            apiKey: '0123456789ABCDEF0123456789ABCDEF',
            subdomain: 'journal',
            authKey: '2.AbCdEf/GhIj+KlMn=',
            vapidPublicKey: VAPID,
            ...batch,
          },
        ],
      },
    ],
  });
  const calls = (page) => page.evaluate(() => window.__calls ?? {});

  test('neither tag before consent; each from its real URL with its parameters once granted; Poool told of a withdrawal', async () => {
    const p = await openPage(h, article({ config: config() }), { beforeGoto: routeVendors });
    const { page } = p;
    await button(page, 'Tout accepter').waitFor();
    await settle(page);
    assert.deepEqual(await loaded(page), []);
    assert.equal(requested(page, '/v4/bootstrap.min.js') + requested(page, '/audit.min.js'), 0);
    assert.deepEqual(await page.evaluate(() => [typeof batchSDK, typeof PooolAudit]), ['undefined', 'undefined']);
    // The preferences list both, with their privacy links.
    await button(page, 'Personnaliser').click();
    await vendorRow(page, 'Poool').waitFor();
    await vendorRow(page, 'Batch').waitFor();

    await dialogButton(page, 'Tout accepter').click();
    await waitLoaded(page, 'batch:0123456789ABCDEF0123456789ABCDEF');
    await waitLoaded(page, 'poool');
    await page.waitForFunction(() => window.__calls?.poool?.length === 3);
    assert.deepEqual((await calls(page)).batch, [
      [
        'setup',
        { apiKey: '0123456789ABCDEF0123456789ABCDEF', subdomain: 'journal', authKey: '2.AbCdEf/GhIj+KlMn=', vapidPublicKey: VAPID },
      ],
    ]);
    assert.deepEqual((await calls(page)).poool, ['init ABCDE-12345', 'config {"cookies_enabled":true}', 'event page-view premium']);

    // Poool's consent switch follows a withdrawal and a new grant; Batch documents none (its storage goes with the clean-up).
    await page.evaluate(() => window.consentPanel.rejectAll());
    await page.waitForFunction(() => window.__calls.poool.at(-1) === 'config {"cookies_enabled":false}');
    await page.evaluate(() => window.consentPanel.acceptAll());
    await page.waitForFunction(() => window.__calls.poool.at(-1) === 'config {"cookies_enabled":true}');
    assert.deepEqual((await calls(page)).batch.length, 1);
    assert.deepEqual((await loaded(page)).sort(), ['batch:0123456789ABCDEF0123456789ABCDEF', 'poool']);
    // Each came with the piece of its kind: queue and poool, fetched once.
    assert.equal(requested(page, '/dist/presets/kind-queue.js'), 1);
    assert.equal(requested(page, '/dist/presets/kind-poool.js'), 1);
    assert.deepEqual(page.__outside, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('Teads: its page tag for the page id, only once its gate is granted; a page id of the wrong shape is reported', async () => {
    const ads = (pageId) => ({
      purposes: [
        { id: 'necessary', label: 'Fonctionnement', required: true },
        { id: 'ads', label: 'Publicité', vendors: [{ preset: 'teads', pageId }] },
      ],
    });
    const p = await openPage(h, article({ config: ads('12345') }), { beforeGoto: routeVendors });
    const { page } = p;
    await button(page, 'Tout accepter').waitFor();
    await settle(page);
    assert.deepEqual(await loaded(page), []);
    assert.equal(requested(page, '/page/12345/tag'), 0);
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'teads:12345');
    assert.equal(requested(page, '/page/12345/tag'), 1);
    assert.deepEqual(p.consoleErrors, []);

    const q = await openPage(h, article({ config: ads('12345/../evil') }), { beforeGoto: routeVendors });
    await waitError(q, /purposes\[1\]\.vendors\[0\]\.pageId: "12345\/\.\.\/evil" is not a Teads pageId .*; teads dropped\./);
    await button(q.page, 'Tout accepter').click();
    await settle(q.page);
    assert.deepEqual(await loaded(q.page), []);
  });

  test('a Batch key of the wrong shape is reported by field and value, and Batch never loads', async () => {
    const p = await openPage(h, article({ config: config({ apiKey: 'key"with quotes' }) }), { beforeGoto: routeVendors });
    const { page } = p;
    await waitError(p, /purposes\[1\]\.vendors\[1\]\.apiKey: "key\\"with quotes" is not a Batch apiKey .*; batch dropped\./);
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'poool');
    await settle(page);
    assert.deepEqual(await loaded(page), ['poool']);
    assert.equal(await page.evaluate(() => typeof batchSDK), 'undefined');
  });
});

suite('Médiamétrie eStat (a constructor once its library has loaded)', () => {
  const config = (vendor) => ({
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      { id: 'analytics', label: 'Mesure d’audience', vendors: [vendor] },
    ],
  });

  test('not fetched before consent; once granted, its library, one eStatTag with the serial and levels given, and one post()', async () => {
    const vendor = { preset: 'mediametrie-estat', serial: '123456789012', level1: 'Actualités', level3: 'Article' };
    const p = await openPage(h, article({ config: config(vendor) }), { beforeGoto: routeVendors });
    const { page } = p;
    await button(page, 'Tout accepter').waitFor();
    await settle(page);
    assert.equal(requested(page, '/js/mu-5.2.js'), 0);
    assert.equal(await page.evaluate(() => typeof eStatTag), 'undefined');
    // The preferences list it with its privacy link.
    await button(page, 'Personnaliser').click();
    await vendorRow(page, 'Médiamétrie eStat').waitFor();

    await dialogButton(page, 'Tout accepter').click();
    await waitLoaded(page, 'estat');
    await page.waitForFunction(() => window.__calls?.estat?.includes('post'));
    await settle(page);
    // The levels not given are left out.
    assert.deepEqual((await page.evaluate(() => window.__calls)).estat, [
      `new ${JSON.stringify({ serial: '123456789012', measure: 'page', levels: { level_1: 'Actualités', level_3: 'Article' } })}`,
      'post',
    ]);
    assert.equal(requested(page, '/js/mu-5.2.js'), 1);
    // Withdrawn and granted again: the tag is not made or posted a second time.
    await page.evaluate(() => window.consentPanel.rejectAll());
    await page.evaluate(() => window.consentPanel.acceptAll());
    await settle(page);
    assert.equal((await page.evaluate(() => window.__calls)).estat.length, 2);
    assert.equal(requested(page, '/dist/presets/kind-construct.js'), 1);
    assert.deepEqual(page.__outside, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a serial or a level of the wrong shape is reported by field and value, and nothing loads', async () => {
    for (const [field, vendor] of [
      ['serial', { preset: 'mediametrie-estat', serial: '12345' }],
      ['level2', { preset: 'mediametrie-estat', serial: '123456789012', level2: 'javascript:alert(1)' }],
    ]) {
      const p = await openPage(h, article({ config: config(vendor) }), { beforeGoto: routeVendors });
      const { page } = p;
      const value = JSON.stringify(vendor[field]).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      await waitError(
        p,
        new RegExp(
          `purposes\\[1\\]\\.vendors\\[0\\]\\.${field}: ${value} is not a Médiamétrie eStat ${field} .*; mediametrie-estat dropped\\.`,
        ),
      );
      await button(page, 'Tout accepter').click();
      await settle(page);
      assert.deepEqual(await loaded(page), []);
      assert.equal(requested(page, '/js/mu-5.2.js'), 0);
      assert.equal(await page.evaluate(() => typeof eStatTag), 'undefined');
    }
  });

  test('it cannot sit under an exempt purpose: no public page of Médiamétrie’s says it may', async () => {
    const exempt = {
      purposes: [
        { id: 'necessary', label: 'Fonctionnement', required: true },
        {
          id: 'audience',
          label: 'Mesure d’audience exemptée',
          exempt: true,
          vendors: [{ preset: 'mediametrie-estat', serial: '123456789012' }],
        },
      ],
    };
    const p = await openPage(h, article({ config: exempt }), { beforeGoto: routeVendors });
    await waitError(p, /purposes\[1\]\.vendors\[0\]\.preset: "mediametrie-estat" cannot be exempt from consent/);
    await settle(p.page);
    assert.deepEqual(await loaded(p.page), []);
  });
});

suite('a site’s presets file (the module, its kinds and its presets in one file)', () => {
  const config = (ads = ['google-ad-manager']) => ({
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      { id: 'analytics', label: 'Mesure d’audience', vendors: [{ preset: 'google-analytics', id: 'G-TEST1234' }] },
      { id: 'ads', label: 'Publicité', vendors: ads },
      { id: 'social', label: 'Vidéos', vendors: ['youtube'] },
    ],
  });
  /** What the page fetched for its presets besides its own file: the module, a preset, a kind. */
  const fetchedForPresets = (page) =>
    page.__requests.filter((path) => path.startsWith('/dist/presets/') || path === '/dist/consent-panel-presets.js');
  /** On `html`, "Tout accepter" loads Google Analytics' tag and the YouTube video, with nothing fetched for the presets and no error. */
  async function acceptedWithNothingFetched(html) {
    const p = await openPage(h, html, { beforeGoto: routeVendors });
    await button(p.page, 'Tout accepter').click();
    await waitLoaded(p.page, 'gtag:G-TEST1234');
    await p.page.locator('#video[src]').waitFor({ state: 'attached' });
    assert.deepEqual(fetchedForPresets(p.page), []);
    assert.deepEqual(p.consoleErrors, []);
  }

  test('served before the drop-in script: nothing more is fetched; tags after consent, embeds behind their placeholder', async () => {
    h.server.page('/site/consent-presets.js', siteFile(['google-analytics', 'google-ad-manager', 'youtube']), {
      headers: { 'content-type': 'text/javascript' },
    });
    const p = await openPage(h, article({ config: config(), head: '<script src="/site/consent-presets.js"></script>' }), {
      beforeGoto: routeVendors,
    });
    const { page } = p;
    await button(page, 'Personnaliser').click();
    // The presets' names and links, from the file.
    await vendorRow(page, 'Google Analytics 4').waitFor();
    await gatedUntilAccepted(page);
    await page.locator('#video[src="https://www.youtube.com/embed/v1d30"]').waitFor({ state: 'attached' });
    assert.ok((await page.evaluate(() => window.dataLayer.map((args) => Array.from(args)))).some((a) => a[0] === 'config'));
    assert.deepEqual(fetchedForPresets(page), []);
    assert.equal(requested(page, '/site/consent-presets.js'), 1);
    assert.deepEqual(page.__outside, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('inlined in <head>, the drop-in script at the end of <body>: the same, nothing fetched', async () => {
    const head = `<script>${siteFile(['google-analytics', 'youtube'])}</script>`;
    const html = doc({
      head: `${globalConfig({ privacyUrl: '/confidentialite', ...config([]) })}${head}`,
      body: `<iframe id="video" data-src="https://www.youtube.com/embed/v1d30" title="Vidéo"></iframe>${PANEL}`,
    });
    await acceptedWithNothingFetched(html);
  });

  test('with the configuration in the <consent-panel> element, known once the page is parsed: the same, nothing fetched', async () => {
    const json = JSON.stringify({ privacyUrl: '/confidentialite', ...config([]) }).replaceAll('</', '<\\/');
    const html = doc({
      head: `<script>${siteFile(['google-analytics', 'youtube'])}</script>${PANEL}`,
      body: `<iframe id="video" data-src="https://www.youtube.com/embed/v1d30" title="Vidéo"></iframe>
        <consent-panel><script type="application/json">${json}</script></consent-panel>`,
    });
    await acceptedWithNothingFetched(html);
  });

  test('under a strict CSP, inlined with the page’s nonce: the tags load with that nonce, and nothing is blocked', async () => {
    const CSP = { 'Content-Security-Policy': "script-src 'self' 'nonce-abc'; style-src 'self'" };
    const config = JSON.stringify({ privacyUrl: '/confidentialite', ...PRESET_CONFIG });
    const html = doc({
      head: `<script nonce="abc">window.consentPanelConfig = ${config};</script>
        <script nonce="abc">${siteFile(['google-analytics', 'google-ad-manager', 'youtube'])}</script>
        <script nonce="abc" src="${PANEL_SRC}"></script>`,
      body: '<iframe id="video" data-src="https://www.youtube.com/embed/v1d30" title="Vidéo"></iframe>',
    });
    const p = await openPage(h, html, { beforeGoto: routeVendors, headers: CSP });
    const { page } = p;
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    await waitLoaded(page, 'gpt');
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('script[src^="https://"]')].map((s) => s.nonce)), [
      'abc',
      'abc',
    ]);
    assert.deepEqual(fetchedForPresets(page), []);
    assert.deepEqual(
      p.consoleErrors.filter((e) => /Content Security Policy/i.test(e)),
      [],
    );
    assert.deepEqual(p.consoleErrors, []);
  });

  /** `node scripts/presets/bundle.mjs …args`, as a site runs it: its output, and what it said on stderr. */
  const bundleCommand = (...args) => {
    const script = fileURLToPath(new URL('../../scripts/presets/bundle.mjs', import.meta.url));
    return execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
  const RETENTION = Object.fromEntries(
    readPresets()
      .filter(({ preset }) => ['google-analytics', 'youtube'].includes(preset.id))
      .map(({ preset }) => [preset.id, preset.retention]),
  );
  /** The page of a site whose panel's language is fixed (`lang`), its presets file served before the drop-in script. */
  async function siteWithFile(lang, file) {
    h.server.page(`/site/consent-presets-${lang}.js`, file, { headers: { 'content-type': 'text/javascript' } });
    const p = await openPage(
      h,
      article({ config: { lang, ...config([]) }, head: `<script src="/site/consent-presets-${lang}.js"></script>` }),
      { beforeGoto: routeVendors },
    );
    await p.page.evaluate(() => window.consentPanel.open());
    return p;
  }

  test('built for a French site (bundle.mjs --lang fr): its presets’ texts in French only, shown in the preferences, no warning', async () => {
    const file = bundleCommand('--lang', 'fr', 'google-analytics', 'youtube');
    for (const { fr, en } of Object.values(RETENTION)) {
      assert.ok(file.includes(JSON.stringify(fr)), fr);
      assert.ok(!file.includes(JSON.stringify(en)), en);
    }
    assert.ok(file.length < siteFile(['google-analytics', 'youtube']).length);
    const p = await siteWithFile('fr', file);
    const { page } = p;
    assert.equal(
      await vendorRow(page, 'Google Analytics 4').locator('small').innerText(),
      `Conservation : ${RETENTION['google-analytics'].fr}`,
    );
    assert.equal(await vendorRow(page, 'YouTube').locator('small').innerText(), `Conservation : ${RETENTION.youtube.fr}`);
    await dialogButton(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(p.consoleWarnings, []);
  });

  test('built for a German site (--lang de): the English texts the panel would fall back on, with no warning on the page', async () => {
    const file = bundleCommand('--lang', 'de', 'google-analytics', 'youtube');
    assert.ok(!file.includes(JSON.stringify(RETENTION.youtube.fr)));
    const p = await siteWithFile('de', file);
    const { page } = p;
    const row = dialog(page)
      .getByRole('listitem')
      .filter({ has: page.getByText('YouTube', { exact: true }) });
    assert.equal(await row.locator('small').innerText(), `Speicherdauer: ${RETENTION.youtube.en}`);
    // The same page with every language's texts (no --lang) warns, once per text, that none is in German.
    const all = await siteWithFile('de', bundleCommand('google-analytics', 'youtube'));
    await all.page.getByText(RETENTION.youtube.en).waitFor();
    assert.equal(all.consoleWarnings.filter((w) => /no "de" text/.test(w)).length, 2);
    assert.deepEqual(p.consoleWarnings, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a preset the file lacks is reported and its vendor dropped, without fetching anything', async () => {
    const head = `<script>${siteFile(['google-analytics', 'youtube'])}</script>`;
    const p = await openPage(h, article({ config: config(['google-ad-manager', 'criteo']), head }), { beforeGoto: routeVendors });
    const { page } = p;
    await waitError(p, /purposes\[2\]\.vendors\[0\]\.preset: "google-ad-manager" is not a known preset; google-ad-manager dropped\./);
    await waitError(p, /purposes\[2\]\.vendors\[1\]\.preset: "criteo" is not a known preset; criteo dropped\./);
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    await settle(page);
    assert.deepEqual(await loaded(page), ['gtag:G-TEST1234']);
    assert.deepEqual(fetchedForPresets(page), []);
    assert.deepEqual(Object.keys((await stored(page)).vendors).sort(), ['analytics/google-analytics', 'social/youtube']);
  });
});

suite('what page code puts in the registry', () => {
  const config = (vendors) => ({
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      { id: 'analytics', label: 'Mesure d’audience', vendors },
    ],
  });

  test('anything but an object pushed to self.consentPanelPresets is reported and ignored, before or after the module runs', async () => {
    const head = `<script>(self.consentPanelPresets ||= []).push(null, 'x');</script>`;
    const p = await openPage(h, article({ config: config([{ preset: 'google-analytics', id: 'G-TEST1234' }]), head }), {
      beforeGoto: routeVendors,
    });
    const { page } = p;
    await waitError(p, /consentPanelPresets: null is not a preset; ignored\./);
    await waitError(p, /consentPanelPresets: "x" is not a preset; ignored\./);
    // Once the module runs, the registry takes pushes at once: nothing is thrown back at the page.
    await page.waitForFunction(() => !Array.isArray(self.consentPanelPresets));
    assert.equal(await page.evaluate(() => (self.consentPanelPresets.push(42), 'no throw')), 'no throw');
    await waitError(p, /consentPanelPresets: 42 is not a preset; ignored\./);
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    assert.deepEqual(p.pageErrors, []);
  });

  test('without a presets file, a hand-made preset of a kind no configured preset of the catalogue needs gets that kind’s piece', async () => {
    // Kind queue, which Google Analytics (kind gtag) does not need: the module fetches its piece for this preset alone.
    const handMade = {
      id: 'home-pixel',
      name: 'Pixel maison',
      tag: { kind: 'queue', src: 'https://static.ads-twitter.com/uwt.js', stub: { fn: 'twq', call: 'exe' }, calls: [['config', 'home1']] },
    };
    const head = `<script>(self.consentPanelPresets ||= []).push(${JSON.stringify(handMade)});</script>`;
    const p = await openPage(h, article({ config: config([{ preset: 'google-analytics', id: 'G-TEST1234' }, 'home-pixel']), head }), {
      beforeGoto: routeVendors,
    });
    const { page } = p;
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/presets/kind-queue.js')));
    await settle(page);
    assert.deepEqual(await loaded(page), []);
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    await waitLoaded(page, 'x:home1');
    assert.equal(requested(page, '/dist/presets/kind-queue.js'), 1);
    assert.deepEqual(Object.keys((await stored(page)).vendors).sort(), ['analytics/google-analytics', 'analytics/home-pixel']);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a hand-made preset whose tag is of an unknown kind is reported, naming it and the kind, and loads nothing', async () => {
    const handMade = {
      id: 'home-made',
      name: 'Maison',
      tag: { kind: 'rocket', src: 'https://securepubads.g.doubleclick.net/tag/js/gpt.js' },
    };
    const head = `<script>(self.consentPanelPresets ||= []).push(${JSON.stringify(handMade)});</script>`;
    const p = await openPage(h, article({ config: config(['home-made', { preset: 'google-analytics', id: 'G-TEST1234' }]), head }), {
      beforeGoto: routeVendors,
    });
    const { page } = p;
    await waitError(p, /purposes\[1\]\.vendors\[0\]\.preset: "home-made" has a tag of unknown kind "rocket"; home-made dropped\./);
    await button(page, 'Tout accepter').click();
    await waitLoaded(page, 'gtag:G-TEST1234');
    await settle(page);
    assert.deepEqual(await loaded(page), ['gtag:G-TEST1234']);
    assert.deepEqual(Object.keys((await stored(page)).vendors), ['analytics/google-analytics']);
    assert.deepEqual(p.pageErrors, []);
  });
});
