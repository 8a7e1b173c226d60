// The IAB TCF CMP API itself: the stub and its queue, version handling, the
// __tcfapiLocator frame and the postMessage interface from a cross-origin
// iframe on a second port.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { after, before } from 'node:test';
import { projectRoot, setup } from './harness.mjs';
import { suite, test } from './helpers.mjs';
import {
  ACCEPTED,
  button,
  checkTcString,
  dialog,
  GVL_URL,
  LIST,
  open,
  statuses,
  stubScript,
  TCF,
  tcfapi,
  tcfConfig,
  tcfPage,
  UNDECIDED,
  vendorEvents,
} from './tcf-helpers.mjs';

let h;
let frameOrigin;
before(async () => {
  h = await setup();
  frameOrigin = await h.server.listen();
});
after(() => h?.teardown());

suite('IAB TCF: the CMP API', () => {
  test('the stub is under 1 KB and the docs show it exactly', () => {
    const stub = readFileSync(`${projectRoot}dist/tcf-stub.js`, 'utf8').trim();
    assert.ok(statSync(`${projectRoot}dist/tcf-stub.js`).size < 1024, 'under 1 KB');
    const docs = readFileSync(`${projectRoot}docs/tcf.md`, 'utf8');
    assert.ok(docs.includes(`<script>${stub}</script>`), 'docs/tcf.md holds the current dist/tcf-stub.js');
  });

  test('the stub alone: __tcfapi is a function, ping answers at once, other calls wait, version 1 fails, the locator frame exists', async () => {
    const p = await open(h, `<!doctype html><html lang="fr"><head>${stubScript()}</head><body><p>x</p></body></html>`);
    const state = await p.page.evaluate(() => {
      const out = { type: typeof window.__tcfapi, calls: [] };
      window.__tcfapi('ping', 2, (value, success) => out.calls.push(['ping', value, success]));
      window.__tcfapi('ping', undefined, (value, success) => out.calls.push(['ping latest', value.cmpStatus, success]));
      window.__tcfapi('ping', 1, (value, success) => out.calls.push(['ping v1', value, success]));
      window.__tcfapi('addEventListener', 1, (value, success) => out.calls.push(['addEventListener v1', value, success]));
      window.__tcfapi('addEventListener', 3, (value, success) => out.calls.push(['addEventListener v3', value, success]));
      window.__tcfapi('addEventListener', 2, () => out.calls.push(['addEventListener v2 answered']));
      out.queued = window.__tcfapi().length;
      out.locators = document.querySelectorAll('iframe[name="__tcfapiLocator"]').length;
      out.found = !!window.frames.__tcfapiLocator;
      return out;
    });
    assert.equal(state.type, 'function');
    assert.deepEqual(state.calls, [
      ['ping', { gdprApplies: true, cmpLoaded: false, cmpStatus: 'stub', displayStatus: 'hidden', apiVersion: '2' }, true],
      ['ping latest', 'stub', true],
      ['ping v1', null, false],
      ['addEventListener v1', null, false],
      ['addEventListener v3', null, false],
    ]);
    assert.equal(state.queued, 1);
    assert.equal(state.locators, 1);
    assert.equal(state.found, true);
  });

  test('calls queued in the stub are answered once the CMP loads, in order', async () => {
    // The vendor list comes late: the vendor's calls wait in the stub's queue.
    const config = tcfConfig({ gvlUrl: `${GVL_URL}?delay=1500` });
    const p = await open(
      h,
      tcfPage({
        config,
        vendor: false,
        head: `<script>
      window.order = [];
      __tcfapi('getTCData', 2, (d, ok) => order.push(['getTCData', d.eventStatus, ok, d.cmpStatus]));
      __tcfapi('addEventListener', 2, (d, ok) => order.push(['addEventListener', d.eventStatus, ok, d.tcString]));
      __tcfapi('ping', 2, (d) => order.push(['ping', d.cmpStatus]));
    </script>`,
      }),
    );
    assert.deepEqual(await p.page.evaluate(() => window.order), [['ping', 'stub']]);
    await p.page.waitForFunction(() => window.order.length >= 3, null, { polling: 20 });
    const order = await p.page.evaluate(() => window.order);
    assert.deepEqual(order.slice(0, 2), [
      ['ping', 'stub'],
      ['getTCData', 'cmpuishown', true, 'loaded'],
    ]);
    assert.equal(order[2][0], 'addEventListener');
    assert.equal(order[2][1], 'cmpuishown');
    checkTcString(order[2][3], UNDECIDED);
  });

  test('without the stub: the module brings __tcfapi and the locator frame itself', async () => {
    const p = await open(h, tcfPage({ stub: false, vendor: false }));
    await p.page.waitForFunction(() => typeof window.__tcfapi === 'function', null, { polling: 20 });
    await p.page.evaluate(() => {
      window.seen = [];
      window.__tcfapi('addEventListener', 2, (d) => window.seen.push(d.eventStatus));
    });
    await p.page.waitForFunction(() => window.seen.length === 1, null, { polling: 20 });
    assert.deepEqual(await p.page.evaluate(() => window.seen), ['cmpuishown']);
    assert.equal(await p.page.evaluate(() => document.querySelectorAll('iframe[name="__tcfapiLocator"]').length), 1);
  });

  test('version 1 fails on the loaded CMP too; version "2" and 0 are served', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    assert.deepEqual(await tcfapi(p.page, 'ping', 1), [null, false]);
    assert.deepEqual(await tcfapi(p.page, 'addEventListener', 1), [null, false]);
    assert.deepEqual(await tcfapi(p.page, 'getTCData', 1), [null, false]);
    assert.equal((await tcfapi(p.page, 'ping', '2'))[0].cmpStatus, 'loaded');
    assert.equal((await tcfapi(p.page, 'getTCData', 0))[1], true);
    assert.deepEqual(await tcfapi(p.page, 'noSuchCommand', 2), [null, false]);
    // getVendorList serves the list the site hosts, and no other version.
    for (const version of [undefined, 'LATEST', LIST.vendorListVersion]) {
      const [list, ok] = await tcfapi(p.page, 'getVendorList', 2, version);
      assert.equal(ok, true, String(version));
      assert.equal(list.vendorListVersion, LIST.vendorListVersion);
      assert.deepEqual(Object.keys(list.vendors), Object.keys(LIST.vendors));
    }
    assert.deepEqual(await tcfapi(p.page, 'getVendorList', 2, 12), [null, false]);
  });

  // Every answer ping gives from the start of <head>: on a timer, in the CMP's listener
  // calls (from inside its updates) and on each consent-change; a repeat is noted once.
  const PING_LOG = `<script>
    window.pingLog = [];
    const note = () => __tcfapi('ping', 2, (p) => pingLog.at(-1) === p.cmpStatus || pingLog.push(p.cmpStatus));
    note();
    window.pinging = setInterval(note, 0);
    __tcfapi('addEventListener', 2, note);
    document.addEventListener('consent-change', note);
  </script>`;
  const pingLog = (page) => page.evaluate(() => (clearInterval(window.pinging), window.pingLog));

  test('ping never goes back to "stub": stub, then loaded through a choice and a change in the preferences', async () => {
    const p = await open(h, tcfPage({ head: PING_LOG }));
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    await vendorEvents(p.page, 2);
    await p.page.getByRole('link', { name: 'Gérer mes cookies' }).click();
    await vendorEvents(p.page, 3);
    await dialog(p.page).getByRole('button', { name: 'Tout refuser', exact: true }).click();
    assert.deepEqual(statuses(await vendorEvents(p.page, 4)), ['cmpuishown', 'useractioncomplete', 'cmpuishown', 'useractioncomplete']);
    assert.deepEqual(await pingLog(p.page), ['stub', 'loaded']);
  });

  test('ping never goes back to "stub" when the TCF cannot start: stub, then error', async () => {
    const p = await open(h, tcfPage({ config: tcfConfig({ gvlUrl: '/missing/vendor-list.json' }), head: PING_LOG }));
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    await p.page.waitForFunction(() => window.__tcf.changes.length === 1, null, { polling: 20 });
    assert.deepEqual(await pingLog(p.page), ['stub', 'error']);
  });

  test('a cross-origin iframe on a second port finds the CMP through __tcfapiLocator and follows the reader’s choice', async () => {
    const frameUrl = `${frameOrigin}${TCF}/frame.html`;
    const p = await open(h, tcfPage({ body: `<iframe title="Publicité" src="${frameUrl}" width="300" height="250"></iframe>` }));
    const frame = () => p.page.frames().find((f) => f.url() === frameUrl);
    await p.page.waitForFunction(() => document.querySelector('iframe[title="Publicité"]').contentWindow !== null);
    await p.page.waitForFunction(() => true);
    let f;
    for (let i = 0; i < 100 && !(f = frame()); i++) await new Promise((r) => setTimeout(r, 50));
    await f.waitForFunction(() => window.log && window.log.length >= 2, null, { polling: 20 });
    assert.equal(await f.evaluate(() => window.found), true);
    assert.notEqual(new URL(f.url()).origin, new URL(p.page.url()).origin, 'a different origin');
    const first = await f.evaluate(() => window.log);
    const ping = first.find((e) => e.command === 'ping');
    assert.equal(ping.success, true);
    assert.equal(ping.value.apiVersion, '2');
    const listened = first.filter((e) => e.command === 'addEventListener');
    assert.equal(listened[0].value.eventStatus, 'cmpuishown');
    checkTcString(listened[0].value.tcString, UNDECIDED);

    await button(p.page, 'Tout accepter').click();
    await f.waitForFunction(() => window.log.filter((e) => e.command === 'addEventListener').length >= 2, null, { polling: 20 });
    const events = (await f.evaluate(() => window.log)).filter((e) => e.command === 'addEventListener');
    assert.deepEqual(statuses(events.map((e) => e.value)), ['cmpuishown', 'useractioncomplete']);
    checkTcString(events[1].value.tcString, ACCEPTED);

    // getTCData, string messages, version 1 and removeEventListener through postMessage.
    const calls = await f.evaluate(
      (listenerId) =>
        Promise.all([
          new Promise((r) => window.tcfCall('getTCData', 2, (value, success) => r({ status: value.eventStatus, success }))),
          new Promise((r) =>
            window.tcfCall('ping', 2, (value, success, form) => r({ status: value.cmpStatus, success, form }), undefined, true),
          ),
          new Promise((r) => window.tcfCall('ping', 1, (value, success) => r({ value, success }))),
          new Promise((r) => window.tcfCall('removeEventListener', 2, (value, success) => r({ value, success }), listenerId)),
        ]),
      events[0].value.listenerId,
    );
    assert.deepEqual(calls, [
      { status: 'useractioncomplete', success: true },
      { status: 'loaded', success: true, form: 'string' },
      { value: null, success: false },
      { value: true, success: true },
    ]);
  });

  test('stored strings reach a vendor on later pages before any click', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    const [, accepted] = await vendorEvents(p.page, 2);
    for (const path of ['/tcf-later-1.html', '/tcf-later-2.html']) {
      h.server.page(path, tcfPage());
      await p.page.goto(h.server.url(path));
      const [loaded] = await vendorEvents(p.page, 1);
      assert.equal(loaded.eventStatus, 'tcloaded');
      assert.equal(loaded.tcString, accepted.tcString);
    }
  });
});
