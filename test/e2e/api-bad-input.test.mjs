// What page code passes to window.consentPanel, read strictly: each mistake
// gets one console error that names the field and the value (shortened when
// long, boxed and odd values shown as what they are), decides nothing that
// was not named and keeps no listener that can never fire.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { PANEL, RECORDER, bannerShown, doc, events, gated, openPage, ran, ready, settle, stored, suite, test } from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const ours = (p) => p.consoleErrors.filter((e) => e.startsWith('consent-panel:'));

suite('bad input to the API', () => {
  const page$ = () => doc({ head: RECORDER, body: `${gated('api-analytics', 'analytics')}\n${PANEL}` });

  for (const [name, code] of [
    ['set({})', () => consentPanel.set({})],
    ['set(new Boolean(true))', () => consentPanel.set(new Boolean(true))],
    ['set([])', () => consentPanel.set([])],
  ]) {
    test(`${name} while undecided decides nothing and says so`, async () => {
      const p = await openPage(h, page$());
      const { page } = p;
      await bannerShown(page);
      await page.evaluate(code);
      await settle(page);
      assert.equal(ours(p).length, 1, JSON.stringify(p.consoleErrors));
      assert.match(ours(p)[0], /^consent-panel: set: /);
      assert.equal(await stored(page), null, 'no record');
      assert.deepEqual(await events(page, 'consent-change'), []);
      assert.equal((await ready(page)).decided, false);
      await bannerShown(page);
    });
  }

  test('set() with a boxed boolean: one error showing it as new Boolean(true); nothing granted', async () => {
    const p = await openPage(h, page$());
    const { page } = p;
    await ready(page);
    await page.evaluate(() => consentPanel.set({ analytics: new Boolean(true) }));
    assert.equal(ours(p).length, 1, JSON.stringify(p.consoleErrors));
    assert.match(ours(p)[0], /set\.analytics: new Boolean\(true\) is not true or false/);
    assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false);
    assert.equal(await stored(page), null);
  });

  test('odd values print as what they are, each apart', async () => {
    const p = await openPage(h, page$());
    const { page } = p;
    await ready(page);
    await page.evaluate(() => {
      const cyclic = {};
      cyclic.self = cyclic;
      for (const value of [
        NaN,
        undefined,
        'true',
        1n,
        Symbol('s'),
        new String('yes'),
        new Number(1),
        -Infinity,
        Object.create(null),
        cyclic,
      ]) {
        consentPanel.set({ analytics: value });
      }
    });
    const texts = ours(p).map((e) => e.replace(/^consent-panel: set\.analytics: (.*) is not true or false; ignored\.$/, '$1'));
    assert.deepEqual(texts.slice(0, -1), [
      'NaN',
      'undefined',
      '"true"',
      '1n',
      'Symbol(s)',
      'new String("yes")',
      'new Number(1)',
      '-Infinity',
      '{}',
    ]);
    assert.equal(new Set(texts).size, 10, `each shown apart: ${JSON.stringify(texts)}`);
    assert.deepEqual(p.pageErrors, []);
  });

  test('a 1 MB key: one error, shortened, ending with an ellipsis', async () => {
    const p = await openPage(h, page$());
    const { page } = p;
    await ready(page);
    await page.evaluate(() => consentPanel.set({ ['k'.repeat(1 << 20)]: true }));
    await page.evaluate(() => consentPanel.set({ analytics: 'x'.repeat(1 << 20) }));
    assert.equal(ours(p).length, 2, 'one error each');
    for (const error of ours(p)) assert.ok(error.length < 1000 && error.includes('…'), `${error.length} characters`);
    assert.equal(await stored(page), null);
  });

  for (const gates of ['', '   ', 'unknown', 'analytics unknown']) {
    test(`onGranted(${JSON.stringify(gates)}, fn): one console error, and no listener kept`, async () => {
      const p = await openPage(h, page$());
      const { page } = p;
      await ready(page);
      await page.evaluate((g) => consentPanel.onGranted(g, () => (window.__called = true)), gates);
      assert.equal(ours(p).length, 1, JSON.stringify(p.consoleErrors));
      await page.evaluate(() => {
        consentPanel.acceptAll();
        consentPanel.rejectAll();
        consentPanel.acceptAll();
      });
      await settle(page);
      assert.equal(ours(p).length, 1, `nothing logged on each change: ${JSON.stringify(p.consoleErrors)}`);
      assert.equal(await page.evaluate(() => window.__called), undefined);
      assert.deepEqual(await ran(page), ['api-analytics']);
    });
  }
});
