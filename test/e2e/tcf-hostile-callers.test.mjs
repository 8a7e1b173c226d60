// The CMP API against callers that misbehave: vendor callbacks that throw,
// cross-origin ad frames that send commands named after Object.prototype,
// huge or out-of-range parameters, or other callers' listener ids, and page
// content that takes the locator frame's name.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { openPage, suite, test } from './helpers.mjs';
import {
  ACCEPTED,
  button,
  checkTcString,
  cmpSettled,
  GVL_URL,
  REJECTED,
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
  // A second port: another origin, as an ad frame is.
  frameOrigin = await h.server.listen();
});
after(() => h?.teardown());

const FRAME = '<iframe title="Publicité" src="FRAME_URL" width="300" height="250"></iframe>';
const frameMarkup = () => FRAME.replace('FRAME_URL', `${frameOrigin}${TCF}/frame.html`);

/** The ad frame (fixtures/tcf/frame.html, on the second origin), once it has found the CMP and pinged it. */
async function adFrame(page) {
  const url = `${frameOrigin}${TCF}/frame.html`;
  let frame;
  await page.waitForFunction(() => document.querySelector('iframe[title="Publicité"]'));
  for (let i = 0; i < 200 && !(frame = page.frames().find((f) => f.url() === url)); i++) await new Promise((r) => setTimeout(r, 25));
  await frame.waitForFunction(() => window.log && window.log.some((e) => e.command === 'ping'), null, { polling: 20 });
  assert.notEqual(new URL(frame.url()).origin, new URL(page.url()).origin, 'the frame is on another origin');
  // Every __tcfapiReturn the frame receives, raw.
  await frame.evaluate(() => {
    window.returns = [];
    window.addEventListener('message', (e) => e.data && e.data.__tcfapiReturn && window.returns.push(e.data.__tcfapiReturn));
  });
  return frame;
}

/** Posts a raw `__tcfapiCall` from the frame to the page and resolves with the page's answer. */
const post = (frame, call) =>
  frame.evaluate(
    (c) =>
      new Promise((resolve) => {
        const id = `raw-${Math.random()}`;
        const seen = (e) => {
          const r = e.data && e.data.__tcfapiReturn;
          if (r && r.callId === id) {
            window.removeEventListener('message', seen);
            resolve([r.returnValue, r.success]);
          }
        };
        window.addEventListener('message', seen);
        window.parent.postMessage({ __tcfapiCall: { version: 2, ...c, callId: id } }, '*');
      }),
    call,
  );

/** A page whose vendor list is held back until `release()`: the CMP stays a stub until then. */
async function slowCmp(markupOptions, pageOptions = {}) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const p = await openPage(h, tcfPage(markupOptions), {
    ...pageOptions,
    beforeGoto: (page) =>
      page.route(/vendor-list\.json/, async (route) => {
        await held;
        await route.continue();
      }),
  });
  return { p, release };
}

const INHERITED = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

