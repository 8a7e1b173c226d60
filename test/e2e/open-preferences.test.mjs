// The preferences dialog is a view of the store while it is open: when the
// stored consent changes under it (another tab, reset(), expiry), its switches
// show the new values, so that "Enregistrer mes choix" can never grant again
// what was withdrawn elsewhere. Switches the reader turned without saving keep
// their position as long as the store did not change their value.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  DAY,
  PANEL,
  RECORDER,
  button,
  changes,
  dialog,
  dialogButton,
  doc,
  globalConfig,
  openPage,
  record,
  stored,
  switchNamed,
  suite,
  test,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const page$ = () => doc({ head: RECORDER + globalConfig({ privacyUrl: '/p' }) + PANEL });
const checked = (page, name) => switchNamed(page, name).getAttribute('aria-checked');
const SWITCHES = ["Mesure d'audience", 'Publicité', 'Réseaux sociaux et vidéos', 'Personnalisation'];
const switches = (page) => Promise.all(SWITCHES.map((name) => checked(page, name)));

/** Opens the preferences from "Gérer mes cookies" (a decided page). */
async function openPreferences(page) {
  await button(page, 'Gérer mes cookies').click();
  await dialog(page).waitFor({ state: 'visible' });
}

suite('an open preferences dialog follows the store', () => {
  test('another tab withdraws while the dialog is open: the switch turns off, and saving does not grant it again', async () => {
    const first = await openPage(h, page$(), { storage: { 'consent-panel': record({ granted: ['analytics', 'ads', 'social'] }) } });
    const other = await first.context.newPage();
    other.setDefaultTimeout(10_000);
    await other.goto(first.url);

    await openPreferences(first.page);
    assert.deepEqual(await switches(first.page), ['true', 'true', 'true', 'false']);
    // An unsaved change of the reader's own, on a switch the other tab leaves alone.
    await switchNamed(first.page, 'Personnalisation').click();

    await openPreferences(other);
    await switchNamed(other, "Mesure d'audience").click();
    await dialogButton(other, 'Enregistrer mes choix').click();

    const [change] = await changes(first.page, 1);
    assert.equal(change.source, 'storage');
    assert.deepEqual(change.changed, ['analytics']);
    await dialog(first.page).waitFor({ state: 'visible' });
    assert.equal(await checked(first.page, "Mesure d'audience"), 'false', 'the withdrawal shows in the open dialog');
    assert.deepEqual(await switches(first.page), ['false', 'true', 'true', 'true'], "the reader's unsaved switch is kept");

    await dialogButton(first.page, 'Enregistrer mes choix').click();
    await changes(first.page, 2);
    const saved = await stored(first.page);
    assert.equal(saved.purposes.analytics, false, "the other tab's withdrawal stands");
    assert.equal(saved.purposes.personalization, true, "the reader's own change is saved");
    assert.equal(await first.page.evaluate(() => consentPanel.granted('analytics')), false);
    assert.deepEqual(first.pageErrors, []);
  });

  test('another tab accepts all while the dialog is open: the switches show it', async () => {
    const first = await openPage(h, page$(), { storage: { 'consent-panel': record({ granted: [] }) } });
    const other = await first.context.newPage();
    await other.goto(first.url);
    await openPreferences(first.page);
    assert.deepEqual(await switches(first.page), ['false', 'false', 'false', 'false']);
    await other.evaluate(() => consentPanel.acceptAll());
    await changes(first.page, 1);
    assert.deepEqual(await switches(first.page), ['true', 'true', 'true', 'true']);
  });

  test('reset() while the dialog is open: every switch is off again, and saving grants nothing', async () => {
    const p = await openPage(h, page$(), {
      storage: { 'consent-panel': record({ granted: ['analytics', 'ads', 'social', 'personalization'] }) },
    });
    await openPreferences(p.page);
    assert.deepEqual(await switches(p.page), ['true', 'true', 'true', 'true']);
    await p.page.evaluate(() => consentPanel.reset());
    await changes(p.page, 1);
    assert.deepEqual(await switches(p.page), ['false', 'false', 'false', 'false']);
    await dialogButton(p.page, 'Enregistrer mes choix').click();
    const [, saved] = await changes(p.page, 2);
    assert.deepEqual(saved.purposes, { necessary: true, analytics: false, ads: false, social: false, personalization: false });
    assert.deepEqual(p.pageErrors, []);
  });

  test('the decision expires while the dialog is open: every switch is off again, and saving grants nothing', async () => {
    const T0 = Date.parse('2026-03-02T09:00:00.000Z');
    const p = await openPage(h, page$(), {
      beforeGoto: (pg) => pg.clock.install({ time: T0 }),
      storage: { 'consent-panel': record({ granted: ['analytics', 'ads'], decidedAt: T0 - 181 * DAY }) },
    });
    await openPreferences(p.page);
    assert.deepEqual(await switches(p.page), ['true', 'true', 'false', 'false']);
    await p.page.clock.runFor(2 * DAY);
    const [change] = await changes(p.page, 1);
    assert.equal(change.source, 'expiry');
    assert.deepEqual(await switches(p.page), ['false', 'false', 'false', 'false']);
    await dialogButton(p.page, 'Enregistrer mes choix').click();
    const [, saved] = await changes(p.page, 2);
    assert.equal(saved.purposes.analytics, false);
    assert.equal(saved.purposes.ads, false);
  });
});
