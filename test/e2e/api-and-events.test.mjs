// window.consentPanel, the element's own methods, the pre-load queue and the
// events' `source`, as page code uses them.
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
  changes,
  doc,
  events,
  gated,
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

suite('API and events', () => {
  const page$ = recordedPage;
  const NONE = { necessary: true, analytics: false, ads: false, social: false, personalization: false };

  test('ready resolves with the state; granted() answers per purpose, vendor-less and required', async () => {
    const { page } = await openPage(h, page$());
    const detail = await ready(page);
    assert.deepEqual(detail, { purposes: NONE, vendors: {}, decided: false, changed: [], source: 'init', record: null });
    const [readyEvent] = await events(page, 'consent-ready');
    assert.deepEqual(
      { ...readyEvent, type: undefined, target: undefined, bubbles: undefined, composed: undefined },
      { ...detail, type: undefined, target: undefined, bubbles: undefined, composed: undefined },
    );
    assert.equal(readyEvent.bubbles && readyEvent.composed, true);
    const answers = await page.evaluate(() => ['necessary', 'analytics', 'ads'].map((p) => consentPanel.granted(p)));
    assert.deepEqual(answers, [true, false, false]);
    await page.evaluate(() => consentPanel.set({ analytics: true }));
    assert.deepEqual(await page.evaluate(() => ['necessary', 'analytics', 'ads', 'analytics ads'].map((p) => consentPanel.granted(p))), [
      true,
      true,
      false,
      false,
    ]);
  });

  test('onGranted: called once, when granted, and at once when already granted', async () => {
    const { page } = await openPage(h, page$());
    await ready(page);
    await page.evaluate(() => {
      window.__calls = [];
      consentPanel.onGranted('analytics', (d) => window.__calls.push(['analytics', d.source]));
      consentPanel.onGranted('ads', (d) => window.__calls.push(['ads', d.source]));
    });
    await page.evaluate(() => consentPanel.set({ analytics: true }));
    assert.deepEqual(await page.evaluate(() => window.__calls), [['analytics', 'api']]);
    await button(page, 'Gérer mes cookies').waitFor();
    await page.evaluate(() => consentPanel.acceptAll());
    await page.evaluate(() => consentPanel.rejectAll());
    await page.evaluate(() => consentPanel.acceptAll());
    assert.deepEqual(
      await page.evaluate(() => window.__calls),
      [
        ['analytics', 'api'],
        ['ads', 'api'],
      ],
      'each once',
    );
    const atOnce = await page.evaluate(() => {
      let called = 0;
      consentPanel.onGranted('social', () => called++);
      return called;
    });
    assert.equal(atOnce, 1, 'called synchronously when already granted');
  });

  test('onChange gets every change until unsubscribed', async () => {
    const { page } = await openPage(h, page$());
    await ready(page);
    await page.evaluate(() => {
      window.__seen = [];
      window.__stop = consentPanel.onChange((d) => window.__seen.push({ source: d.source, changed: d.changed, decided: d.decided }));
    });
    await button(page, 'Tout refuser').click();
    await changes(page, 1);
    await page.evaluate(() => consentPanel.set({ ads: true }));
    assert.equal(await page.evaluate(() => typeof window.__stop), 'function');
    await page.evaluate(() => window.__stop());
    await page.evaluate(() => consentPanel.acceptAll());
    await changes(page, 3);
    assert.deepEqual(await page.evaluate(() => window.__seen), [
      { source: 'banner', changed: [], decided: true },
      { source: 'api', changed: ['ads'], decided: true },
    ]);
  });

  test('acceptAll, rejectAll, set and reset: consent-change with source "api"; the same id is kept', async () => {
    const { page } = await openPage(h, page$('', gated('api-a')));
    await bannerShown(page);
    await page.evaluate(() => consentPanel.acceptAll());
    await bannerGone(page);
    await waitRan(page, ['api-a']);
    const first = await stored(page);
    await page.evaluate(() => consentPanel.rejectAll());
    await page.evaluate(() => consentPanel.set({ social: true, personalization: true }));
    await page.evaluate(() => consentPanel.set({ social: false }));
    const list = await changes(page, 4);
    assert.deepEqual(
      list.map((e) => [e.source, e.changed, e.decided]),
      [
        ['api', ['analytics', 'ads', 'social', 'personalization'], true],
        ['api', ['analytics', 'ads', 'social', 'personalization'], true],
        ['api', ['social', 'personalization'], true],
        ['api', ['social'], true],
      ],
    );
    const last = await stored(page);
    assert.equal(last.id, first.id, 'the record keeps its id');
    assert.ok(Date.parse(last.decidedAt) >= Date.parse(first.decidedAt), 'dates renewed');
    assert.deepEqual(last.purposes, { ...NONE, personalization: true });

    await page.evaluate(() => consentPanel.reset());
    const [reset] = (await changes(page, 5)).slice(-1);
    assert.equal(reset.source, 'api');
    assert.equal(reset.decided, false);
    assert.deepEqual(reset.changed, ['personalization']);
    assert.equal(reset.record, null);
    assert.equal(await stored(page), null, 'reset() deletes the record');
    await bannerShown(page);
    assert.equal(await button(page, 'Gérer mes cookies').count(), 0, 'asked again: the first layer, not the way back');
    assert.deepEqual(await ran(page), ['api-a']);
  });

  test('a re-save that changes nothing fires nothing', async () => {
    const { page } = await openPage(h, page$());
    await ready(page);
    await page.evaluate(() => consentPanel.acceptAll());
    await changes(page, 1);
    await page.evaluate(() => consentPanel.acceptAll());
    await page.evaluate(() => consentPanel.set({ analytics: true }));
    await settle(page);
    assert.equal((await events(page, 'consent-change')).length, 1);
  });

  test('reset() of a reader who had refused everything still fires consent-change', async () => {
    const { page } = await openPage(h, page$(), { storage: { 'consent-panel': record() } });
    assert.equal((await ready(page)).decided, true);
    await page.evaluate(() => consentPanel.reset());
    const [change] = await changes(page, 1);
    assert.deepEqual([change.source, change.decided, change.changed], ['api', false, []]);
  });

  test('set() with an unknown purpose: a console error naming it, nothing granted, nothing stored', async () => {
    const p = await openPage(h, page$());
    const { page } = p;
    await ready(page);
    await page.evaluate(() => consentPanel.set({ unknown: true }));
    assert.ok(
      p.consoleErrors.some((e) => e.includes('unknown')),
      JSON.stringify(p.consoleErrors),
    );
    await settle(page);
    assert.equal(await stored(page), null);
    assert.deepEqual(await events(page, 'consent-change'), []);
    assert.equal(await page.evaluate(() => consentPanel.granted('unknown')), false);
    assert.equal((await ready(page)).decided, false);
    await bannerShown(page);
    assert.deepEqual(p.pageErrors, []);

    await page.evaluate(() => consentPanel.set({ analytics: 'yes' }));
    assert.ok(
      p.consoleErrors.some((e) => e.includes('analytics') && e.includes('"yes"')),
      JSON.stringify(p.consoleErrors),
    );
    assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false);
    assert.equal(await stored(page), null);
  });

  test('the pre-load queue: functions pushed before the script and after load get the API, once', async () => {
    const head = `<script>
      window.__queued = [];
      (window.consentPanelQueue = window.consentPanelQueue || []).push((api) => window.__queued.push(['before', typeof api.granted, api === window.consentPanel]));
      (window.consentPanelQueue = window.consentPanelQueue || []).push((api) => { throw new Error('a site bug'); });
      window.consentPanelQueue.push((api) => api.ready.then((d) => window.__queued.push(['ready', d.decided])));
    </script>`;
    const p = await openPage(h, page$(head));
    const { page } = p;
    await ready(page);
    await page.evaluate(() =>
      (window.consentPanelQueue = window.consentPanelQueue || []).push((api) =>
        window.__queued.push(['after', typeof api.granted, api === window.consentPanel]),
      ),
    );
    await settle(page);
    assert.deepEqual(await page.evaluate(() => window.__queued), [
      ['before', 'function', true],
      ['ready', false],
      ['after', 'function', true],
    ]);
    assert.deepEqual(p.pageErrors, [], 'a throwing function does not break the page');
  });

  test('queued functions run once the state is known, and can decide', async () => {
    const head = `<script>(window.consentPanelQueue ||= []).push((api) => { window.__known = api.granted('analytics'); api.onGranted('ads', () => (window.__ads = true)); });</script>`;
    const { page } = await openPage(h, page$(head), { storage: { 'consent-panel': record({ granted: ['analytics'] }) } });
    await ready(page);
    assert.equal(await page.evaluate(() => window.__known), true);
    assert.equal(await page.evaluate(() => window.__ads), undefined);
    await page.evaluate(() => consentPanel.set({ ads: true }));
    assert.equal(await page.evaluate(() => window.__ads), true);
  });

  test('the element has the same methods as window.consentPanel', async () => {
    const { page } = await openPage(h, page$());
    await bannerShown(page);
    const same = await page.evaluate(async () => {
      const el = document.querySelector('consent-panel');
      const names = ['granted', 'onGranted', 'onChange', 'acceptAll', 'rejectAll', 'set', 'open', 'reset'];
      return { methods: names.filter((n) => typeof el[n] === 'function'), ready: (await el.ready) === (await consentPanel.ready) };
    });
    assert.equal(same.methods.length, 8);
    assert.equal(same.ready, true);
    await page.evaluate(() => document.querySelector('consent-panel').set({ ads: true }));
    const [change] = await changes(page, 1);
    assert.equal(change.source, 'api');
    assert.equal(await page.evaluate(() => consentPanel.granted('ads')), true);
  });

  test('API calls made before the state is known are not lost', async () => {
    // The global API exists as soon as the script ran; with the script in <head>
    // and no global config the state is known at DOMContentLoaded.
    const head = `${PANEL}<script>consentPanel.set({ social: true }); window.__early = consentPanel.granted('social');</script>`;
    const { page } = await openPage(h, doc({ head: RECORDER + head }));
    assert.equal(await page.evaluate(() => window.__early), false, 'not known yet');
    const [change] = await changes(page, 1);
    assert.equal(change.source, 'api');
    assert.equal(await page.evaluate(() => consentPanel.granted('social')), true);
    await bannerGone(page);
  });
});
