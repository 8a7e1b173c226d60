// A page that freezes the JavaScript intrinsics before the panel loads (SES's
// lockdown(), as some sites run for supply-chain safety): the panel starts,
// shows, decides, runs gated tags and follows the API as on any other page.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  FIXTURES,
  PANEL,
  RECORDER,
  bannerGone,
  bannerShown,
  button,
  changes,
  dialog,
  dialogButton,
  doc,
  gated,
  gatedInline,
  globalConfig,
  openPage,
  ran,
  ready,
  settle,
  stored,
  suite,
  switchNamed,
  test,
  waitRan,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const FREEZE = `<script src="${FIXTURES}/freeze-intrinsics.js"></script>`;
const QUEUED = `<script>(window.consentPanelQueue ||= []).push((api) => (window.__queued = api.granted('analytics')));</script>`;

suite('frozen intrinsics', () => {
  const page$ = (config = {}) =>
    doc({
      head: FREEZE + RECORDER + globalConfig({ privacyUrl: '/confidentialite', googleConsentMode: true, ...config }) + QUEUED,
      body: `${gated('frozen-analytics', 'analytics')}${gatedInline('frozen-ads', 'ads')}\n${PANEL}`,
    });

  test('the panel shows, the first layer decides, gated tags run, the queue and the API work', async () => {
    const p = await openPage(h, page$());
    const { page } = p;
    assert.equal(await page.evaluate(() => window.__frozen), true);
    await bannerShown(page);
    assert.equal((await ready(page)).decided, false);
    assert.equal(await page.evaluate(() => window.__queued), false, 'a function queued before the script got the API');
    await settle(page);
    assert.deepEqual(await ran(page), []);

    await button(page, 'Tout accepter').click();
    await bannerGone(page);
    await waitRan(page, ['frozen-analytics', 'frozen-ads']);
    assert.equal((await stored(page)).purposes.ads, true);
    const [change] = await changes(page, 1);
    assert.equal(change.source, 'banner');

    await page.evaluate(() => (window.consentPanelQueue ||= []).push((api) => (window.__later = api.granted('ads'))));
    assert.equal(await page.evaluate(() => window.__later), true, 'a function queued after load is called at once');
    await page.evaluate(() => consentPanel.set({ ads: false }));
    assert.equal(await page.evaluate(() => consentPanel.granted('ads')), false);
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(
      p.consoleErrors.filter((e) => !e.includes('favicon')),
      [],
    );
  });

  test('the preferences open, switch and save; purposes named toString and constructor work', async () => {
    const purposes = [
      { id: 'necessary', label: 'Nécessaire', required: true },
      { id: 'analytics', label: 'Mesure' },
      { id: 'ads', label: 'Publicité' },
      { id: 'toString', label: 'Chaînes' },
      { id: 'constructor', label: 'Constructeurs', vendors: [{ id: 'valueOf', name: 'Valeurs' }] },
    ];
    const p = await openPage(h, page$({ purposes }));
    const { page } = p;
    await bannerShown(page);
    await button(page, 'Personnaliser').click();
    await dialog(page).waitFor();
    await switchNamed(page, 'Mesure').click();
    await switchNamed(page, 'Chaînes').click();
    await dialogButton(page, 'Enregistrer mes choix').click();
    await waitRan(page, ['frozen-analytics']);
    assert.deepEqual((await stored(page)).purposes, { necessary: true, analytics: true, ads: false, toString: true, constructor: false });
    assert.deepEqual(
      await page.evaluate(() => ['toString', 'constructor', 'constructor/valueOf', 'ads'].map((g) => consentPanel.granted(g))),
      [true, false, false, false],
    );
    await page.reload();
    assert.equal((await ready(page)).decided, true);
    await waitRan(page, ['frozen-analytics']);
    await settle(page);
    assert.deepEqual(await ran(page), ['frozen-analytics']);
    assert.deepEqual(p.pageErrors, []);
  });

  test('a configuration with its own toString, and a text keyed "constructor": the panel starts', async () => {
    const config = `<script>window.consentPanelConfig = {
      privacyUrl: '/confidentialite',
      toString() { return 'site configuration'; },
      purposes: [{ id: 'necessary', label: 'Nécessaire', required: true }, { id: 'analytics', label: { fr: 'Mesure', constructor: 'x' } }],
    };</script>`;
    const p = await openPage(h, doc({ head: FREEZE + RECORDER + config, body: `${gated('frozen-analytics', 'analytics')}\n${PANEL}` }));
    const { page } = p;
    await bannerShown(page);
    await button(page, 'Tout accepter').click();
    await waitRan(page, ['frozen-analytics']);
    assert.deepEqual(p.pageErrors, []);
  });
});
