// Receipts (proof of consent) from the built drop-in script to a real HTTP
// receiver on a loopback port: one receipt per decision with its fields, the
// configuration hash, the queue in storage when the receiver fails or the
// browser is offline (sent once on a later page, by one tab only), bad
// configuration, and the reader's consent id in the preferences.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { projectRoot, setup } from './harness.mjs';
import {
  PANEL,
  bannerShown,
  button,
  dialog,
  doc,
  errorsMatching,
  globalConfig,
  openPage,
  ready,
  settle,
  stored,
  suite,
  test,
} from './helpers.mjs';
import { startReceiver } from './receipts-helpers.mjs';
import { open as openTcf, tcfConfig, tcfPage } from './tcf-helpers.mjs';

const { configHash, normalizeConfig } = await import(`${projectRoot}dist/esm/config-hash.js`);

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** Each test its own receiver, closed however the test ends. */
async function withReceiver(fn) {
  const receiver = await startReceiver();
  try {
    return await fn(receiver);
  } finally {
    await receiver.close();
  }
}

const RECORD_EVENTS = `<script>window.__receipts = []; document.addEventListener('consent-receipt', (e) => window.__receipts.push(e.detail));</script>`;
const config = (receipts, more = {}) => ({ privacyUrl: '/confidentialite', revision: '3', receipts, ...more });
const page$ = (cfg, { lang = 'fr', head = '' } = {}) => doc({ lang, head: RECORD_EVENTS + globalConfig(cfg) + head, body: PANEL });
const receiptEvents = (page, count, status) =>
  page
    .waitForFunction(([n, s]) => window.__receipts.filter((r) => !s || r.status === s).length >= n, [count, status], { polling: 20 })
    .then(() => page.evaluate(() => window.__receipts));
const queue = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('consent-panel:receipts') ?? '[]'));
const waitFor = async (what, check) => {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`timed out waiting for ${what}`);
};

