// Google Consent Mode v2 on the news page: what lands on window.dataLayer, in
// which order relative to the gated tags (the stand-ins push a marker when
// they run), in the format gtag.js reads (`arguments` objects), on a first
// visit, a returning visit and every change; a custom map; and the inline
// default that README.md gives for pages whose Google tags load before the panel.
/* global consentPanel */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { projectRoot, setup } from './harness.mjs';
import { PANEL_SRC, suite, test } from './helpers.mjs';
import {
  PANEL,
  adsTag,
  analyticsTag,
  article,
  assertNoPageErrors,
  banner,
  changes,
  dataLayer,
  dialogButton,
  embeds,
  errorsMatching,
  openArticle,
  openPreferences,
  placeholder,
  serveEmbeds,
  settle,
  switchNamed,
  vendorConfig,
  waitThirdParty,
} from './third-party-helpers.mjs';

let h;
before(async () => {
  h = await setup({ hosts: true });
  serveEmbeds(h);
});
after(() => h?.teardown());

const TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'personalization_storage', 'functionality_storage'];
/** The seven types: those listed granted, the others denied, security_storage always granted. */
const state = (...granted) => ({
  ...Object.fromEntries(TYPES.map((type) => [type, granted.includes(type) ? 'granted' : 'denied'])),
  security_storage: 'granted',
});
const ALL = TYPES;

const consentDefault = (extra = {}) => ({ args: ['consent', 'default', { ...state(), wait_for_update: 500, ...extra }] });
const consentUpdate = (...granted) => ({ args: ['consent', 'update', state(...granted)] });
const marker = (event) => ({ object: { event } });

/** A gated inline tag that pushes its own marker onto the dataLayer when it runs. */
const gatedMarker = (event, gate) =>
  `<script type="text/plain" data-consent="${gate}">(window.dataLayer ||= []).push({ event: ${JSON.stringify(event)} });</script>`;

const page$ = ({ gcm = true, early = '', body = '', config = {} } = {}) =>
  article({
    config: vendorConfig(h, { googleConsentMode: gcm, ...config }),
    early,
    head: `${analyticsTag(h)}\n${adsTag(h)}`,
    top: embeds(h),
    body: `${gatedMarker('inline-analytics', 'analytics')}${body}`,
  });

/** True when every dataLayer entry that is a gtag command is an `arguments` object. */
const commandsAreArguments = (page) =>
  page.evaluate(() =>
    window.dataLayer
      .filter((e) => typeof e === 'object' && (e[0] === 'consent' || e[0] === 'set'))
      .every((e) => Object.prototype.toString.call(e) === '[object Arguments]'),
  );