suite('IAB TCF: the CMP API against hostile callers', () => {
  test('a vendor listener that throws: the listeners after it and the calls queued behind it are still answered', async () => {
    const vendors = `<script>
      window.heard = { b: [], c: [] };
      __tcfapi('addEventListener', 2, (d) => { if (d.eventStatus === 'useractioncomplete') vendorA.notThere(); });
      __tcfapi('addEventListener', 2, (d, ok) => heard.b.push([d.eventStatus, d.tcString, ok]));
    </script>`;
    const p = await openPage(h, tcfPage({ head: vendors }));
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    await p.page.waitForFunction(() => window.heard.b.length >= 2, null, { polling: 20 });
    const accepted = await p.page.evaluate(() => window.heard.b);
    assert.deepEqual(
      accepted.map((e) => e[0]),
      ['cmpuishown', 'useractioncomplete'],
    );
    checkTcString(accepted[1][1], ACCEPTED);

    await p.page.reload();
    await p.page.waitForFunction(() => window.heard?.b.length >= 1, null, { polling: 20 });
    await p.page.evaluate(() => window.consentPanel.rejectAll());
    await p.page.waitForFunction(() => window.heard.b.length >= 2, null, { polling: 20 });
    const withdrawn = await p.page.evaluate(() => window.heard.b);
    assert.deepEqual(
      withdrawn.map((e) => e[0]),
      ['tcloaded', 'useractioncomplete'],
    );
    checkTcString(withdrawn[1][1], REJECTED);
    // The vendor that was listening first heard the withdrawal too.
    const events = await vendorEvents(p.page, 2);
    checkTcString(events.at(-1).tcString, REJECTED);
    assert.deepEqual(p.pageErrors, []);
    assert.ok(
      p.consoleErrors.some((e) => /__tcfapi callback threw/.test(e)),
      'the throw is reported',
    );

    // A listener that throws at once, queued in the stub: the calls behind it are answered.
    const queued = `<script>
      window.heard = { b: [], c: [] };
      __tcfapi('addEventListener', 2, () => { throw new Error('vendor A'); });
      __tcfapi('addEventListener', 2, (d, ok) => heard.b.push([d.eventStatus, ok]));
      __tcfapi('getTCData', 2, (d, ok) => heard.c.push([d.eventStatus, ok]));
    </script>`;
    const q = await openPage(h, tcfPage({ head: queued, config: tcfConfig({ gvlUrl: `${GVL_URL}?delay=300` }) }));
    await q.page.waitForFunction(() => window.heard.b.length >= 1 && window.heard.c.length >= 1, null, { polling: 20 });
    assert.deepEqual(await q.page.evaluate(() => window.heard), { b: [['cmpuishown', true]], c: [['cmpuishown', true]] });
    await button(q.page, 'Tout refuser').click();
    await q.page.waitForFunction(() => window.heard.b.length >= 2, null, { polling: 20 });
    assert.deepEqual((await q.page.evaluate(() => window.heard.b))[1], ['useractioncomplete', true]);
    assert.deepEqual(q.pageErrors, []);
  });

  test('commands named after Object.prototype from a cross-origin frame, before the CMP is ready: answered (null, false), the queue intact', async () => {
    const { p, release } = await slowCmp({ body: frameMarkup() });
    const frame = await adFrame(p.page);
    const [ping] = await frame.evaluate(() => window.log.filter((e) => e.command === 'ping').map((e) => e.value.cmpStatus));
    assert.equal(ping, 'stub', 'the CMP is not ready yet');
    const early = await Promise.race([
      Promise.all(INHERITED.map((command) => post(frame, { command }))),
      new Promise((resolve) => setTimeout(() => resolve('no answer before the CMP is ready'), 2000)),
    ]);
    assert.deepEqual(
      early,
      INHERITED.map(() => [null, false]),
    );
    // The page's own listener, queued after those messages.
    await p.page.evaluate(() => {
      window.mine = [];
      window.__tcfapi('addEventListener', 2, (d, ok) => window.mine.push([d.eventStatus, d.tcString, ok]));
    });
    release();
    await p.page.waitForFunction(() => window.mine.length >= 1, null, { polling: 20 });
    const [[status, tcString, ok]] = await p.page.evaluate(() => window.mine);
    assert.deepEqual([status, ok], ['cmpuishown', true]);
    checkTcString(tcString, UNDECIDED);
    await button(p.page, 'Tout accepter').click();
    await p.page.waitForFunction(() => window.mine.length >= 2, null, { polling: 20 });
    checkTcString((await p.page.evaluate(() => window.mine))[1][1], ACCEPTED);
    // The frame's own listener, added before the hostile messages, still follows.
    await frame.waitForFunction(() => window.log.filter((e) => e.command === 'addEventListener').length >= 2, null, { polling: 20 });
    assert.deepEqual(p.pageErrors, []);
  });

  test('commands named after Object.prototype after load, under a CSP without eval: answered (null, false), no exception, no eval', async () => {
    const headers = { 'Content-Security-Policy': "script-src 'self' 'unsafe-inline'" };
    const p = await openPage(h, tcfPage({ body: frameMarkup() }), { headers });
    await vendorEvents(p.page, 1);
    const frame = await adFrame(p.page);
    await p.page.evaluate(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
    });
    for (const command of INHERITED) {
      assert.deepEqual(await post(frame, { command }), [null, false], command);
      assert.deepEqual(await post(frame, { command, parameter: [1] }), [null, false], command);
      assert.deepEqual(await tcfapi(p.page, command), [null, false], `${command} from the page`);
    }
    assert.deepEqual(await post(frame, { command: 'getInAppTCData' }), [null, false]);
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(await p.page.evaluate(() => window.violations), []);
    assert.deepEqual(
      p.consoleErrors.filter((e) => /Content Security Policy|unsafe-eval/.test(e)),
      [],
    );
    // The CMP still works for everyone.
    await button(p.page, 'Tout accepter').click();
    checkTcString((await vendorEvents(p.page, 2))[1].tcString, ACCEPTED);
    assert.equal((await post(frame, { command: 'getTCData' }))[0].eventStatus, 'useractioncomplete');
  });

  test('parameters are bounded and checked: vendor ids within the list, vendor list versions, listener ids', async () => {
    const p = await openPage(h, tcfPage({ body: frameMarkup() }));
    await vendorEvents(p.page, 1);
    const frame = await adFrame(p.page);
    // 500,000 vendor ids from a frame: refused, and never a listener.
    const huge = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          const ids = Array.from({ length: 500_000 }, (_, i) => i + 1);
          const seen = [];
          window.tcfCall(
            'addEventListener',
            2,
            (value, success) => {
              seen.push([value, success]);
              resolve(seen);
            },
            ids,
          );
          window.hugeCalls = seen;
        }),
    );
    assert.deepEqual(huge, [[null, false]]);
    assert.ok(
      p.consoleErrors.some((e) => /addEventListener/.test(e) && /500000/.test(e)),
      'reported',
    );
    const repeated = await frame.evaluate(
      () => new Promise((r) => window.tcfCall('getTCData', 2, (v, s) => r([v, s]), Array(5000).fill(10))),
    );
    assert.deepEqual(repeated, [null, false], 'more ids than the list has');

    for (const parameter of [[0], [-1], [1.5], [756], [1e9], ['10'], [null], {}, 'all', 10]) {
      const label = JSON.stringify(parameter);
      assert.deepEqual(await tcfapi(p.page, 'getTCData', 2, parameter), [null, false], `getTCData ${label}`);
      assert.deepEqual(await post(frame, { command: 'getTCData', parameter }), [null, false], `getTCData ${label} by message`);
      assert.deepEqual(await tcfapi(p.page, 'addEventListener', 2, parameter), [null, false], `addEventListener ${label}`);
    }
    const [some, ok] = await tcfapi(p.page, 'getTCData', 2, [755, 10, 1]);
    assert.equal(ok, true);
    assert.deepEqual(some.vendor.consents, { 1: false, 10: false, 755: false });
    for (const version of [{}, -1, 1.5, 'abc', [150], '']) {
      assert.deepEqual(await tcfapi(p.page, 'getVendorList', 2, version), [null, false], `getVendorList ${JSON.stringify(version)}`);
    }
    assert.equal((await tcfapi(p.page, 'getVendorList', 2, '150'))[1], true, 'the version as a string');
    for (const id of ['x', -1, 1.5, {}, [0], null]) {
      assert.deepEqual(await tcfapi(p.page, 'removeEventListener', 2, id), [null, false], `removeEventListener ${JSON.stringify(id)}`);
    }
    // None of the refused listeners hears the decision; the vendor does.
    const before = await frame.evaluate(() => window.hugeCalls.length);
    await button(p.page, 'Tout accepter').click();
    await vendorEvents(p.page, 2);
    await frame.waitForFunction(() => window.log.filter((e) => e.command === 'addEventListener').length >= 2, null, { polling: 20 });
    assert.equal(await frame.evaluate(() => window.hugeCalls.length), before);
    assert.deepEqual(p.pageErrors, []);
  });

  test('a frame removes only the listeners it added; the page only its own', async () => {
    const p = await openPage(h, tcfPage({ body: frameMarkup() }));
    const [first] = await vendorEvents(p.page, 1);
    const frame = await adFrame(p.page);
    await frame.waitForFunction(() => window.log.some((e) => e.command === 'addEventListener'), null, { polling: 20 });
    const frameListener = (await frame.evaluate(() => window.log.find((e) => e.command === 'addEventListener'))).value.listenerId;
    // The frame guesses ids.
    for (let id = 0; id < 6; id++) {
      if (id === frameListener) continue;
      assert.deepEqual(await post(frame, { command: 'removeEventListener', parameter: id }), [false, true], `id ${id}`);
    }
    // The page guesses the frame's.
    assert.deepEqual(await tcfapi(p.page, 'removeEventListener', 2, frameListener), [false, true]);
    await button(p.page, 'Tout accepter').click();
    const events = await vendorEvents(p.page, 2);
    assert.equal(events[1].listenerId, first.listenerId);
    checkTcString(events[1].tcString, ACCEPTED);
    await frame.waitForFunction(() => window.log.filter((e) => e.command === 'addEventListener').length >= 2, null, { polling: 20 });
    // Each removes its own.
    assert.deepEqual(await post(frame, { command: 'removeEventListener', parameter: frameListener }), [true, true]);
    assert.deepEqual(await tcfapi(p.page, 'removeEventListener', 2, first.listenerId), [true, true]);
  });

  test('an element with id="__tcfapiLocator" in the page content: the locator frame is still created and found', async () => {
    const comment = '<section><h2>Commentaires</h2><p id="__tcfapiLocator">Premier !</p></section>';
    for (const withStub of [true, false]) {
      const p = await openPage(h, tcfPage({ stub: withStub, vendor: withStub, body: comment }));
      await p.page.waitForFunction(
        () =>
          typeof window.__tcfapi === 'function' &&
          new Promise((resolve) => window.__tcfapi('ping', 2, (ping) => resolve(ping.cmpStatus === 'loaded'))),
        null,
        { polling: 20 },
      );
      assert.equal(await p.page.evaluate(() => document.querySelectorAll('iframe[name="__tcfapiLocator"]').length), 1, `stub: ${withStub}`);
      // An ad frame from another origin, put in now, looks for the locator.
      await p.page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), frameMarkup());
      const frame = await adFrame(p.page);
      assert.equal(await frame.evaluate(() => window.found), true);
      await frame.waitForFunction(() => window.log.some((e) => e.command === 'addEventListener'), null, { polling: 20 });
      assert.equal(await p.page.locator('#__tcfapiLocator').textContent(), 'Premier !');
    }
  });
});

