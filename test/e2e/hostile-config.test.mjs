// Configuration written to break the panel rather than to configure it: names
// that are also Object.prototype's (`constructor`, `toString`, `__proto__`) as
// a language, a text's language or a Consent Mode type, and cookie patterns
// made of stars. Each gets a console error naming it; the panel starts, in
// French, with nothing granted, and nothing reaches the page as an exception.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL,
  RECORDER,
  bannerShown,
  button,
  changes,
  dialog,
  doc,
  errorsMatching,
  globalConfig,
  openPage,
  ready,
  record,
  switchNamed,
  suite,
  test,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** A `<consent-panel>` configured by its JSON child. */
const jsonChild = (config, attrs = '') =>
  `<consent-panel ${attrs}><script type="application/json">${JSON.stringify(config).replaceAll('<', '\\u003c')}</script></consent-panel>`;

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** The dataLayer's consent commands as plain data. */
const consentCommands = (page) =>
  page.evaluate(() => (window.dataLayer ?? []).filter((e) => e[0] === 'consent').map((e) => JSON.parse(JSON.stringify(Array.from(e)))));
const setCommands = (page) => page.evaluate(() => (window.dataLayer ?? []).filter((e) => e[0] === 'set').map((e) => Array.from(e)));

suite('hostile configuration', () => {
  // --- languages and texts -------------------------------------------------

  for (const lang of PROTOTYPE_NAMES) {
    test(`lang "${lang}" in the configuration: an error naming it, the panel in French`, async () => {
      const p = await openPage(h, doc({ head: RECORDER + globalConfig({ lang, privacyUrl: '/p' }) + PANEL }));
      await bannerShown(p.page);
      assert.equal(errorsMatching(p, new RegExp(`lang: "${lang}" is not a supported language`)).length, 1, p.consoleErrors.join('\n'));
      assert.equal(
        await p.page.locator('consent-panel').evaluate((el) => el.shadowRoot.querySelector('[lang]').getAttribute('lang')),
        'fr',
      );
      assert.deepEqual(p.pageErrors, []);
    });
  }

  test('lang="constructor" as an attribute, on a returning reader\'s page: "Gérer mes cookies" is named', async () => {
    const p = await openPage(
      h,
      doc({ head: RECORDER, body: `<consent-panel lang="constructor" privacy-url="/p"></consent-panel>${PANEL}` }),
      {
        storage: { 'consent-panel': record({ granted: ['analytics'] }) },
      },
    );
    await button(p.page, 'Gérer mes cookies').waitFor();
    assert.equal(errorsMatching(p, /lang: "constructor" is not a supported language/).length, 1, p.consoleErrors.join('\n'));
    await button(p.page, 'Gérer mes cookies').click();
    await dialog(p.page).getByRole('heading', { name: 'Vos choix, finalité par finalité', exact: true }).waitFor();
    assert.equal(await switchNamed(p.page, "Mesure d'audience").getAttribute('aria-checked'), 'true');
  });

  for (const lang of ['constructor', '__proto__']) {
    test(`<html lang="${lang}">: the panel in French`, async () => {
      // A browser language that is not supported either (ja): French, the last resort.
      const p = await openPage(h, doc({ lang, head: RECORDER + globalConfig({ privacyUrl: '/p' }) + PANEL }), {
        contextOptions: { locale: 'ja-JP' },
      });
      await bannerShown(p.page);
      assert.deepEqual(p.pageErrors, []);
    });
  }

  test('texts keyed by prototype names: not languages, each reported and ignored; the panel works', async () => {
    // Parsed by the page: JSON.parse makes "__proto__" an own key, as a fetched configuration would have it.
    const config = `{ "privacyUrl": "/p", "purposes": [
      { "id": "stats", "label": { "constructor": "Statistiques" }, "description": { "toString": "Compter les visites." } },
      { "id": "video", "label": { "__proto__": "Vidéos" } },
      { "id": "ads", "label": { "en": "Advertising", "fr": "Publicité", "hasOwnProperty": "X" } }
    ] }`;
    const p = await openPage(
      h,
      doc({ head: `${RECORDER}<script>window.consentPanelConfig = JSON.parse(${JSON.stringify(config)});</script>${PANEL}` }),
    );
    await button(p.page, 'Personnaliser').click();
    // A label with no language left is the purpose's id.
    for (const name of ['stats', 'video', 'Publicité']) await switchNamed(p.page, name).waitFor();
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      assert.ok(
        p.consoleWarnings.some((w) => w.includes(`"${key}" is not a supported language; ignored`)),
        `${key}: ${p.consoleWarnings.join('\n')}`,
      );
    assert.equal(await dialog(p.page).getByText('Compter les visites.', { exact: true }).count(), 0);
    assert.deepEqual(p.pageErrors, []);
  });

  // --- Google Consent Mode --------------------------------------------------

  test('googleConsentMode.map naming prototype names: each entry reported, the panel starts, the valid entry works', async () => {
    const map = {
      analytics: ['analytics_storage'],
      ads: ['constructor'],
      personalization: ['toString', 'personalization_storage'],
      social: ['__proto__'],
      constructor: ['ad_storage'],
    };
    const p = await openPage(h, doc({ head: RECORDER, body: jsonChild({ privacyUrl: '/p', googleConsentMode: { map } }) + PANEL }));
    await bannerShown(p.page);
    assert.deepEqual(p.pageErrors, [], 'nothing reaches the page');
    for (const [field, value] of [
      ['ads', '["constructor"]'],
      ['personalization', '["toString","personalization_storage"]'],
      ['social', '["__proto__"]'],
      ['constructor', '["ad_storage"]'],
    ]) {
      assert.equal(
        p.consoleErrors.filter((e) => e.includes(`googleConsentMode.map.${field}: ${value}`)).length,
        1,
        `${field}: ${p.consoleErrors.join('\n')}`,
      );
    }
    const [[, , defaults]] = await consentCommands(p.page);
    assert.deepEqual(
      Object.entries(defaults)
        .filter(([, v]) => v === 'granted')
        .map(([k]) => k),
      ['security_storage'],
      'all denied by default',
    );
    await p.page.evaluate(() => consentPanel.acceptAll());
    await changes(p.page, 1);
    const [, [, , update]] = await consentCommands(p.page);
    assert.deepEqual(
      Object.entries(update)
        .filter(([, v]) => v === 'granted')
        .map(([k]) => k)
        .sort(),
      ['analytics_storage', 'security_storage'],
    );
  });

  test('googleConsentMode.map with no valid entry: reported, the default map applies', async () => {
    // Parsed by the page, so that "__proto__" is an own key of the map.
    const config = '{ "privacyUrl": "/p", "googleConsentMode": { "map": { "constructor": ["toString"], "__proto__": ["ad_storage"] } } }';
    const p = await openPage(h, doc({ head: `${RECORDER}<script>window.consentPanelConfig = JSON.parse('${config}');</script>${PANEL}` }));
    await bannerShown(p.page);
    assert.equal(errorsMatching(p, /googleConsentMode\.map\.constructor: \["toString"\]/).length, 1, p.consoleErrors.join('\n'));
    assert.equal(errorsMatching(p, /googleConsentMode\.map\.__proto__: \["ad_storage"\]/).length, 1, p.consoleErrors.join('\n'));
    assert.equal(
      errorsMatching(p, /googleConsentMode\.map: .* holds no valid entry; using the default/).length,
      1,
      p.consoleErrors.join('\n'),
    );
    await p.page.evaluate(() => consentPanel.set({ analytics: true }));
    await changes(p.page, 1);
    const [, [, , update]] = await consentCommands(p.page);
    assert.equal(update.analytics_storage, 'granted');
    assert.equal(update.ad_storage, 'denied');
    assert.deepEqual(p.pageErrors, []);
  });

  test('googleConsentMode: region, waitForUpdate, adsDataRedaction and urlPassthrough are checked one by one', async () => {
    const gcm = { region: ['FR', 42, '__proto__', 'US-CA', '<b>'], waitForUpdate: null, adsDataRedaction: 'yes', urlPassthrough: true };
    const p = await openPage(h, doc({ head: RECORDER, body: jsonChild({ privacyUrl: '/p', googleConsentMode: gcm }) + PANEL }));
    await bannerShown(p.page);
    const [[, , defaults]] = await consentCommands(p.page);
    assert.deepEqual(defaults.region, ['FR', 'US-CA']);
    assert.equal(defaults.wait_for_update, 500);
    assert.deepEqual(
      await setCommands(p.page),
      [
        ['set', 'ads_data_redaction', false],
        ['set', 'url_passthrough', true],
      ],
      'a non-boolean redaction is its default, false',
    );
    for (const pattern of [
      /googleConsentMode\.region: 42 /,
      /googleConsentMode\.region: "__proto__" /,
      /googleConsentMode\.region: "<b>" /,
      /googleConsentMode\.waitForUpdate: null /,
      /googleConsentMode\.adsDataRedaction: "yes" /,
    ]) {
      assert.equal(errorsMatching(p, pattern).length, 1, `${pattern}: ${p.consoleErrors.join('\n')}`);
    }
    assert.deepEqual(p.pageErrors, []);

    // Set by page code: values JSON cannot hold.
    const q = await openPage(
      h,
      doc({
        head: `${RECORDER}<script>window.consentPanelConfig = { privacyUrl: '/p', googleConsentMode: { region: { FR: true }, waitForUpdate: Infinity } };</script>${PANEL}`,
      }),
    );
    await bannerShown(q.page);
    const [[, , other]] = await consentCommands(q.page);
    assert.equal('region' in other, false, 'no valid region: the default applies everywhere');
    assert.equal(other.wait_for_update, 500);
    assert.equal(errorsMatching(q, /googleConsentMode\.region: \{"FR":true\} /).length, 1, q.consoleErrors.join('\n'));
    assert.equal(errorsMatching(q, /googleConsentMode\.waitForUpdate: Infinity /).length, 1, q.consoleErrors.join('\n'));
  });

  // --- cookie and storage-key patterns -------------------------------------------

  test('patterns made of many stars are matched at once on withdrawal: the matching cookie and key go, the others stay', async () => {
    const stars = `${'a*'.repeat(40)}b`;
    const near = 'a'.repeat(90);
    const match = `${near}b`;
    const config = {
      privacyUrl: '/p',
      purposes: [{ id: 'analytics', label: 'Mesure', vendors: [{ id: 'v', name: 'V', cookies: [stars], storageKeys: [stars] }] }],
    };
    const p = await openPage(h, doc({ head: RECORDER + globalConfig(config) + PANEL }));
    await ready(p.page);
    await p.page.evaluate(
      ({ near, match }) => {
        consentPanel.acceptAll();
        for (const name of [near, match]) {
          document.cookie = `${name}=1; Path=/`;
          localStorage.setItem(name, '1');
        }
      },
      { near, match },
    );
    await p.page.evaluate(() => consentPanel.rejectAll());
    const left = await p.page.evaluate(() => ({
      cookies: document.cookie.split('; ').map((c) => c.split('=')[0]),
      keys: Object.keys(localStorage).sort(),
    }));
    assert.deepEqual(left.cookies, [near]);
    assert.deepEqual(left.keys, [near, 'consent-panel']);
    assert.deepEqual(p.pageErrors, []);
  });
});
