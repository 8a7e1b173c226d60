// The stored record as the browser keeps it: which records still count, other
// tabs following a change, expiry while the page is open (fake clock), and
// storage that is blocked or full.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  DAY,
  FIXTURES,
  bannerGone,
  bannerShown,
  button,
  changes,
  events,
  gated,
  globalConfig,
  openPage,
  ran,
  ready,
  record,
  settle,
  stored,
  waitRan,
  suite,
  test,
  recordedPage,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

suite('storage and expiry', () => {
  const page$ = recordedPage;

  test('a valid stored record counts: decided at load, gated script runs, no panel', async () => {
    const { page } = await openPage(h, page$('', gated('valid-a')), { storage: { 'consent-panel': record({ granted: ['analytics'] }) } });
    const detail = await ready(page);
    assert.equal(detail.decided, true);
    assert.equal(detail.purposes.analytics, true);
    assert.equal(detail.record.id, record().id);
    await bannerGone(page);
    await waitRan(page, ['valid-a']);
  });

  const now = Date.now();
  const INVALID = [
    ['unreadable JSON', {}, '{"v":1,"id":'],
    ['not an object', {}, '"yes"'],
    ['another v', {}, record({ granted: ['analytics'], v: 2 })],
    ['another revision than the configured one', { revision: '2' }, record({ granted: ['analytics'], revision: '1' })],
    [
      'lacking a configured purpose',
      {},
      (() => {
        const r = record({ granted: ['analytics'] });
        delete r.purposes.social;
        return r;
      })(),
    ],
    [
      'expired (expiresAt in the past)',
      {},
      record({ granted: ['analytics'], decidedAt: now - 10 * DAY, expiresAt: new Date(now - DAY).toISOString() }),
    ],
    ['decided longer ago than expiresDays', { expiresDays: 30 }, record({ granted: ['analytics'], decidedAt: now - 40 * DAY, days: 182 })],
    ['older than the default 182 days', {}, record({ granted: ['analytics'], decidedAt: now - 183 * DAY, days: 395 })],
  ];

  for (const [name, config, value] of INVALID) {
    test(`a record ${name} means undecided: the panel shows again`, async () => {
      const p = await openPage(h, page$(Object.keys(config).length ? globalConfig(config) : '', gated(`invalid-${name}`)), {
        storage: { 'consent-panel': value },
      });
      const { page } = p;
      const detail = await ready(page);
      assert.equal(detail.decided, false);
      assert.equal(detail.record, null);
      assert.equal(detail.purposes.analytics, false);
      assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false);
      await bannerShown(page);
      await settle(page);
      assert.deepEqual(await ran(page), []);
      assert.deepEqual(p.pageErrors, []);
    });
  }

  test('another tab follows a decision and a reset through the storage event', async () => {
    const body = gated('tabs-a');
    const first = await openPage(h, page$('', body));
    const other = await first.context.newPage();
    other.setDefaultTimeout(5000);
    const otherErrors = [];
    other.on('pageerror', (e) => otherErrors.push(e));
    await other.goto(first.url);
    await Promise.all([bannerShown(first.page), bannerShown(other)]);

    await button(first.page, 'Tout accepter').click();
    const [change] = await changes(other, 1);
    assert.equal(change.source, 'storage');
    assert.equal(change.decided, true);
    assert.deepEqual(change.changed, ['analytics', 'ads', 'social', 'personalization']);
    assert.equal(change.record.id, (await stored(first.page)).id);
    await waitRan(other, ['tabs-a']);
    await bannerGone(other);
    assert.equal(await other.evaluate(() => consentPanel.granted('ads')), true);

    await first.page.evaluate(() => consentPanel.reset());
    const [, lost] = await changes(other, 2);
    assert.equal(lost.source, 'storage');
    assert.equal(lost.decided, false);
    assert.equal(lost.record, null);
    await bannerShown(other);
    assert.deepEqual(otherErrors, []);
    assert.deepEqual(
      (await events(first.page, 'consent-change')).map((e) => e.source),
      ['banner', 'api'],
      'the deciding tab saw its own sources',
    );
  });

  // Another tab's write whose storage event has not reached this page yet: written from this page, which gets no
  // storage event for its own writes, and followed in the same task by a decision here.
  const behindAnotherTab = (page, written, method, ...args) =>
    page.evaluate(
      ([value, name, rest]) => {
        localStorage.setItem('consent-panel', value);
        consentPanel[name](...rest);
        return { stored: JSON.parse(localStorage.getItem('consent-panel')).purposes };
      },
      [JSON.stringify(written), method, args],
    );

  test("a decision made here before another tab's storage event arrives merges into that tab's decision: a withdrawal or an objection made there stands", async () => {
    const p = await openPage(h, page$('', gated('stale-social', 'social')), {
      storage: { 'consent-panel': record({ granted: ['social'] }) },
    });
    await waitRan(p.page, ['stale-social']);
    // The other tab withdrew social; this one, not told yet, grants ads.
    const { stored: afterSet } = await behindAnotherTab(p.page, record({ granted: [] }), 'set', { ads: true });
    assert.deepEqual(afterSet, { necessary: true, analytics: false, ads: true, social: false, personalization: false });
    assert.equal(await p.page.evaluate(() => consentPanel.granted('social')), false, 'the withdrawal stands');
    assert.deepEqual(
      (await events(p.page, 'consent-change')).map((e) => [e.source, e.changed]),
      [
        ['storage', ['social']],
        ['api', ['ads']],
      ],
      'this page hears of the withdrawal, then of its own decision',
    );

    // An exempt purpose: the other tab objected; "Tout refuser" here, on older values, does not lift the objection.
    const audience = {
      privacyUrl: '/confidentialite',
      purposes: [
        { id: 'necessary', label: 'Fonctionnement', required: true },
        { id: 'audience', label: 'Mesure d’audience', exempt: true },
        { id: 'ads', label: 'Publicité' },
      ],
    };
    const q = await openPage(h, recordedPage(globalConfig(audience)));
    const objected = { ...record(), purposes: { necessary: true, audience: false, ads: true } };
    const { stored: afterReject } = await behindAnotherTab(q.page, objected, 'rejectAll');
    assert.deepEqual(afterReject, { necessary: true, audience: false, ads: false });
    assert.equal(await q.page.evaluate(() => consentPanel.granted('audience')), false, 'the objection stands');
  });

  test('expiry during the page (default 182 days, past setTimeout\'s 24.8-day limit): consent-change "expiry", the panel is back', async () => {
    const T0 = Date.parse('2026-03-02T09:00:00.000Z');
    const { page } = await openPage(h, page$('', gated('expiry-a')), {
      beforeGoto: (pg) => pg.clock.install({ time: T0 }),
      storage: { 'consent-panel': record({ granted: ['analytics', 'ads'], decidedAt: T0 - 60_000 }) },
    });
    const detail = await ready(page);
    assert.equal(detail.decided, true);
    await bannerGone(page);
    await waitRan(page, ['expiry-a']);

    await page.clock.runFor(181 * DAY);
    assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), true, 'still granted before 182 days');
    assert.deepEqual(await events(page, 'consent-change'), []);

    await page.clock.runFor(2 * DAY);
    const [change] = await changes(page, 1);
    assert.equal(change.source, 'expiry');
    assert.equal(change.decided, false);
    assert.deepEqual(change.changed, ['analytics', 'ads']);
    assert.equal(change.record, null);
    assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false);
    assert.equal(await stored(page), null, 'the expired record is gone');
    await bannerShown(page);
  });

  test('expiry follows the current expiresDays when it is shorter than the stored expiresAt', async () => {
    const T0 = Date.parse('2026-03-02T09:00:00.000Z');
    const { page } = await openPage(h, page$(globalConfig({ expiresDays: 30 })), {
      beforeGoto: (pg) => pg.clock.install({ time: T0 }),
      storage: { 'consent-panel': record({ granted: ['social'], decidedAt: T0 - DAY, days: 182 }) },
    });
    assert.equal((await ready(page)).decided, true);
    await page.clock.runFor(28 * DAY);
    assert.deepEqual(await events(page, 'consent-change'), []);
    await page.clock.runFor(2 * DAY);
    const [change] = await changes(page, 1);
    assert.equal(change.source, 'expiry');
    assert.deepEqual(change.changed, ['social']);
    await bannerShown(page);
  });

  test('a refusal expires too (changed [], decided false)', async () => {
    const T0 = Date.parse('2026-03-02T09:00:00.000Z');
    const { page } = await openPage(h, page$(globalConfig({ expiresDays: 1 })), { beforeGoto: (pg) => pg.clock.install({ time: T0 }) });
    await bannerShown(page);
    await button(page, 'Tout refuser').click();
    await bannerGone(page);
    await page.clock.runFor(DAY + 1000);
    const [, expired] = await changes(page, 2);
    assert.equal(expired.source, 'expiry');
    assert.equal(expired.decided, false);
    assert.deepEqual(expired.changed, []);
    await bannerShown(page);
  });

  for (const [name, fixture] of [
    ['localStorage that throws on access', 'break-storage.js'],
    ['localStorage that throws on write', 'full-storage.js'],
  ]) {
    test(`${name}: the panel works in memory for the page, no exception reaches it`, async () => {
      const p = await openPage(h, page$(`<script src="${FIXTURES}/${fixture}"></script>`, gated(`storage-${fixture}`)));
      const { page } = p;
      await bannerShown(page);
      assert.equal((await ready(page)).decided, false);
      await button(page, 'Tout accepter').click();
      const [change] = await changes(page, 1);
      assert.equal(change.decided, true);
      assert.equal(change.record.v, 1);
      await bannerGone(page);
      await waitRan(page, [`storage-${fixture}`]);
      assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), true);

      await page.evaluate(() => consentPanel.set({ analytics: false }));
      const [, second] = await changes(page, 2);
      assert.deepEqual(second.changed, ['analytics']);
      assert.equal(second.record.id, change.record.id, 'same id kept in memory');

      assert.deepEqual(p.pageErrors, []);
      // Nothing was kept: the next page asks again.
      await page.reload();
      await bannerShown(page);
      assert.equal((await ready(page)).decided, false);
      assert.deepEqual(p.pageErrors, []);
    });
  }
});
