// A decision made by page code while the panel tells listeners about an
// earlier one: every DOM listener, onChange listener, Consent Mode and the
// gated tags get the changes in the order they were made, and all end on the
// last one, wherever the deciding listener sits among the others.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { PANEL, bannerShown, button, doc, gated, globalConfig, openPage, ran, ready, settle, stored, suite, test } from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** Notes, per listener, what each consent-change it got said about `ads`. */
const recorders = (names) =>
  names
    .map((name) =>
      name.startsWith('dom')
        ? `document.addEventListener('consent-change', (e) => window.__seen.${name}.push(e.detail.purposes.ads));`
        : `(window.consentPanelQueue ||= []).push((api) => api.onChange((d) => window.__seen.${name}.push(d.purposes.ads)));`,
    )
    .join('\n');

/** The last Consent Mode update on the dataLayer. */
const lastUpdate = (page) =>
  page.evaluate(() => {
    const updates = window.dataLayer.filter((e) => e[0] === 'consent' && e[1] === 'update');
    return updates.at(-1)?.[2];
  });

suite('a decision made inside a listener', () => {
  // The page withdraws ads as soon as a change grants them: through a DOM
  // listener or an onChange listener, with other listeners before and after it.
  const deciders = {
    dom: `document.addEventListener('consent-change', (e) => { if (e.detail.purposes.ads) consentPanel.rejectAll(); });`,
    onChange: `(window.consentPanelQueue ||= []).push((api) => api.onChange((d) => { if (d.purposes.ads) api.rejectAll(); }));`,
  };
  const listeners = ['domBefore', 'onChangeBefore', 'DECIDER', 'domAfter', 'onChangeAfter'];

  for (const [kind, decider] of Object.entries(deciders)) {
    test(`made by ${kind === 'dom' ? 'a consent-change' : 'an onChange'} listener: every listener gets "granted" then "refused", Consent Mode ends denied, no tag runs after`, async () => {
      const names = listeners.filter((n) => n !== 'DECIDER');
      const script = `<script>
        window.__seen = { ${names.map((n) => `${n}: []`).join(', ')} };
        ${recorders(['domBefore', 'onChangeBefore'])}
        ${decider}
        ${recorders(['domAfter', 'onChangeAfter'])}
      </script>`;
      const p = await openPage(
        h,
        doc({ head: globalConfig({ googleConsentMode: true }) + script, body: `${gated('order-analytics', 'analytics')}\n${PANEL}` }),
      );
      const { page } = p;
      await bannerShown(page);
      await button(page, 'Tout accepter').click();
      await page.waitForFunction(() => Object.values(window.__seen).every((list) => list.length >= 2), null, { polling: 20 });
      await settle(page);
      const seen = await page.evaluate(() => window.__seen);
      for (const name of names) assert.deepEqual(seen[name], [true, false], `${name} gets the changes in the order they were made`);
      assert.equal(await page.evaluate(() => consentPanel.granted('ads')), false);
      assert.equal((await stored(page)).purposes.ads, false);
      const update = await lastUpdate(page);
      assert.equal(update.ad_storage, 'denied', 'the last Consent Mode update is the refusal');
      assert.equal(update.analytics_storage, 'denied');
      assert.deepEqual(p.pageErrors, []);
      assert.deepEqual(await ran(page), ['order-analytics'], 'what the acceptance released ran; nothing after');
    });
  }

  test('a decision made inside consent-ready reaches the listeners after consent-ready', async () => {
    const script = `<script>
      window.__order = [];
      document.addEventListener('consent-ready', () => consentPanel.acceptAll());
      for (const type of ['consent-ready', 'consent-change']) document.addEventListener(type, (e) => window.__order.push(type));
    </script>`;
    const p = await openPage(h, doc({ head: globalConfig({}) + script, body: PANEL }));
    await ready(p.page);
    await settle(p.page);
    assert.deepEqual(await p.page.evaluate(() => window.__order), ['consent-ready', 'consent-change']);
  });
});
