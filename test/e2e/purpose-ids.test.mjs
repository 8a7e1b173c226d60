// Purpose and vendor ids that are also names every JavaScript object has
// (`__proto__`, `constructor`, `toString`, …): none is granted by inheritance,
// before a decision or after a refusal; `__proto__` is refused as an id.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL,
  bannerShown,
  button,
  doc,
  gated,
  globalConfig,
  openPage,
  ran,
  ready,
  record,
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

const INHERITED = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable'];
const purpose = (id, extra = {}) => ({ id, label: id, ...extra });

suite('ids named like inherited properties', () => {
  test('a purpose "__proto__": a console error names it, the entry is dropped, its gated script never runs', async () => {
    const config = { privacyUrl: '/p', purposes: [purpose('necessary', { required: true }), purpose('__proto__'), purpose('analytics')] };
    const p = await openPage(
      h,
      doc({ head: globalConfig(config), body: `${gated('proto-purpose', '__proto__')}${gated('proto-analytics', 'analytics')}\n${PANEL}` }),
    );
    const { page } = p;
    const detail = await ready(page);
    await bannerShown(page);
    await settle(page);
    assert.deepEqual(await ran(page), [], 'nothing runs before a decision');
    assert.equal(await page.evaluate(() => consentPanel.granted('__proto__')), false);
    assert.ok(
      p.consoleErrors.some((e) => e.includes('purposes[1].id') && e.includes('"__proto__"')),
      JSON.stringify(p.consoleErrors),
    );
    assert.deepEqual(Object.keys(detail.purposes), ['necessary', 'analytics']);
    await page.evaluate(() => consentPanel.rejectAll());
    assert.equal(await page.evaluate(() => consentPanel.granted('__proto__')), false);
    await page.evaluate(() => consentPanel.acceptAll());
    await waitRan(page, ['proto-analytics']);
    await settle(page);
    assert.deepEqual(await ran(page), ['proto-analytics'], 'the script gated on __proto__ stays blocked');
    assert.equal(await page.evaluate(() => consentPanel.granted('__proto__')), false);
    assert.deepEqual(p.pageErrors, []);
  });

  test('a vendor "__proto__": a console error names it and the vendor is dropped', async () => {
    const config = {
      privacyUrl: '/p',
      purposes: [
        purpose('social', {
          vendors: [
            { id: '__proto__', name: 'P' },
            { id: 'x', name: 'X' },
          ],
        }),
      ],
    };
    const p = await openPage(h, doc({ head: globalConfig(config), body: `${gated('proto-vendor', 'social/__proto__')}\n${PANEL}` }));
    const { page } = p;
    const detail = await ready(page);
    assert.ok(
      p.consoleErrors.some((e) => e.includes('purposes[0].vendors[0].id') && e.includes('"__proto__"')),
      JSON.stringify(p.consoleErrors),
    );
    assert.deepEqual(detail.vendors, { 'social/x': false });
    await page.evaluate(() => consentPanel.acceptAll());
    await settle(page);
    assert.equal(await page.evaluate(() => consentPanel.granted('social/__proto__')), false);
    assert.deepEqual(await ran(page), []);
  });

  test(`purposes and vendors named ${INHERITED.join(', ')} behave like any other id`, async () => {
    const config = {
      privacyUrl: '/p',
      purposes: [
        purpose('necessary', { required: true }),
        ...INHERITED.map((id) => purpose(id)),
        purpose('social', { vendors: INHERITED.map((id) => ({ id, name: id })) }),
      ],
    };
    const body = [...INHERITED.map((id) => gated(`p-${id}`, id)), ...INHERITED.map((id) => gated(`v-${id}`, `social/${id}`))].join('');
    const p = await openPage(h, doc({ head: globalConfig(config), body: `${body}\n${PANEL}` }));
    const { page } = p;
    const detail = await ready(page);
    assert.deepEqual(detail.purposes, { necessary: true, ...Object.fromEntries(INHERITED.map((id) => [id, false])), social: false });
    await bannerShown(page);
    await settle(page);
    assert.deepEqual(await ran(page), [], 'nothing before a decision');
    const granted = (gates) => page.evaluate((list) => list.map((g) => consentPanel.granted(g)), gates);
    const all = [...INHERITED, ...INHERITED.map((id) => `social/${id}`)];
    assert.deepEqual(
      await granted(all),
      all.map(() => false),
    );

    await page.evaluate(() => consentPanel.set({ toString: true, 'social/valueOf': true }));
    await waitRan(page, ['p-toString', 'v-valueOf']);
    assert.deepEqual(
      await granted(all),
      all.map((g) => g === 'toString' || g === 'social/valueOf'),
    );
    assert.deepEqual((await stored(page)).purposes, {
      necessary: true,
      ...Object.fromEntries(INHERITED.map((id) => [id, id === 'toString'])),
      social: false,
    });

    await page.evaluate(() => consentPanel.rejectAll());
    assert.deepEqual(
      await granted(all),
      all.map(() => false),
    );
    await page.reload();
    assert.equal((await ready(page)).decided, true, 'the refusal is read back');
    assert.deepEqual(
      await granted(all),
      all.map(() => false),
    );
    await settle(page);
    assert.deepEqual(await ran(page), []);

    await page.evaluate(() => consentPanel.acceptAll());
    await waitRan(page, [...INHERITED.map((id) => `p-${id}`), ...INHERITED.map((id) => `v-${id}`)]);
    assert.deepEqual(p.pageErrors, []);
  });

  test('a stored record silent about a purpose named "constructor" means undecided', async () => {
    const config = { privacyUrl: '/p', purposes: [purpose('necessary', { required: true }), purpose('constructor'), purpose('analytics')] };
    const stale = record({ purposes: { necessary: true, analytics: true } });
    const stuffed = record({ purposes: { necessary: true, analytics: true, constructor: 'yes' } });
    for (const value of [stale, stuffed]) {
      const { page } = await openPage(h, doc({ head: globalConfig(config), body: `${gated('ctor', 'constructor')}\n${PANEL}` }), {
        storage: { 'consent-panel': value },
      });
      assert.equal((await ready(page)).decided, false);
      await bannerShown(page);
      await settle(page);
      assert.deepEqual(await ran(page), []);
    }
  });

  test('set() with an own "__proto__" key names an unknown purpose; nothing is granted', async () => {
    const p = await openPage(h, doc({ head: globalConfig({ privacyUrl: '/p' }), body: `${gated('a', 'analytics')}\n${PANEL}` }));
    const { page } = p;
    await ready(page);
    await page.evaluate(() => consentPanel.set(JSON.parse('{"__proto__": true, "analytics": false}')));
    assert.ok(
      p.consoleErrors.some((e) => e.includes('__proto__')),
      JSON.stringify(p.consoleErrors),
    );
    assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false);
    await button(page, 'Gérer mes cookies').waitFor();
    assert.deepEqual(await ran(page), []);
  });
});
