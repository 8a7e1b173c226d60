// Configuration written to break the panel rather than to configure it: names
// that are also Object.prototype's (`constructor`, `toString`, `__proto__`) as
// a language, a text's language or a Consent Mode type, and cookie patterns
// made of stars. Each gets a console error naming it; the panel starts, in
// French, with nothing granted, and nothing reaches the page as an exception.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL, RECORDER, bannerShown, button, dialog, doc, errorsMatching, globalConfig, openPage, record, switchNamed, suite, test,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

suite('hostile configuration', () => {
  // --- languages and texts -------------------------------------------------

  for (const lang of PROTOTYPE_NAMES) {
    test(`lang "${lang}" in the configuration: an error naming it, the panel in French`, async () => {
      const p = await openPage(h, doc({ head: RECORDER + globalConfig({ lang, privacyUrl: '/p' }) + PANEL }));
      await bannerShown(p.page);
      assert.equal(errorsMatching(p, new RegExp(`lang: "${lang}" is not a supported language`)).length, 1, p.consoleErrors.join('\n'));
      assert.equal(await p.page.locator('consent-panel').evaluate((el) => el.shadowRoot.querySelector('[lang]').getAttribute('lang')), 'fr');
      assert.deepEqual(p.pageErrors, []);
    });
  }

  test('lang="constructor" as an attribute, on a returning reader\'s page: "Gérer mes cookies" is named', async () => {
    const p = await openPage(h, doc({ head: RECORDER, body: `<consent-panel lang="constructor" privacy-url="/p"></consent-panel>${PANEL}` }), {
      storage: { 'consent-panel': record({ granted: ['analytics'] }) },
    });
    await button(p.page, 'Gérer mes cookies').waitFor();
    assert.equal(errorsMatching(p, /lang: "constructor" is not a supported language/).length, 1, p.consoleErrors.join('\n'));
    await button(p.page, 'Gérer mes cookies').click();
    await dialog(p.page).getByRole('heading', { name: 'Vos choix, finalité par finalité', exact: true }).waitFor();
    assert.equal(await switchNamed(p.page, "Mesure d'audience").getAttribute('aria-checked'), 'true');
  });

  for (const lang of ['constructor', '__proto__']) {
    test(`<html lang="${lang}">: the panel in French`, async () => {
      const p = await openPage(h, doc({ lang, head: RECORDER + globalConfig({ privacyUrl: '/p' }) + PANEL }));
      await bannerShown(p.page);
      assert.deepEqual(p.pageErrors, []);
    });
  }

  test('texts keyed by prototype names are looked up as the site wrote them', async () => {
    // Written out: JSON.parse makes "__proto__" an own key, as in a JSON child or a fetched configuration.
    const json = `<consent-panel><script type="application/json">{ "privacyUrl": "/p", "purposes": [
      { "id": "stats", "label": { "constructor": "Statistiques" }, "description": { "toString": "Compter les visites." } },
      { "id": "video", "label": { "__proto__": "Vidéos" } },
      { "id": "ads", "label": { "en": "Advertising", "fr": "Publicité", "hasOwnProperty": "X" } }
    ] }</script></consent-panel>`;
    const p = await openPage(h, doc({ head: RECORDER, body: json + PANEL }));
    await button(p.page, 'Personnaliser').click();
    for (const name of ['Statistiques', 'Vidéos', 'Publicité']) await switchNamed(p.page, name).waitFor();
    assert.equal(await dialog(p.page).getByText('Compter les visites.', { exact: true }).count(), 1);
    assert.deepEqual(p.pageErrors, []);
  });
});