suite('IAB TCF: the stub alone against hostile callers', { concurrency: 1 }, () => {
  test('inherited command names are answered (null, false) at once, not queued', async () => {
    const p = await openPage(h, `<!doctype html><html lang="fr"><head>${stubScript()}</head><body><p>x</p></body></html>`);
    const state = await p.page.evaluate((commands) => {
      const answers = [];
      for (const command of commands) window.__tcfapi(command, 2, (value, success) => answers.push([command, value, success]));
      return { answers, queued: window.__tcfapi().length };
    }, INHERITED);
    assert.deepEqual(
      state.answers,
      INHERITED.map((command) => [command, null, false]),
    );
    assert.equal(state.queued, 0);
  });
});

/**
 * Page code that watches `__tcfapi` as some ad libraries do: an accessor that
 * wraps each function assigned to it, and refuses anything else.
 */
const WATCHER = `<script>
  (() => {
    let current = window.__tcfapi;
    window.__assigned = [];
    Object.defineProperty(window, '__tcfapi', {
      configurable: true,
      get: () => current,
      set(fn) {
        window.__assigned.push(typeof fn);
        if (typeof fn !== 'function') throw new TypeError('__tcfapi must be a function');
        current = function (...args) { return fn.apply(this, args); };
      },
    });
  })();
</script>`;

suite('IAB TCF: the switch from the stub to the CMP', () => {
  test('__tcfapi is never anything but a function: page code that wraps it still gets the CMP, and the calls queued before it are answered', async () => {
    const p = await openPage(h, tcfPage({ head: WATCHER }));
    assert.equal((await cmpSettled(p.page)).cmpStatus, 'loaded');
    assert.deepEqual(
      [...new Set(await p.page.evaluate(() => window.__assigned))],
      ['function'],
      'every value __tcfapi took was a function',
    );
    // The stand-in vendor's listener, added to the stub's queue before the CMP, is answered.
    const [first] = await vendorEvents(p.page, 1);
    assert.equal(first.eventStatus, 'cmpuishown');
    checkTcString(first.tcString, UNDECIDED);
    await button(p.page, 'Tout refuser').click();
    const events = await vendorEvents(p.page, 2);
    assert.equal(events.at(-1).eventStatus, 'useractioncomplete');
    checkTcString(events.at(-1).tcString, REJECTED);
    assert.deepEqual(p.pageErrors, []);
  });
});
