// A site whose other code has filled localStorage: a decision that cannot be
// written must never leave an older, more permissive record to be restored on
// the next page. At worst the next page asks again.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL,
  RECORDER,
  bannerGone,
  bannerShown,
  button,
  dialogButton,
  doc,
  gated,
  gatedInline,
  openPage,
  ran,
  ready,
  settle,
  stored,
  suite,
  test,
  waitRan,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** Page code filling the origin's localStorage until not one more character fits. */
const fillStorage = (page) =>
  page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length;) {
      try {
        localStorage.setItem(`filler-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    // The last few characters: one-character keys.
    for (let code = 0x4e00; ; code++) {
      try {
        localStorage.setItem(String.fromCharCode(code), '');
      } catch {
        break;
      }
    }
  });

suite('localStorage full', () => {
  const page$ = () => doc({ head: RECORDER, body: `${gated('quota-analytics', 'analytics')}${gatedInline('quota-ads', 'ads')}\n${PANEL}` });

  const withdrawals = {
    'the preferences\' "Tout refuser"': async (page) => {
      await button(page, 'Gérer mes cookies').click();
      await dialogButton(page, 'Tout refuser').click();
    },
    'rejectAll()': (page) => page.evaluate(() => consentPanel.rejectAll()),
    'set({ analytics: false, ads: false })': (page) => page.evaluate(() => consentPanel.set({ analytics: false, ads: false })),
  };

  const spoilers = {
    'storage filled by the site': fillStorage,
    // Site code that wraps localStorage and drops writes it does not like, without an error.
    'writes silently dropped by the site': (page) => page.evaluate(() => (Storage.prototype.setItem = function setItem() {})),
  };

  const cases = Object.entries(withdrawals).flatMap(([name, withdraw]) =>
    Object.entries(spoilers)
      .filter(([, spoil]) => spoil === fillStorage || name.startsWith('rejectAll'))
      .map(([spoiled, spoil]) => ({ name, withdraw, spoiled, spoil })),
  );
  for (const { name, withdraw, spoiled, spoil } of cases) {
    test(`accepted, ${spoiled}, then withdrawn by ${name}: the next page runs nothing gated`, async () => {
      const p = await openPage(h, page$());
      const { page } = p;
      await bannerShown(page);
      await button(page, 'Tout accepter').click();
      await bannerGone(page);
      await waitRan(page, ['quota-analytics', 'quota-ads']);
      assert.equal((await stored(page)).purposes.analytics, true);

      await spoil(page);
      await withdraw(page);
      assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false, 'refused for this page');
      assert.ok(
        p.consoleWarnings.some((w) => /consent-panel:.*could not be kept/.test(w)),
        `a warning says the decision could not be kept: ${JSON.stringify(p.consoleWarnings)}`,
      );
      const left = await stored(page);
      assert.ok(left === null || left.purposes.analytics === false, `no acceptance left in storage: ${JSON.stringify(left)}`);

      await page.reload();
      const detail = await ready(page);
      assert.equal(detail.purposes.analytics, false);
      assert.equal(detail.purposes.ads, false);
      if (!detail.decided) await bannerShown(page);
      await settle(page, 300);
      assert.deepEqual(await ran(page), [], 'no gated tag runs on the next page');
      assert.deepEqual(p.pageErrors, []);
    });
  }
});
