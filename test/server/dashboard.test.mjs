// The receiver with a real browser: a page on an allowed site sends receipts
// as the panel does (sendBeacon, fetch with keepalive); the dashboard asks for
// the token (HTTP Basic), draws its charts with uPlot under the strict CSP (a
// violation would show as a console error), and has the figures in tables.
/* global navigator */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, startServer } from '../e2e/harness.mjs';
import { databases, receipt, startTestReceiver, TOKEN } from './helpers.mjs';

let dbs;
let r;
let browser;
let site;
let sending;
before(async () => {
  dbs = await databases();
  site = await startServer();
  // The site's first port is allowed to send receipts; its second is another site.
  await site.listen();
  sending = await startTestReceiver(await dbs.sqlite.url(), { ALLOWED_ORIGINS: site.origins[0] });
  r = await startTestReceiver(await dbs.sqlite.url());
  browser = await launchBrowser();
  const mix = [
    receipt({ action: 'accept', purposes: { analytics: true, ads: true } }),
    receipt({ action: 'reject', purposes: { analytics: false, ads: false } }),
    receipt({ action: 'set', purposes: { analytics: true, ads: false } }),
    receipt({ action: 'set', purposes: { analytics: true, ads: false } }),
  ];
  for (const m of mix) assert.equal((await r.post(m)).status, 201);
});
after(async () => {
  await browser?.close();
  await site?.close();
  await sending?.close();
  await r?.close();
  await dbs?.close();
});

test('a page on an allowed site sends receipts with sendBeacon and with fetch; another site is refused', async () => {
  site.page('/article.html', '<!doctype html><title>article</title><p>article</p>');
  const p = await newPage(browser);
  try {
    const send = async (index) => {
      await p.page.goto(site.url('/article.html', { index }));
      const beacon = receipt({ page: site.url('/article.html', { index }) });
      const fetched = receipt({ action: 'set', purposes: { analytics: false, ads: true } });
      const result = await p.page.evaluate(
        async ([url, a, b]) => {
          const queued = navigator.sendBeacon(url, JSON.stringify(a));
          const res = await fetch(url, {
            method: 'POST',
            keepalive: true,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(b),
          }).then(
            (x) => x.status,
            (error) => String(error),
          );
          return { queued, res };
        },
        [`${sending.base}/receipts`, beacon, fetched],
      );
      return { beacon, fetched, result };
    };
    const allowed = await send(0);
    assert.deepEqual(allowed.result, { queued: true, res: 201 });
    const stored = async (id) => (await (await sending.get(`/receipts/${id}`)).json()).receipts;
    for (let i = 0; i < 50 && !(await stored(allowed.beacon.id)).length; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await stored(allowed.beacon.id)).length, 1, 'the beacon (text/plain;charset=UTF-8) was stored');
    assert.equal((await stored(allowed.fetched.id)).length, 1, 'the fetch (application/json, preflighted) was stored');

    const other = await send(1);
    assert.match(String(other.result.res), /TypeError|Failed to fetch/, 'the preflight of another site is refused');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal((await stored(other.beacon.id)).length, 0);
    assert.equal((await stored(other.fetched.id)).length, 0);
  } finally {
    await p.close();
  }
});

test('without the token the browser gets a Basic challenge and no figures', async () => {
  const p = await newPage(browser);
  try {
    const res = await p.page.goto(`${r.base}/dashboard`);
    assert.equal(res.status(), 401);
    assert.match(res.headers()['www-authenticate'], /^Basic /);
    assert.doesNotMatch(await p.page.content(), /analytics/);
  } finally {
    await p.close();
  }
});

test('with the token as password: charts and tables of the figures, no CSP violation', async () => {
  // The locale is set: this machine's default (en-US@posix) is not a tag Intl accepts, which uPlot needs.
  const p = await newPage(browser, { locale: 'fr-FR', httpCredentials: { username: 'officer', password: TOKEN } });
  try {
    const res = await p.page.goto(`${r.base}/dashboard`);
    assert.equal(res.status(), 200);
    const page = p.page;
    await page.getByRole('heading', { name: 'Consent receipts', level: 1 }).waitFor();
    const purposes = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Share granted' }) });
    const analytics = purposes.getByRole('row', { name: /^analytics/ });
    assert.equal((await analytics.getByRole('cell').allTextContents()).join('|'), '3|4|75.0 %');
    const decisions = page.getByRole('table').first();
    assert.match(await decisions.getByRole('row').nth(1).textContent(), /4.*1 \(25\.0 %\).*1 \(25\.0 %\).*2 \(50\.0 %\)/);
    for (const name of ['Decisions per day by action', 'Share granted per purpose and day, in percent']) {
      const chart = page.getByRole('img', { name });
      await chart.locator('canvas').waitFor();
      const box = await chart.locator('canvas').boundingBox();
      assert.ok(box.width > 100 && box.height > 100, `${name} drawn`);
    }
    assert.deepEqual(await page.locator('#actions-chart .u-legend .u-label').allTextContents(), [
      'Day',
      'Accept all',
      'Reject all',
      'Custom',
    ]);
    assert.deepEqual(await page.locator('#purposes-chart .u-legend .u-label').allTextContents(), ['Day', 'ads', 'analytics']);
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(p.pageErrors, []);

    // The period form reloads the page with the chosen days.
    await page.getByLabel('From').fill('2026-01-01');
    await page.getByLabel('To').fill('2026-01-31');
    await Promise.all([page.waitForURL(/from=2026-01-01&to=2026-01-31/), page.getByRole('button', { name: 'Show' }).click()]);
    await page.getByText('2026-01-01 to 2026-01-31 included').waitFor();
    assert.equal(await purposes.getByRole('row', { name: /^analytics/ }).count(), 0);

    // A hostile query is refused in plain text, never placed in the page.
    const hostile = await page.goto(`${r.base}/dashboard?from=%3Cscript%3Ealert(1)%3C/script%3E`);
    assert.equal(hostile.status(), 400);
    assert.match(hostile.headers()['content-type'], /^text\/plain/);
  } finally {
    await p.close();
  }
});