suite('Google Consent Mode v2', () => {
  test('first visit: the denied default, on a dataLayer the panel creates, before any gated tag; the update before the tags that consent releases', async () => {
    const early = `<script>window.__hadDataLayer = 'dataLayer' in window;</script>`;
    const p = await openArticle(h, page$({ early }));
    const { page } = p;
    await banner(page, 'Tout accepter').waitFor();
    await settle(page);
    assert.equal(await page.evaluate(() => window.__hadDataLayer), false);
    assert.deepEqual(await dataLayer(page), [consentDefault()], 'only the default until the reader decides');
    assert.equal(await page.evaluate(() => Object.prototype.toString.call(window.dataLayer[0])), '[object Arguments]');

    await banner(page, 'Tout accepter').click();
    await waitThirdParty(page, 'analytics');
    await waitThirdParty(page, 'ads');
    const layer = await dataLayer(page);
    assert.deepEqual(layer.slice(0, 2), [consentDefault(), consentUpdate(...ALL)]);
    assert.deepEqual(
      layer
        .slice(2)
        .map((e) => e.object.event)
        .sort(),
      ['ads-ran', 'analytics-ran', 'inline-analytics'],
      'the gated tags push their markers after the update',
    );
    assert.equal(await commandsAreArguments(page), true);
    assertNoPageErrors(p);
  });

  test("returning reader: the page's own dataLayer is kept, and the update restoring the decision comes before the gated tags run", async () => {
    const early = `<script>window.dataLayer = [{ event: 'page-ready' }];</script>`;
    const p = await openArticle(h, page$({ early }));
    const { page } = p;
    await banner(page, 'Personnaliser').click();
    await switchNamed(page, 'Mesure d’audience').click();
    await dialogButton(page, 'Enregistrer mes choix').click();
    await waitThirdParty(page, 'analytics');

    await page.reload();
    await waitThirdParty(page, 'analytics');
    await page.waitForFunction(() => window.dataLayer.some((e) => e.event === 'inline-analytics'));
    await settle(page);
    const layer = await dataLayer(page);
    assert.deepEqual(layer.slice(0, 3), [marker('page-ready'), consentDefault(), consentUpdate('analytics_storage')]);
    assert.deepEqual(
      layer
        .slice(3)
        .map((e) => e.object.event)
        .sort(),
      ['analytics-ran', 'inline-analytics'],
      'ads stays refused: its tag never ran',
    );
    assert.equal(await commandsAreArguments(page), true);
  });

  test('every change sends an update, vendors included; a withdrawal sends the types back to denied', async () => {
    const p = await openArticle(h, page$());
    const { page } = p;
    await placeholder(page, 'YouTube').getByRole('button', { name: 'Autoriser et afficher', exact: true }).click();
    await changes(page, 1);
    // social has no consent type in the default map: the update says what is granted, so still nothing.
    assert.deepEqual((await dataLayer(page)).slice(1), [consentUpdate()]);

    await page.evaluate(() => consentPanel.acceptAll());
    await waitThirdParty(page, 'ads');
    await page.evaluate(() => consentPanel.set({ 'ads/ad-network': false }));
    await openPreferences(page);
    await dialogButton(page, 'Tout refuser').click();
    await changes(page, 4);
    const updates = (await dataLayer(page)).filter((e) => e.args?.[1] === 'update');
    assert.deepEqual(updates, [
      consentUpdate(),
      consentUpdate(...ALL),
      consentUpdate('analytics_storage', 'personalization_storage', 'functionality_storage'),
      consentUpdate(),
    ]);
  });

  test('a custom map (with vendor gates), region, waitForUpdate, redaction and passthrough', async () => {
    const gcm = {
      map: {
        'analytics/google-analytics': ['analytics_storage'],
        ads: ['ad_storage', 'ad_personalization'],
        'social/youtube': ['ad_user_data'],
        'social/tiktok': ['ad_user_data'],
      },
      region: ['FR', 'BE'],
      waitForUpdate: 800,
      adsDataRedaction: true,
      urlPassthrough: true,
    };
    const p = await openArticle(h, page$({ gcm }));
    const { page } = p;
    await banner(page, 'Tout accepter').waitFor();
    assert.deepEqual(await dataLayer(page), [
      consentDefault({ wait_for_update: 800, region: ['FR', 'BE'] }),
      { args: ['set', 'ads_data_redaction', true] },
      { args: ['set', 'url_passthrough', true] },
    ]);
    assert.equal(await commandsAreArguments(page), true);
    assert.equal(
      errorsMatching(p, /googleConsentMode\.map\.social\/tiktok: \["ad_user_data"\] needs a configured gate/).length,
      1,
      p.consoleErrors.join('\n'),
    );

    await placeholder(page, 'YouTube').getByRole('button', { name: 'Autoriser et afficher', exact: true }).click();
    await page.evaluate(() => consentPanel.set({ 'analytics/google-analytics': true }));
    await changes(page, 2);
    const updates = (await dataLayer(page)).filter((e) => e.args?.[1] === 'update');
    assert.deepEqual(
      updates,
      [consentUpdate('ad_user_data'), consentUpdate('ad_user_data', 'analytics_storage')],
      'personalization is not mapped: its types stay denied',
    );
  });

  test("the README's inline default, for Google tags that load before the panel: the same default, in place before gtag.js", async () => {
    const readme = readFileSync(`${projectRoot}/README.md`, 'utf8');
    const snippet = [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .find((block) => block.includes("gtag('consent', 'default'"));
    assert.ok(snippet, 'README.md has the inline default');
    // A stand-in for gtag.js that notes the consent commands it finds when it loads.
    const googleTag = `<script>window.__googleTagSaw = window.dataLayer.filter((e) => e[0] === 'consent').map((e) => Array.from(e));</script>`;
    const markup = article({ config: null, early: `${snippet}${googleTag}` }).replace(
      PANEL,
      `<script>window.consentPanelConfig = { googleConsentMode: true };</script><script src="${PANEL_SRC}" defer></script>`,
    );
    const p = await openArticle(h, markup);
    const { page } = p;
    await banner(page, 'Tout accepter').waitFor();
    const saw = await page.evaluate(() => window.__googleTagSaw);
    assert.deepEqual(saw, [consentDefault().args], 'the Google tag finds the default in place');
    const layer = await dataLayer(page);
    assert.deepEqual(layer, [consentDefault(), consentDefault()], "the snippet's default is the panel's own");
    assert.equal(await commandsAreArguments(page), true);
  });

  test('configured on the <consent-panel> element: the default still comes before any gated tag', async () => {
    const json = JSON.stringify(vendorConfig(h, { googleConsentMode: true }));
    const markup = article({
      config: null,
      body: `<consent-panel><script type="application/json">${json}</script></consent-panel>${gatedMarker('inline-analytics', 'analytics')}`,
    });
    const p = await openArticle(h, markup);
    const { page } = p;
    await banner(page, 'Tout accepter').click();
    await page.waitForFunction(() => window.dataLayer.some((e) => e.event === 'inline-analytics'));
    await page.reload();
    await page.waitForFunction(() => window.dataLayer?.some((e) => e.event === 'inline-analytics'));
    assert.deepEqual(await dataLayer(page), [consentDefault(), consentUpdate(...ALL), marker('inline-analytics')]);
  });

  test('without googleConsentMode the panel adds nothing to the dataLayer', async () => {
    const p = await openArticle(h, page$({ gcm: false }));
    await banner(p.page, 'Tout accepter').waitFor();
    assert.equal(await p.page.evaluate(() => 'dataLayer' in window), false);
    await banner(p.page, 'Tout accepter').click();
    await waitThirdParty(p.page, 'analytics');
    await waitThirdParty(p.page, 'ads');
    assert.equal(
      (await dataLayer(p.page)).some((e) => e.args),
      false,
      "only the tags' own markers",
    );
  });
});