suite('receipts', () => {
  test('each decision sends one receipt with its fields; page loads send none', async () =>
    withReceiver(async (receiver) => {
      const cfg = config({ url: receiver.url });
      const p = await openPage(h, page$(cfg), { path: '/articles/halle.html' });
      await p.page.goto(`${p.url}?utm_source=mail&reader=42#comments`);
      await bannerShown(p.page);
      await button(p.page, 'Tout accepter').click();
      await receiptEvents(p.page, 1, 'stored');
      const record = await stored(p.page);
      assert.equal(receiver.received.length, 1);
      const { body, headers } = receiver.received[0];
      assert.equal(headers['content-type'], 'text/plain;charset=UTF-8');
      assert.equal(headers.cookie, undefined, 'no cookie');
      assert.deepEqual(Object.keys(body).sort(), [
        'action',
        'configHash',
        'decidedAt',
        'expiresAt',
        'gpc',
        'id',
        'lang',
        'page',
        'purposes',
        'revision',
        'source',
        'v',
        'vendors',
      ]);
      assert.deepEqual(
        { ...body, configHash: undefined },
        {
          v: 1,
          id: record.id,
          decidedAt: record.decidedAt,
          expiresAt: record.expiresAt,
          revision: '3',
          source: 'banner',
          action: 'accept-all',
          purposes: record.purposes,
          vendors: {},
          lang: 'fr',
          configHash: undefined,
          gpc: false,
          page: new URL('/articles/halle.html', p.url).href,
        },
      );
      assert.match(body.configHash, /^[0-9a-f]{64}$/);
      assert.equal(body.configHash, await configHash(normalizeConfig(cfg), 'fr'), 'the hash an auditor recomputes');
      assert.deepEqual(await p.page.evaluate(() => window.__receipts), [{ id: record.id, decidedAt: record.decidedAt, status: 'stored' }]);

      // A second decision, from the preferences: one more receipt, same id.
      await button(p.page, 'Gérer mes cookies').click();
      await dialog(p.page).getByRole('switch', { name: 'Publicité', exact: true }).click();
      await dialog(p.page).getByRole('button', { name: 'Enregistrer mes choix', exact: true }).click();
      await receiptEvents(p.page, 2, 'stored');
      assert.equal(receiver.received.length, 2);
      assert.equal(receiver.received[1].body.id, record.id);
      assert.equal(receiver.received[1].body.source, 'preferences');
      assert.equal(receiver.received[1].body.action, 'custom');
      assert.equal(receiver.received[1].body.purposes.ads, false);

      // From page code: reject-all.
      await p.page.evaluate(() => window.consentPanel.rejectAll());
      await receiptEvents(p.page, 3, 'stored');
      assert.deepEqual(
        receiver.received.map((r) => [r.body.source, r.body.action]),
        [
          ['banner', 'accept-all'],
          ['preferences', 'custom'],
          ['api', 'reject-all'],
        ],
      );

      // Page loads of a returning reader are no decisions.
      await p.page.reload();
      await ready(p.page);
      await settle(p.page, 300);
      assert.equal(receiver.posts(), 3);
      assert.deepEqual(await queue(p.page), []);
    }));

  test('configHash: the same for the same configuration, another when a text shown changes', async () =>
    withReceiver(async (receiver) => {
      const base = config({ url: receiver.url });
      const changed = config({ url: receiver.url }, { purposes: [{ id: 'analytics', label: 'Mesure d’audience (v2)' }] });
      const sameAgain = config({ url: receiver.url });
      for (const cfg of [base, changed, sameAgain]) {
        const p = await openPage(h, page$(cfg));
        await bannerShown(p.page);
        await button(p.page, 'Tout refuser').click();
        await receiptEvents(p.page, 1, 'stored');
        await p.close();
      }
      const [a, b, c] = receiver.received.map((r) => r.body.configHash);
      assert.equal(a, c, 'same configuration, same hash');
      assert.notEqual(a, b, 'a changed label changes the hash');
      assert.equal(b, await configHash(normalizeConfig(changed), 'fr'));
      // The language shown is part of it.
      assert.notEqual(await configHash(normalizeConfig(base), 'en'), a);
    }));

  test('a receiver error (500) queues the receipt; the next page sends it once', async () =>
    withReceiver(async (receiver) => {
      receiver.set({ status: 500 });
      const p = await openPage(h, page$(config(receiver.url)));
      await bannerShown(p.page);
      await button(p.page, 'Tout accepter').click();
      const [event] = await receiptEvents(p.page, 1, 'queued');
      assert.equal(event.reason, 'HTTP 500');
      assert.equal(receiver.received.length, 0);
      const queued = await queue(p.page);
      assert.equal(queued.length, 1);
      assert.equal(queued[0].id, (await stored(p.page)).id);
      assert.ok(p.consoleWarnings.some((w) => /could not be sent .*HTTP 500.*kept for a later page/.test(w)));

      receiver.set({ status: 201 });
      await p.page.goto(p.url);
      await receiptEvents(p.page, 1, 'stored');
      assert.equal(receiver.received.length, 1);
      assert.deepEqual(receiver.received[0].body, queued[0], 'the receipt as it was made');
      assert.deepEqual(await queue(p.page), []);

      await p.page.goto(p.url);
      await ready(p.page);
      await settle(p.page, 300);
      assert.equal(receiver.received.length, 1, 'sent once');
    }));

  test('offline: the receipt waits, and goes once the browser is back online or on the next page', async () =>
    withReceiver(async (receiver) => {
      const p = await openPage(h, page$(config(receiver.url)));
      await bannerShown(p.page);
      await p.context.setOffline(true);
      await button(p.page, 'Tout refuser').click();
      const [event] = await receiptEvents(p.page, 1, 'queued');
      assert.equal(event.reason, 'offline');
      assert.equal(receiver.posts(), 0);
      assert.equal((await queue(p.page)).length, 1);
      await p.context.setOffline(false);
      // Back online, the page sends what waits.
      await receiptEvents(p.page, 1, 'stored');
      assert.equal(receiver.received.length, 1);
      assert.equal(receiver.received[0].body.action, 'reject-all');
      await p.page.goto(p.url);
      await ready(p.page);
      await settle(p.page, 300);
      assert.equal(receiver.received.length, 1, 'sent once');
    }));

  test('two tabs loading at once send a queued receipt once', async () =>
    withReceiver(async (receiver) => {
      receiver.set({ status: 503 });
      const first = await openPage(h, page$(config(receiver.url)));
      await bannerShown(first.page);
      await button(first.page, 'Tout accepter').click();
      await receiptEvents(first.page, 1, 'queued');
      // A slow receiver: both tabs would have time to send the same receipt.
      receiver.set({ status: 201, delay: 400 });
      const second = await first.context.newPage();
      await Promise.all([first.page.goto(first.url), second.goto(first.url)]);
      await waitFor('the receipt', () => receiver.received.length >= 1);
      await Promise.all([settle(first.page, 800), settle(second, 0)]);
      assert.equal(receiver.received.length, 1, 'one tab sent it');
      assert.equal(receiver.posts(), 2, 'the failed attempt and one send');
      assert.deepEqual(await queue(second), []);
    }));

  test('with the IAB TCF module: the receipt carries the TC string of the decision', async () =>
    withReceiver(async (receiver) => {
      const p = await openTcf(h, tcfPage({ config: tcfConfig({}, { receipts: receiver.url }), head: RECORD_EVENTS }));
      await bannerShown(p.page);
      await button(p.page, 'Tout accepter').click();
      await receiptEvents(p.page, 1, 'stored');
      const record = await stored(p.page);
      const { body } = receiver.received[0];
      assert.equal(typeof record.tcf.tcString, 'string');
      assert.equal(body.tcString, record.tcf.tcString);
      assert.equal(body.action, 'accept-all');
      await p.page.evaluate(() => window.consentPanel.rejectAll());
      await receiptEvents(p.page, 2, 'stored');
      const after = await stored(p.page);
      assert.notEqual(after.tcf.tcString, record.tcf.tcString);
      assert.equal(receiver.received[1].body.tcString, after.tcf.tcString, 'the string of the second decision');
    }));

  test('a placeholder’s "Autoriser et afficher" is a decision: source "placeholder", its action what it amounts to', async () =>
    withReceiver(async (receiver) => {
      const purposes = [
        { id: 'necessary', label: 'Fonctionnement', required: true },
        { id: 'analytics', label: 'Mesure d’audience' },
        { id: 'social', label: 'Réseaux sociaux', vendors: [{ id: 'youtube', name: 'YouTube' }] },
      ];
      const embed = `<iframe data-consent="social/youtube" data-src="/test/e2e/fixtures/mark.js" title="Vidéo"></iframe>`;
      const markup = doc({ head: RECORD_EVENTS + globalConfig(config(receiver.url, { purposes })), body: embed + PANEL });
      const p = await openPage(h, markup);
      await p.page
        .getByRole('region', { name: 'YouTube : contenu bloqué', exact: true })
        .getByRole('button', { name: 'Autoriser et afficher' })
        .click();
      await receiptEvents(p.page, 1, 'stored');
      const { body } = receiver.received[0];
      assert.deepEqual(
        [body.source, body.action, body.vendors, body.purposes],
        ['placeholder', 'custom', { 'social/youtube': true }, { necessary: true, analytics: false, social: true }],
      );
    }));

  test('saving the preferences again without a change renews the record and sends a receipt of it', async () =>
    withReceiver(async (receiver) => {
      const p = await openPage(h, page$(config(receiver.url)));
      await bannerShown(p.page);
      await button(p.page, 'Tout refuser').click();
      await receiptEvents(p.page, 1, 'stored');
      const first = await stored(p.page);
      await button(p.page, 'Gérer mes cookies').click();
      await dialog(p.page).getByRole('button', { name: 'Enregistrer mes choix', exact: true }).click();
      await receiptEvents(p.page, 2, 'stored');
      const second = await stored(p.page);
      assert.notEqual(second.decidedAt, first.decidedAt);
      assert.deepEqual(
        receiver.received.map((r) => [r.body.decidedAt, r.body.source, r.body.action]),
        [
          [first.decidedAt, 'banner', 'reject-all'],
          [second.decidedAt, 'preferences', 'reject-all'],
        ],
      );
      // Closing the preferences without deciding sends nothing.
      await button(p.page, 'Gérer mes cookies').click();
      await p.page.keyboard.press('Escape');
      await settle(p.page, 300);
      assert.equal(receiver.posts(), 2);
    }));

  test('a receipt still waiting for another tab to finish goes by sendBeacon as the page closes, once', async () =>
    withReceiver(async (receiver) => {
      const p = await openPage(h, page$(config(receiver.url)));
      await bannerShown(p.page);
      // Another tab of the site holds the receipts' lock (as while it sends a slow queue).
      const other = await p.context.newPage();
      await other.goto(new URL('/blank.html', p.url).href);
      await other.evaluate(() => {
        navigator.locks.request('consent-panel-receipts:consent-panel', () => new Promise((resolve) => (window.releaseLock = resolve)));
      });
      await button(p.page, 'Tout accepter').click();
      const { id, decidedAt } = await stored(p.page);
      await settle(p.page, 200);
      assert.equal(receiver.posts(), 0, 'waiting for the lock');
      await p.page.goto(new URL('/blank.html', p.url).href);
      await waitFor('the beacon', () => receiver.received.length === 1);
      const [{ body, headers }] = receiver.received;
      assert.equal(headers['content-type'], 'text/plain;charset=UTF-8');
      assert.deepEqual([body.id, body.decidedAt, body.source], [id, decidedAt, 'banner']);
      assert.deepEqual(await queue(other), [], 'nothing left to send again');
      await other.evaluate(() => window.releaseLock());
      await p.page.goto(p.url);
      await ready(p.page);
      await settle(p.page, 300);
      assert.equal(receiver.posts(), 1, 'sent once');
    }));

  test('a decision made before the module started gets its receipt (source "init")', async () =>
    withReceiver(async (receiver) => {
      const decideAtReady = `<script>(window.consentPanelQueue = window.consentPanelQueue || []).push((api) => api.acceptAll());</script>`;
      const p = await openPage(h, page$(config(receiver.url), { head: decideAtReady }));
      await receiptEvents(p.page, 1, 'stored');
      assert.equal(receiver.received.length, 1);
      assert.equal(receiver.received[0].body.source, 'init');
      assert.equal(receiver.received[0].body.action, 'accept-all');
      assert.equal(receiver.received[0].body.id, (await stored(p.page)).id);
    }));

  const BAD = [
    [
      'a javascript: URL',
      'javascript:alert(1)',
      /receipts: "javascript:alert\(1\)" is not an http\(s\) or relative URL; no receipts are sent/,
    ],
    ['a number', 42, /receipts: 42 is not a URL; no receipts are sent/],
    ['an object without url', { href: '/receipts' }, /receipts\.url: undefined is not a URL; no receipts are sent/],
    ['an empty url', { url: ' ' }, /receipts\.url: " " is not a URL/],
    ['a data: URL', { url: 'data:text/plain,x' }, /receipts\.url: "data:text\/plain,x" is not an http\(s\) or relative URL/],
  ];
  for (const [name, value, message] of BAD) {
    test(`bad receipts configuration (${name}): a console error, nothing sent, no consent id`, async () =>
      withReceiver(async (receiver) => {
        const p = await openPage(h, page$(config(value)));
        await bannerShown(p.page);
        await button(p.page, 'Tout accepter').click();
        await button(p.page, 'Gérer mes cookies').click();
        await dialog(p.page).waitFor();
        await settle(p.page, 300);
        assert.equal(errorsMatching(p, message).length, 1, `one error: ${p.consoleErrors.join(' | ')}`);
        assert.equal(receiver.requests.length, 0);
        assert.equal(h.server.requests.filter((r) => r.method === 'POST').length, 0);
        assert.equal(await p.page.getByText('Identifiant de votre consentement').count(), 0);
        assert.deepEqual(await p.page.evaluate(() => window.__receipts), []);
        assert.equal(p.pageErrors.length, 0);
      }));
  }

  test('a damaged queue in storage is reported and emptied, and the page still decides and sends', async () =>
    withReceiver(async (receiver) => {
      const p = await openPage(h, page$(config(receiver.url)), {
        storage: { 'consent-panel:receipts': '[{"id":1},"x",{"id":"a","decidedAt":"2026-01-01T00:00:00.000Z","v":1}' },
      });
      await bannerShown(p.page);
      await button(p.page, 'Tout accepter').click();
      await receiptEvents(p.page, 1, 'stored');
      assert.ok(
        errorsMatching(p, /consent-panel:receipts: .* is not a list of receipts; emptied\./).length >= 1,
        p.consoleErrors.join(' | '),
      );
      assert.equal(receiver.received.length, 1);
      assert.equal(receiver.received[0].body.id, (await stored(p.page)).id);
      assert.deepEqual(await queue(p.page), []);
      assert.equal(p.pageErrors.length, 0);
    }));

  test('entries that are not receipts are dropped with an error; a receipt over 8 KB is refused, not sent', async () =>
    withReceiver(async (receiver) => {
      const big = { v: 1, id: 'b', decidedAt: '2026-01-01T00:00:00.000Z', vendors: { x: 'y'.repeat(9000) } };
      const p = await openPage(h, page$(config(receiver.url)), {
        storage: { 'consent-panel:receipts': [{ id: 1 }, null, big] },
      });
      await receiptEvents(p.page, 1, 'rejected');
      assert.equal(errorsMatching(p, /consent-panel:receipts: \{"id":1\} is not a receipt; dropped\./).length >= 1, true);
      assert.equal(errorsMatching(p, /consent-panel:receipts: null is not a receipt; dropped\./).length >= 1, true);
      assert.equal(errorsMatching(p, /receipt: "b" was refused .*is over 8192 bytes/).length, 1);
      assert.equal(receiver.posts(), 0);
      assert.deepEqual(await queue(p.page), []);
    }));

  test('the reader’s consent id shows in the preferences, selectable (fr and en)', async () =>
    withReceiver(async (receiver) => {
      const p = await openPage(h, page$(config(receiver.url)));
      await bannerShown(p.page);
      await button(p.page, 'Personnaliser').click();
      await dialog(p.page).waitFor();
      assert.equal(await p.page.getByText('Identifiant de votre consentement').count(), 0, 'no id before a decision');
      await dialog(p.page).getByRole('button', { name: 'Tout refuser', exact: true }).click();
      const { id } = await stored(p.page);
      await button(p.page, 'Gérer mes cookies').click();
      const line = p.page.getByText('Identifiant de votre consentement');
      await line.waitFor({ state: 'visible' });
      assert.equal((await line.textContent()).trim(), `Identifiant de votre consentement\u00a0: ${id}`);
      const code = p.page.locator('[data-consent-panel-receipts]').getByText(id, { exact: true });
      assert.equal(await code.evaluate((el) => getComputedStyle(el).userSelect), 'all');
      // Inside the dialog, below its buttons.
      const [dialogBox, lineBox] = await Promise.all([dialog(p.page).boundingBox(), line.boundingBox()]);
      assert.ok(lineBox.y >= dialogBox.y && lineBox.y + lineBox.height <= dialogBox.y + dialogBox.height, 'within the dialog');

      const en = await openPage(h, page$(config(receiver.url), { lang: 'en' }));
      await en.page.evaluate(() => window.consentPanel.acceptAll());
      await button(en.page, 'Manage cookies').click();
      const enLine = en.page.getByText('Your consent ID');
      await enLine.waitFor({ state: 'visible' });
      assert.equal((await enLine.textContent()).trim(), `Your consent ID: ${(await stored(en.page)).id}`);
    }));

  test('without receipts: no module loaded, no consent id', async () => {
    const p = await openPage(h, page$({ privacyUrl: '/confidentialite' }));
    await p.page.evaluate(() => window.consentPanel.acceptAll());
    await button(p.page, 'Gérer mes cookies').click();
    await dialog(p.page).waitFor();
    await settle(p.page);
    assert.equal(await p.page.getByText('Identifiant de votre consentement').count(), 0);
    assert.equal(h.server.requests.filter((r) => r.path.endsWith('consent-panel-receipts.js') && r.headers.referer === p.url).length, 0);
  });

  test('in a frame sandboxed without allow-same-origin (no Web Locks, no storage): each decision is still sent at once and stored', async () =>
    withReceiver(async (receiver) => {
      h.server.page('/receipts-inner.html', page$(config({ url: receiver.url })));
      const p = await openPage(
        h,
        `<!doctype html><html lang="fr"><title>Aperçu</title><iframe sandbox="allow-scripts" src="/receipts-inner.html" title="Article" width="800" height="600"></iframe></html>`,
      );
      await p.page.waitForFunction(() => window.frames.length === 1);
      const frame = p.page.frames().find((f) => f !== p.page.mainFrame());
      await bannerShown(frame);
      await button(frame, 'Tout refuser').click();
      const [receipt] = await receiptEvents(frame, 1, 'stored');
      assert.equal(receiver.received.length, 1);
      assert.equal(receiver.received[0].body.id, receipt.id);
      assert.equal(receiver.received[0].body.action, 'reject-all');
      assert.deepEqual(errorsMatching(p, /receipts could not be sent/), []);
    }));
});
