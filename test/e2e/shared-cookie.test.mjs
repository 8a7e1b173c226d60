// One decision across a news group's subdomains (cookieDomain): two
// subdomains of journal.test, served from this machine through host-resolver
// rules, share the reader's decision in both directions through a cookie for
// journal.test; the shared cookie's module is fetched only when there is work.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL_SRC,
  RECORDER,
  bannerGone,
  bannerShown,
  button,
  doc,
  errorsMatching,
  gated,
  globalConfig,
  ready,
  settle,
  stored,
  suite,
  test,
  waitRan,
} from './helpers.mjs';

const WWW = 'www.journal.test';
const SPORT = 'sport.journal.test';
const MODULE = 'consent-panel-cookie-domain.js';

let h;
before(async () => {
  h = await setup({ hosts: 'MAP *.test 127.0.0.1, MAP *.co.uk 127.0.0.1' });
});
after(() => h?.teardown());

let count = 0;
/** Serves a page with `config` (and a gated analytics script) and returns its path. */
function servePage(config = { cookieDomain: 'journal.test' }, { head = '', body = '' } = {}) {
  const path = `/shared-${++count}.html`;
  h.server.page(
    path,
    doc({
      head: RECORDER + (config ? globalConfig({ privacyUrl: '/confidentialite', ...config }) : '') + head,
      body: `${gated(`stats-${count}`)}${body}<script src="${PANEL_SRC}"></script>`,
    }),
  );
  return { path, script: `stats-${count}` };
}

/** A reader: one browser context (one cookie jar) visiting several subdomains. */
async function reader() {
  const first = await h.newPage();
  return {
    context: first.context,
    errors: [],
    /** Every URL this reader's pages requested. */
    requests: [],
    async visit(host, path) {
      const page = await this.context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('console', (msg) => msg.type() === 'error' && this.errors.push(msg.text()));
      page.on('request', (request) => this.requests.push(request.url()));
      await page.goto(h.server.url(path, { host }));
      return page;
    },
    cookie: async (name = 'consent-panel') => (await first.context.cookies()).find((c) => c.name === name),
  };
}

const moduleRequests = (urls) => urls.filter((url) => new URL(url).pathname.endsWith(`/${MODULE}`)).length;

