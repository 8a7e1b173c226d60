// Under a strict Content-Security-Policy (no 'unsafe-inline' for scripts or
// styles) the panel renders and works, and gated scripts keep their nonce.
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
  dialog,
  doc,
  gated,
  openPage,
  waitRan,
  suite,
  test,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

suite('strict CSP', () => {
  const CSP = { 'Content-Security-Policy': "script-src 'self' 'nonce-abc'; style-src 'self'" };
  const cspErrors = (p) => p.consoleErrors.filter((e) => /Content Security Policy/i.test(e));

  /** What a strict CSP forbids inside the panel, and proof that its styles apply. */
  const styleReport = (page) =>
    page.evaluate(() => {
      const root = document.querySelector('consent-panel').shadowRoot;
      return {
        styleAttributes: [...root.querySelectorAll('[style]')].map((el) => el.outerHTML.slice(0, 80)),
        styleElements: root.querySelectorAll('style').length,
        pageStyleElements: document.querySelectorAll('style').length,
        adoptedRules: root.adoptedStyleSheets.reduce((n, sheet) => n + sheet.cssRules.length, 0),
      };
    });

  test("strict CSP: the panel renders styled, works, and causes no violation; a nonce'd gated inline script runs", async () => {
    const body = [
      '<script type="text/plain" data-consent="analytics" nonce="abc">(window.__ran ||= []).push({ name: "csp-inline" });</script>',
      gated('csp-src'),
      PANEL,
    ].join('\n');
    const p = await openPage(h, doc({ head: RECORDER, body }), { headers: CSP });
    const { page } = p;
    await bannerShown(page);

    let report = await styleReport(page);
    assert.deepEqual(report.styleAttributes, [], 'no style attributes');
    assert.equal(report.styleElements, 0, 'no <style> in the shadow root');
    assert.equal(report.pageStyleElements, 0, 'no <style> added to the page');
    assert.ok(report.adoptedRules > 0, 'styles come from adopted stylesheets');
    const position = await button(page, 'Tout accepter').evaluate(
      (el) => getComputedStyle(el.closest('[part~="banner"]') ?? el.parentElement).position,
    );
    assert.equal(position, 'fixed', 'the styles apply: the first layer floats over the page');

    await button(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });
    report = await styleReport(page);
    assert.deepEqual(report.styleAttributes, [], 'no style attributes in the preferences');
    assert.equal(report.styleElements, 0);
    await dialog(page).getByRole('button', { name: 'Tout accepter', exact: true }).click();

    await changes(page, 1);
    await bannerGone(page);
    assert.deepEqual(await waitRan(page, ['csp-inline', 'csp-src']), ['csp-inline', 'csp-src']);
    report = await styleReport(page);
    assert.deepEqual(report.styleAttributes, [], 'no style attributes once decided');
    assert.deepEqual(cspErrors(p), [], 'no CSP violation');
    assert.deepEqual(p.pageErrors, []);
  });

  test('strict CSP: a gated inline script without the nonce stays blocked by the browser', async () => {
    const body = [
      '<script type="text/plain" data-consent="analytics">(window.__ran ||= []).push({ name: "csp-no-nonce" });</script>',
      '<script type="text/plain" data-consent="analytics" nonce="abc">(window.__ran ||= []).push({ name: "csp-nonce" });</script>',
      PANEL,
    ].join('\n');
    const p = await openPage(h, doc({ head: RECORDER, body }), { headers: CSP });
    await bannerShown(p.page);
    await button(p.page, 'Tout accepter').click();
    assert.deepEqual(
      await waitRan(p.page, ['csp-nonce']),
      ['csp-nonce'],
      'the panel does not lend its own trust to a script without nonce',
    );
    assert.equal(cspErrors(p).length, 1, "the one violation is the page's own script without nonce");
  });
});
