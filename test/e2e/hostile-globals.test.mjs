// Page code that replaces globals the panel could use (JSON.parse, crypto),
// before the script loads or after: a click on "Tout accepter" never throws
// into the page, the decision is kept, and granted(), the gated tags and the
// events agree.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL,
  bannerGone,
  bannerShown,
  button,
  doc,
  gated,
  gatedInline,
  globalConfig,
  openPage,
  ready,
  suite,
  test,
  waitRan,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Notes each consent-change with no help from JSON. */
const LISTEN = `<script>window.__changes = []; document.addEventListener('consent-change', (e) => window.__changes.push(e.detail.purposes.analytics));</script>`;
const storedRaw = (page) => page.evaluate(() => localStorage.getItem('consent-panel'));

const HOSTILE = {
  'JSON.parse throws': `JSON.parse = () => { throw new SyntaxError('hostile parse'); };`,
  'crypto.getRandomValues throws': `Crypto.prototype.getRandomValues = function () { throw new Error('hostile crypto'); };`,
  'crypto returns garbage': `Object.defineProperty(window, 'crypto', { configurable: true, value: { getRandomValues: () => 'garbage' } });`,
  'crypto is a getter that throws': `Object.defineProperty(window, 'crypto', { configurable: true, get() { throw new Error('no crypto'); } });`,
};

suite('hostile globals', () => {
  for (const [name, code] of Object.entries(HOSTILE)) {
    for (const when of ['before the script loads', 'after it has started']) {
      test(`${name}, ${when}: "Tout accepter" decides, runs the gated tags, fires consent-change, throws nothing`, async () => {
        const early = when.startsWith('before') ? `<script>${code}</script>` : '';
        const p = await openPage(
          h,
          doc({
            head: LISTEN + globalConfig({ privacyUrl: '/p' }) + early,
            body: `${gated('hostile-analytics', 'analytics')}${gatedInline('hostile-ads', 'ads')}\n${PANEL}`,
          }),
        );
        const { page } = p;
        await bannerShown(page);
        if (!early) await page.evaluate(code);
        await button(page, 'Tout accepter').click();
        await bannerGone(page);
        assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), true);
        await waitRan(page, ['hostile-analytics', 'hostile-ads']);
        assert.deepEqual(await page.evaluate(() => window.__changes), [true]);
        assert.deepEqual(p.pageErrors, [], 'nothing thrown into the page');
        const raw = await storedRaw(page);
        assert.match(raw, /"id":"[^"]+"/);
        assert.match(raw.match(/"id":"([^"]+)"/)[1], UUID, 'the record id is a version 4 UUID');
      });
    }
  }

  test('with crypto returning garbage, two readers still get different ids', async () => {
    const code = HOSTILE['crypto returns garbage'];
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const { page } = await openPage(h, doc({ head: `<script>${code}</script>` + globalConfig({ privacyUrl: '/p' }), body: PANEL }));
      await ready(page);
      await page.evaluate(() => consentPanel.rejectAll());
      ids.push((await storedRaw(page)).match(/"id":"([^"]+)"/)[1]);
    }
    assert.notEqual(ids[0], ids[1]);
  });

  test('set() with values whose reading throws: nothing thrown into the page, a console error, nothing decided', async () => {
    const p = await openPage(
      h,
      doc({ head: globalConfig({ privacyUrl: '/p' }), body: `${gated('proxy-analytics', 'analytics')}\n${PANEL}` }),
    );
    const { page } = p;
    await ready(page);
    const thrown = await page.evaluate(() => {
      const values = [
        new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('hostile keys');
            },
          },
        ),
        Object.defineProperty({}, 'analytics', {
          enumerable: true,
          get() {
            throw new Error('hostile getter');
          },
        }),
      ];
      return values.map((v) => {
        try {
          consentPanel.set(v);
          return null;
        } catch (error) {
          return String(error);
        }
      });
    });
    assert.deepEqual(thrown, [null, null]);
    assert.equal(p.consoleErrors.filter((e) => e.startsWith('consent-panel:')).length, 2, JSON.stringify(p.consoleErrors));
    assert.equal((await ready(page)).decided, false);
    assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false);
    await bannerShown(page);
  });

  const BROKEN = {
    'a frozen consentPanelQueue': `window.consentPanelQueue = Object.freeze([(api) => (window.__queued = api.granted('analytics'))]);`,
    'a dataLayer that is not an array, with Consent Mode on': `window.dataLayer = {}; window.consentPanelConfig = { privacyUrl: '/p', googleConsentMode: true };`,
  };
  for (const [name, code] of Object.entries(BROKEN)) {
    test(`${name}: the panel still starts, decides and runs the gated tags`, async () => {
      const p = await openPage(
        h,
        doc({
          head: `${globalConfig({ privacyUrl: '/p' })}<script>${code}</script>`,
          body: `${gated('broken-analytics', 'analytics')}\n${PANEL}`,
        }),
      );
      const { page } = p;
      await bannerShown(page);
      if (name.includes('Queue')) {
        assert.equal(await page.evaluate(() => window.__queued), false, 'the queued function was called');
        await page.evaluate(() => (window.consentPanelQueue ||= []).push(() => (window.__later = true)));
        assert.equal(await page.evaluate(() => window.__later), true, 'a function pushed later is called');
      }
      await button(page, 'Tout accepter').click();
      await waitRan(page, ['broken-analytics']);
      if (name.includes('dataLayer'))
        assert.ok(
          p.consoleErrors.some((e) => e.includes('googleConsentMode')),
          'a console error says what is wrong',
        );
      assert.deepEqual(p.pageErrors, []);
    });
  }

  // A polluted Object.prototype (a vulnerable merge in some library of the page) must not configure the panel.
  const POLLUTED = `<script>Object.prototype.required = true; Object.prototype.exempt = true;</script>`;
  const OWN_CONFIG = {
    privacyUrl: '/p',
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      { id: 'analytics', label: 'Mesure d’audience' },
      { id: 'ads', label: 'Publicité', vendors: [{ id: 'adnet', name: 'AdNet' }] },
    ],
  };
  for (const [name, config] of [
    ['the default purposes', { privacyUrl: '/p' }],
    ['purposes of its own', OWN_CONFIG],
  ]) {
    test(`Object.prototype.required and .exempt set to true before the script, ${name}: nothing is granted until the reader decides`, async () => {
      const p = await openPage(
        h,
        doc({
          head: POLLUTED + globalConfig(config),
          body: `${gatedInline('polluted-analytics', 'analytics')}${gatedInline('polluted-ads', 'ads')}\n${PANEL}`,
        }),
      );
      const { page } = p;
      const detail = await ready(page);
      assert.equal(detail.purposes.analytics, false);
      assert.equal(detail.purposes.ads, false);
      await bannerShown(page);
      assert.deepEqual(await page.evaluate(() => [consentPanel.granted('analytics'), consentPanel.granted('ads')]), [false, false]);
      assert.deepEqual(await page.evaluate(() => window.__ran ?? []), [], 'no gated tag ran');
      await button(page, 'Tout refuser').click();
      await bannerGone(page);
      assert.deepEqual(await page.evaluate(() => [consentPanel.granted('analytics'), consentPanel.granted('ads')]), [false, false]);
      assert.deepEqual(p.pageErrors, []);
    });
  }
});