suite('shared cookie across subdomains', () => {
  test('a decision on www is adopted on sport: no panel, consent-ready with it, gated tags run', async () => {
    const r = await reader();
    const www = servePage();
    const page = await r.visit(WWW, www.path);
    await bannerShown(page);
    await button(page, 'Tout accepter').click();
    await bannerGone(page);
    const local = await stored(page);
    await page.waitForFunction(() => document.cookie.includes('consent-panel='));
    const cookie = await r.cookie();
    assert.equal(cookie.domain, '.journal.test', 'written for the parent domain');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.secure, false, 'no Secure on http');
    assert.ok(Math.abs(cookie.expires * 1000 - Date.parse(local.expiresAt)) < 5_000, 'expires with the decision');
    assert.ok(cookie.value.length < 300);

    const sport = servePage();
    const other = await r.visit(SPORT, sport.path);
    const detail = await ready(other);
    assert.equal(detail.decided, true);
    assert.equal(detail.purposes.analytics, true);
    assert.equal(detail.record.id, local.id, 'the same decision');
    assert.equal(detail.record.decidedAt, local.decidedAt);
    await bannerGone(other);
    await waitRan(other, [sport.script]);
    assert.deepEqual((await stored(other)).purposes, local.purposes, 'kept in sport’s own localStorage');
    const changes = await other.evaluate(() => window.__events.filter((e) => e.type === 'consent-change').length);
    assert.equal(changes, 0, 'adopting is not a change: consent-ready carries it');
    assert.deepEqual(r.errors, []);
  });

  test('the other direction: a newer refusal on sport replaces the older acceptance on www', async () => {
    const r = await reader();
    const page = await r.visit(WWW, servePage().path);
    await button(page, 'Tout accepter').click();
    await page.waitForFunction(() => document.cookie.includes('consent-panel='));
    const sportPage = await r.visit(SPORT, servePage().path);
    assert.equal((await ready(sportPage)).purposes.analytics, true);
    await sportPage.evaluate(() => window.consentPanel.rejectAll());
    await sportPage.waitForFunction(() => !window.consentPanel.granted('analytics'));
    // The module was loaded on sport by the decision, and mirrors it.
    await sportPage.waitForFunction(
      (decidedAt) => document.cookie.includes(`.${Date.parse(decidedAt).toString(36)}.`),
      (await stored(sportPage)).decidedAt,
    );
    const www = servePage();
    const again = await r.visit(WWW, www.path);
    const detail = await ready(again);
    assert.equal(detail.decided, true);
    assert.equal(detail.purposes.analytics, false, 'www adopts the newer refusal');
    assert.equal((await stored(again)).purposes.analytics, false);
    await settle(again);
    assert.deepEqual(await again.evaluate(() => (window.__ran ?? []).map((x) => x.name)), [], 'nothing gated runs');
  });

  test('reset() on one subdomain makes the others ask again', async () => {
    const r = await reader();
    const page = await r.visit(WWW, servePage().path);
    await button(page, 'Tout accepter').click();
    await page.waitForFunction(() => document.cookie.includes('consent-panel='));
    const sportPage = await r.visit(SPORT, servePage().path);
    assert.equal((await ready(sportPage)).decided, true);
    // Back on www, the page (whose decision matches the cookie) resets.
    const www = await r.visit(WWW, servePage().path);
    assert.equal((await ready(www)).decided, true);
    await www.evaluate(() => window.consentPanel.reset());
    await bannerShown(www);
    await www.waitForFunction(() => /consent-panel=1\.[0-9a-z]+\.-\./.test(document.cookie));
    const sportAgain = await r.visit(SPORT, servePage().path);
    assert.equal((await ready(sportAgain)).decided, false, 'sport forgets its copy');
    await bannerShown(sportAgain);
    assert.equal(await stored(sportAgain), null);
  });

  test('a decision that expires while the page is open takes its cookie with it', async () => {
    const r = await reader();
    const page = await r.context.newPage();
    await page.clock.install({ time: Date.now() });
    await page.goto(h.server.url(servePage({ cookieDomain: 'journal.test', expiresDays: 1 }).path, { host: WWW }));
    await button(page, 'Tout accepter').click();
    await page.waitForFunction(() => document.cookie.includes('consent-panel=1.'));
    await page.clock.runFor(86_400_000 + 1000);
    await bannerShown(page);
    await page.waitForFunction(() => !document.cookie.includes('consent-panel='));
    assert.equal(await r.cookie(), undefined);
  });

  test('a returning reader whose cookie matches, and a first visit, fetch no module; a decision does', async () => {
    const r = await reader();
    const first = await r.visit(WWW, servePage().path);
    await bannerShown(first);
    await settle(first, 300);
    assert.equal(moduleRequests(r.requests), 0, 'first visit, no cookie: the panel at once, no module');
    await button(first, 'Tout refuser').click();
    await first.waitForFunction(() => document.cookie.includes('consent-panel='));
    assert.equal(moduleRequests(r.requests), 1, 'the decision loads it');
    const returning = await r.visit(WWW, servePage().path);
    assert.equal((await ready(returning)).decided, true);
    await settle(returning, 300);
    assert.equal(moduleRequests(r.requests), 1, 'the stamps match: nothing more');
  });

  test('data-cookie-domain on the script tag and cookie-domain on the element work too', async () => {
    const r = await reader();
    const path = `/shared-attr-${++count}.html`;
    h.server.page(
      path,
      doc({ head: RECORDER, body: `<script src="${PANEL_SRC}" data-cookie-domain="journal.test" data-privacy-url="/p"></script>` }),
    );
    const page = await r.visit(WWW, path);
    await button(page, 'Tout accepter').click();
    await page.waitForFunction(() => document.cookie.includes('consent-panel='));
    const elementPath = `/shared-attr-${++count}.html`;
    h.server.page(
      elementPath,
      doc({
        head: RECORDER,
        body: `<consent-panel cookie-domain="journal.test" privacy-url="/p"></consent-panel><script src="${PANEL_SRC}"></script>`,
      }),
    );
    const other = await r.visit(SPORT, elementPath);
    const detail = await ready(other);
    assert.equal(detail.decided, true);
    assert.equal(detail.purposes.ads, true);
  });

  test('a bare drop-in in <head> with <consent-panel cookie-domain> further down: a reader who decided on another subdomain never sees the first layer', async () => {
    const r = await reader();
    const www = servePage();
    const first = await r.visit(WWW, www.path);
    await button(first, 'Tout accepter').click();
    await first.waitForFunction(() => document.cookie.includes('consent-panel='));
    const path = `/shared-late-element-${++count}.html`;
    // Records whether the first layer ever showed; the page's body is held back before the element.
    const watch = `<script>window.__layerShown = false; (function look() {
      const root = document.querySelector('consent-panel')?.shadowRoot;
      if (root?.textContent.includes('Tout accepter')) window.__layerShown = true;
      requestAnimationFrame(look);
    })();</script>`;
    h.server.page(
      path,
      doc({
        head: RECORDER + watch + `<script src="${PANEL_SRC}"></script>`,
        body: `<script src="/test/e2e/fixtures/mark.js?name=slow&delay=1200"></script><consent-panel cookie-domain="journal.test" privacy-url="/p"></consent-panel>`,
      }),
    );
    const page = await r.visit(SPORT, path);
    const detail = await ready(page);
    assert.equal(detail.decided, true, 'the decision made on www');
    await button(page, 'Gérer mes cookies').waitFor();
    assert.equal(await page.evaluate(() => window.__layerShown), false, 'no first layer flashed before the element was parsed');
    assert.deepEqual(r.errors, []);
  });

  for (const [what, domain, host, message] of [
    ['unrelated to the host', 'example.org', WWW, /cookieDomain: "example\.org" is neither this page's host/],
    ['a top-level domain', 'test', WWW, /cookieDomain: "test" is a public suffix/],
    ['a public suffix the browser refuses', 'co.uk', 'www.journal.co.uk', /cookieDomain: "co\.uk" was refused by the browser/],
  ]) {
    test(`a cookieDomain ${what} is reported and gets no cookie`, async () => {
      const r = await reader();
      const page = await r.visit(host, servePage({ cookieDomain: domain }).path);
      await button(page, 'Tout accepter').click();
      await bannerGone(page);
      await page.waitForFunction(() => window.__events.some((e) => e.type === 'consent-change'));
      await page.waitForFunction(() => window.consentPanel.granted('analytics'));
      await settle(page, 300);
      assert.equal(await r.cookie(), undefined, 'no cookie');
      assert.ok(
        r.errors.some((e) => message.test(e)),
        `a console error naming it: ${r.errors.join(' | ')}`,
      );
      assert.equal((await stored(page)).purposes.analytics, true, 'the decision is kept locally');
    });
  }

  test('a tampered, truncated, other-revision or oversized cookie reads as undecided, with a console error', async () => {
    const r = await reader();
    const page = await r.visit(WWW, servePage().path);
    await button(page, 'Tout accepter').click();
    await page.waitForFunction(() => document.cookie.includes('consent-panel='));
    const good = (await r.cookie()).value;
    const revised = await r.visit(WWW, servePage({ cookieDomain: 'journal.test', revision: '2' }).path);
    await bannerShown(revised);
    await revised.evaluate(() => window.consentPanel.acceptAll());
    await revised.waitForFunction(() => document.cookie.includes('.2.'));
    const otherRevision = (await r.cookie()).value;
    const cases = [
      ['tampered', good.replace('~analytics', '~!analytics')],
      ['truncated', good.slice(0, -8)],
      ['of another revision', otherRevision],
      ['oversized', good + 'x'.repeat(3950 - good.length)],
    ];
    for (const [what, value] of cases) {
      const fresh = await reader();
      await fresh.context.addCookies([{ name: 'consent-panel', value, domain: '.journal.test', path: '/' }]);
      const other = await fresh.visit(SPORT, servePage().path);
      const detail = await ready(other);
      assert.equal(detail.decided, false, `${what}: undecided`);
      assert.equal(detail.purposes.analytics, false, `${what}: nothing granted`);
      await bannerShown(other);
      assert.ok(
        fresh.errors.some((e) => /consent-panel: cookie consent-panel: .*it is not used/.test(e)),
        `${what}: a console error (${fresh.errors.join(' | ')})`,
      );
    }
  });

  test('a decision that exists only locally (no cookie yet) is written to the cookie without holding the page', async () => {
    const r = await reader();
    const page = await r.visit(WWW, servePage({}).path);
    await button(page, 'Tout accepter').click();
    await bannerGone(page);
    assert.equal(await r.cookie(), undefined, 'no cookieDomain: no cookie');
    const next = servePage();
    const again = await r.visit(WWW, next.path);
    assert.equal((await ready(again)).decided, true);
    await waitRan(again, [next.script]);
    await again.waitForFunction(() => document.cookie.includes('consent-panel=1.'));
    const sportPage = await r.visit(SPORT, servePage().path);
    assert.equal((await ready(sportPage)).purposes.analytics, true);
    assert.deepEqual(errorsMatching({ consoleErrors: r.errors }, /consent-panel/), []);
  });

  test('a page where cookies cannot be read (a sandboxed frame): the panel still starts and decides, without sharing', async () => {
    const inner = servePage();
    const r = await reader();
    const outer = `/shared-${++count}.html`;
    h.server.page(
      outer,
      `<!doctype html><html lang="fr"><title>Aperçu</title><iframe sandbox="allow-scripts" src="${inner.path}" title="Article" width="800" height="600"></iframe></html>`,
    );
    const page = await r.visit(WWW, outer);
    await page.waitForFunction(() => window.frames.length === 1);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.waitForFunction(() => window.__events?.length > 0, null, { polling: 50 });
    assert.deepEqual(await frame.evaluate(() => window.__events.map((e) => [e.type, e.decided])), [['consent-ready', false]]);
    await bannerShown(frame);
    await button(frame, 'Tout accepter').click();
    await waitRan(frame, [inner.script]);
    assert.equal(await frame.evaluate(() => window.consentPanel.granted('analytics')), true);
    assert.ok(!r.errors.some((e) => /could not start/.test(e)), r.errors.join('\n'));
  });
});
