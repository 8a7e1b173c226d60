// Global Privacy Control on the news page: a browser that sends it
// (navigator.globalPrivacyControl === true, and the Sec-GPC: 1 header) gets
// ads off through "Tout accepter", is told why in one sentence, and can still
// turn ads on one by one.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { suite, test } from './helpers.mjs';
import {
  adsTag,
  analyticsTag,
  article,
  assertNoPageErrors,
  banner,
  changes,
  dataLayer,
  dialog,
  dialogButton,
  embeds,
  foreignHosts,
  openArticle,
  openPreferences,
  panel,
  placeholder,
  serveEmbeds,
  settle,
  switchNamed,
  thirdPartyRan,
  vendorConfig,
  waitThirdParty,
} from './third-party-helpers.mjs';

let h;
before(async () => {
  h = await setup({ hosts: true });
  serveEmbeds(h);
});
after(() => h?.teardown());

/** Chromium has no GPC setting: the property as browsers that send it define it, and the header. */
const GPC = {
  init: () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
  contextOptions: { extraHTTPHeaders: { 'Sec-GPC': '1' } },
};
const NOTE_FR =
  'Votre navigateur demande de ne pas être suivi (Global Privacy Control) : la publicité reste refusée sauf si vous l’activez.';
const NOTE_EN = 'Your browser asks not to be tracked (Global Privacy Control): advertising stays refused unless you turn it on.';

const page$ = ({ lang = 'fr', config = {} } = {}) =>
  article({
    lang,
    config: vendorConfig(h, { googleConsentMode: true, ...config }),
    head: `${analyticsTag(h)}\n${adsTag(h)}`,
    top: embeds(h),
  });

const granted = (page, gates) => page.evaluate((list) => list.map((gate) => consentPanel.granted(gate)), gates);
const checked = (locator) => locator.getAttribute('aria-checked');
const note = (scope) => scope.getByText('Global Privacy Control', { exact: false });

suite('Global Privacy Control', () => {
  test('the first layer says why in one sentence; "Tout accepter" leaves ads off, its tags, its embeds and its consent types with it', async () => {
    const p = await openArticle(h, page$(), GPC);
    const { page } = p;
    await banner(page, 'Tout accepter').waitFor();
    assert.equal(await page.evaluate(() => navigator.globalPrivacyControl), true);
    assert.deepEqual(await note(panel(page)).allInnerTexts(), [NOTE_FR], 'one sentence, in the first layer');

    await banner(page, 'Tout accepter').click();
    const [change] = await changes(page, 1);
    assert.equal(change.purposes.ads, false);
    assert.equal(change.vendors['ads/ad-network'], false);
    assert.deepEqual(await granted(page, ['analytics', 'social', 'personalization', 'ads', 'ads/ad-network']), [
      true,
      true,
      true,
      false,
      false,
    ]);
    await waitThirdParty(page, 'analytics');
    await page.locator('iframe#video[src]').waitFor({ state: 'attached' });
    await settle(page, 300);
    assert.deepEqual(await thirdPartyRan(page), ['analytics'], 'the ad tag never runs');
    assert.ok(!foreignHosts(p).includes('ads.test'), 'nothing is asked of the ad server');
    assert.equal(await placeholder(page, 'Ad Network').count(), 1, 'the ad image still waits');
    const update = (await dataLayer(page)).find((e) => e.args?.[1] === 'update').args[2];
    assert.deepEqual(
      [update.ad_storage, update.ad_user_data, update.ad_personalization, update.analytics_storage],
      ['denied', 'denied', 'denied', 'granted'],
    );
    assertNoPageErrors(p);
  });

  test('the reader can still turn ads on: its switch in the preferences; a later "Tout accepter" keeps it on', async () => {
    const p = await openArticle(h, page$(), GPC);
    const { page } = p;
    await banner(page, 'Tout accepter').click();
    await changes(page, 1);
    await openPreferences(page);
    assert.deepEqual(await note(dialog(page)).allInnerTexts(), [NOTE_FR], 'the preferences say it too');
    const ads = switchNamed(page, 'Publicité');
    assert.equal(await checked(ads), 'false');
    await ads.click();
    assert.equal(await checked(switchNamed(page, 'Ad Network')), 'true');
    await dialogButton(page, 'Enregistrer mes choix').click();
    await waitThirdParty(page, 'ads');
    assert.deepEqual(await granted(page, ['ads', 'ads/ad-network']), [true, true]);
    await page.locator('img#ad-image[src]').waitFor({ state: 'attached' });

    await page.evaluate(() => consentPanel.acceptAll());
    await settle(page);
    assert.deepEqual(await granted(page, ['ads']), [true], 'an explicit choice survives "Tout accepter"');
  });

  test('a switch turned on in the preferences counts when the reader then clicks "Tout accepter" there', async () => {
    const p = await openArticle(h, page$(), GPC);
    const { page } = p;
    await banner(page, 'Personnaliser').click();
    await switchNamed(page, 'Publicité').click();
    await dialogButton(page, 'Tout accepter').click();
    await waitThirdParty(page, 'ads');
    assert.deepEqual(await granted(page, ['ads', 'analytics', 'social']), [true, true, true]);
  });

  test('or with the ad\'s placeholder: "Autoriser et afficher" grants that vendor', async () => {
    const p = await openArticle(h, page$(), GPC);
    const { page } = p;
    // By keyboard: the first layer, at the bottom of the window, would cover the ad for a mouse until the reader scrolls.
    await placeholder(page, 'Ad Network').getByRole('button', { name: 'Autoriser et afficher', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitThirdParty(page, 'ads');
    const [change] = await changes(page, 1);
    assert.equal(change.source, 'placeholder');
    assert.deepEqual(change.changed, ['ads', 'ads/ad-network']);
    assert.deepEqual(await granted(page, ['ads', 'analytics']), [true, false]);
  });

  test('in English', async () => {
    const p = await openArticle(h, page$({ lang: 'en' }), GPC);
    await banner(p.page, 'Accept all').waitFor();
    assert.deepEqual(await note(panel(p.page)).allInnerTexts(), [NOTE_EN]);
  });

  test('gpc: true on a purpose limits it too, gpc: false on ads lifts its default', async () => {
    const config = vendorConfig(h);
    const purposes = config.purposes.map((purpose) =>
      purpose.id === 'ads' ? { ...purpose, gpc: false } : purpose.id === 'personalization' ? { ...purpose, gpc: true } : purpose,
    );
    const p = await openArticle(h, page$({ config: { purposes } }), GPC);
    await banner(p.page, 'Tout accepter').click();
    await changes(p.page, 1);
    assert.deepEqual(await granted(p.page, ['ads', 'personalization', 'analytics']), [true, false, true]);
  });

  test('respectGpc: false ignores the signal, and without the signal nothing is limited or said', async () => {
    for (const [name, config, options] of [
      ['respectGpc: false', { respectGpc: false }, GPC],
      ['no signal', {}, {}],
    ]) {
      const p = await openArticle(h, page$({ config }), options);
      await banner(p.page, 'Tout accepter').waitFor();
      assert.equal(await note(panel(p.page)).count(), 0, `${name}: no note`);
      await banner(p.page, 'Tout accepter').click();
      await waitThirdParty(p.page, 'ads');
      assert.deepEqual(await granted(p.page, ['ads']), [true], name);
      await p.close();
    }
  });
});
