// Bad TCF input: a console error that names it, __tcfapi answering
// cmpStatus "error" rather than a wrong string, and the rest of the panel
// working with the TCF off.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { suite, test } from './helpers.mjs';
import { button, cmpSettled, decode, GVL_URL, LIST, open, tcfapi, tcfConfig, tcfPage } from './tcf-helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** Opens a page with this `tcf`, checks the error path, and that the panel still decides. */
async function expectTcfOff(tcf, message) {
  const config = tcfConfig();
  config.tcf = tcf;
  const p = await open(h, tcfPage({ config }));
  await cmpSettled(p.page);
  const ours = () => p.consoleErrors.filter((e) => e.startsWith('consent-panel:') && /IAB TCF is off/.test(e));
  // Console messages reach node a little after the page has moved on.
  for (let i = 0; i < 100 && !ours().length; i++) await new Promise((r) => setTimeout(r, 20));
  const errors = ours();
  assert.equal(errors.length, 1, p.consoleErrors.join('\n'));
  assert.match(errors[0], message);
  const [ping, pinged] = await tcfapi(p.page, 'ping');
  assert.equal(pinged, true);
  assert.equal(ping.cmpStatus, 'error');
  assert.equal(ping.cmpLoaded, true);
  assert.equal(ping.apiVersion, '2');
  const [tcData, ok] = await tcfapi(p.page, 'getTCData');
  assert.equal(ok, false);
  assert.equal(tcData.cmpStatus, 'error');
  assert.equal(tcData.tcString, undefined, 'no string rather than a wrong one');
  // The vendor's listener, queued in the stub, got the same answer.
  const events = await p.page.evaluate(() => window.__tcf.events);
  assert.deepEqual(
    events.map((e) => [e.cmpStatus, e.success, e.tcString]),
    [['error', false, undefined]],
  );
  // The panel works without the TCF.
  await button(p.page, 'Tout accepter').click();
  await p.page.waitForFunction(() => window.consentPanel.granted('ads'));
  assert.equal((await p.page.evaluate(() => window.__tcf.changes)).length, 1);
  assert.equal(await p.page.locator('consent-panel [slot]').count(), 0, 'no TCF parts in the panel');
  assert.deepEqual(p.pageErrors, []);
  return p;
}

suite('IAB TCF: bad input', () => {
  test('no cmpId', () => expectTcfOff({ gvlUrl: GVL_URL, vendors: [755] }, /tcf\.cmpId: undefined/));

  test('a cmpId that is not one', () => expectTcfOff({ cmpId: '300', gvlUrl: GVL_URL }, /tcf\.cmpId: "300"/));

  test('an unreachable vendor list', () =>
    expectTcfOff({ cmpId: 300, gvlUrl: '/missing/vendor-list.json' }, /tcf\.gvlUrl: .*\/missing\/vendor-list\.json.*404/));

  test('an invalid vendor list', async () => {
    h.server.page('/bad-gvl/vendor-list.json', JSON.stringify({ ...LIST, vendors: undefined }));
    await expectTcfOff(
      { cmpId: 300, gvlUrl: '/bad-gvl/vendor-list.json' },
      /tcf\.gvlUrl: .*bad-gvl.*not a valid Global Vendor List.*"vendors"/,
    );
  });

  test('a vendor list that is not JSON', async () => {
    h.server.page('/html-gvl/vendor-list.json', '<!doctype html><title>oops</title>', { headers: { 'Content-Type': 'text/html' } });
    await expectTcfOff({ cmpId: 300, gvlUrl: '/html-gvl/vendor-list.json' }, /tcf\.gvlUrl: .*html-gvl.*not JSON/);
  });

  test('the IAB’s own host', () =>
    expectTcfOff({ cmpId: 300, gvlUrl: 'https://vendor-list.consensu.org/v3/vendor-list.json' }, /tcf\.gvlUrl: .*consensu.*IAB/));

  test('an unknown vendor id', () =>
    expectTcfOff({ cmpId: 300, gvlUrl: GVL_URL, vendors: [755, 9999] }, /tcf\.vendors: 9999 is not in the Global Vendor List/));

  test('a vendor deleted from the list', () =>
    expectTcfOff({ cmpId: 300, gvlUrl: GVL_URL, vendors: [99] }, /tcf\.vendors: 99 \(Ancien Partenaire\) was deleted/));

  test('a missing translation: English texts, a warning, the TCF still on', async () => {
    h.server.page('/gvl-en-only/vendor-list.json', JSON.stringify(LIST));
    // The missing translation answers late, as over a slow network: the CMP settles well after the page's load.
    const slowTranslation = (page) =>
      page.route('**/gvl-en-only/purposes-fr.json', (route) => new Promise((r) => setTimeout(r, 300)).then(() => route.continue()));
    const p = await open(h, tcfPage({ config: tcfConfig({ gvlUrl: '/gvl-en-only/vendor-list.json' }) }), { beforeGoto: slowTranslation });
    await cmpSettled(p.page);
    const [ping] = await tcfapi(p.page, 'ping');
    assert.equal(ping.cmpStatus, 'loaded');
    assert.deepEqual(
      p.consoleErrors.filter((e) => e.startsWith('consent-panel:')),
      [],
    );
    for (let i = 0; i < 100 && !p.consoleWarnings.some((w) => /purposes-fr/.test(w)); i++) await new Promise((r) => setTimeout(r, 20));
    assert.match(p.consoleWarnings.join('\n'), /purposes-fr\.json could not be used \(.*404\); the TCF texts are shown in English/);
    const [tcData] = await tcfapi(p.page, 'getTCData');
    assert.equal(decode(tcData.tcString).consentLanguage, 'EN');
  });
});
