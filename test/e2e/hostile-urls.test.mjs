// URLs that come from outside and end up as a link or something the page
// loads: the privacy links of the configuration, and the `data-src` of gated
// embeds and scripts. Only http(s) and relative URLs get through, decided on
// the protocol the browser itself will see: it drops tabs and newlines
// anywhere and control characters at the start, so `java\tscript:` and
// `\u0001javascript:` are `javascript:` to it. Anything else gets a console
// error naming the field and the value, and never runs.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  FIXTURES,
  PANEL,
  RECORDER,
  bannerShown,
  button,
  dialog,
  doc,
  errorsMatching,
  gated,
  globalConfig,
  openPage,
  panel,
  settle,
  waitRan,
  suite,
  test,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** What a script URL that runs would leave behind. */
const pwned = (page) => page.evaluate(() => window.__pwned ?? null);

/** Disguises of a script URL, as a configuration string. */
const DISGUISED = {
  tab: "java\tscript:window.__pwned='tab'",
  newline: "java\nscript:window.__pwned='newline'",
  'carriage return': "javascript\r:window.__pwned='cr'",
  'leading control': "\u0001javascript:window.__pwned='control'",
  'mixed case': "JaVaScRiPt:window.__pwned='case'",
  'surrounding spaces': "  javascript:window.__pwned='spaces'  ",
  'data:': 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:': 'vbscript:msgbox(1)',
};

suite('hostile URLs', () => {
  for (const [name, url] of Object.entries(DISGUISED)) {
    test(`privacyUrl (${name}): no link, an error naming it, and nothing runs`, async () => {
      const p = await openPage(h, doc({ head: RECORDER + globalConfig({ privacyUrl: url }) + PANEL }));
      await bannerShown(p.page);
      assert.equal(await panel(p.page).getByRole('link').count(), 0, 'no privacy link');
      assert.equal(errorsMatching(p, /privacyUrl: .* is not an http\(s\) or relative URL/).length, 1, p.consoleErrors.join('\n'));
      await button(p.page, 'Personnaliser').click();
      // The dialog's file is fetched on demand: its links are counted once it shows.
      await dialog(p.page).waitFor({ state: 'visible' });
      assert.equal(await dialog(p.page).getByRole('link').count(), 0, 'none in the preferences either');
      assert.equal(await pwned(p.page), null);
      assert.deepEqual(p.pageErrors, []);
    });
  }

  test('the privacy-url attribute: a tab written as an entity is still caught', async () => {
    const markup = '<consent-panel privacy-url="java&#9;script:window.__pwned=1"></consent-panel>';
    const p = await openPage(h, doc({ head: RECORDER, body: markup + PANEL }));
    await bannerShown(p.page);
    assert.equal(await panel(p.page).getByRole('link').count(), 0);
    assert.equal(
      errorsMatching(p, /privacyUrl: "java\\tscript:window.__pwned=1" is not an http\(s\) or relative URL/).length,
      1,
      p.consoleErrors.join('\n'),
    );
  });

  test('http(s), protocol-relative and relative privacy URLs are links, as written', async () => {
    for (const [url, href] of [
      ['  https://www.journal.test/confidentialite  ', 'https://www.journal.test/confidentialite'],
      ['//www.journal.test/confidentialite', '//www.journal.test/confidentialite'],
      ['/confidentialite', '/confidentialite'],
      ['javascript&colon;alert(1)', 'javascript&colon;alert(1)'],
    ]) {
      const p = await openPage(h, doc({ head: RECORDER + globalConfig({ privacyUrl: url }) + PANEL }));
      await bannerShown(p.page);
      const link = panel(p.page).getByRole('link', { name: 'Politique de confidentialité', exact: true });
      assert.equal(await link.getAttribute('href'), href);
      assert.match(await link.evaluate((a) => a.protocol), /^https?:$/, `${url} is an http(s) link`);
      assert.deepEqual(p.consoleErrors, []);
      await p.close();
    }
  });

  test('vendor privacy URLs: only the http(s) one becomes a link', async () => {
    const vendors = Object.values(DISGUISED).map((url, i) => ({ id: `v${i}`, name: `Vendor ${i}`, privacyUrl: url }));
    vendors.push({ id: 'good', name: 'Good', privacyUrl: 'https://good.test/privacy' });
    const config = { privacyUrl: '/p', purposes: [{ id: 'social', label: 'Réseaux sociaux', vendors }] };
    const p = await openPage(h, doc({ head: RECORDER + globalConfig(config) + PANEL }));
    await button(p.page, 'Personnaliser').click();
    await dialog(p.page).waitFor({ state: 'visible' });
    const links = dialog(p.page).getByRole('link');
    assert.deepEqual(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href'))), ['/p', 'https://good.test/privacy']);
    for (let i = 0; i < vendors.length - 1; i++) {
      assert.equal(
        errorsMatching(p, new RegExp(`vendors\\[${i}\\]\\.privacyUrl: .* is not an http`)).length,
        1,
        `vendor ${i}: ${p.consoleErrors.join('\n')}`,
      );
    }
  });

  test('embeds: a data-src or data-srcset that is not http(s) or relative is never loaded, whatever the element', async () => {
    const body = `
      <iframe id="js" data-consent="social" data-src="javascript:parent.__pwned='iframe'" title="js"></iframe>
      <iframe id="tab" data-consent="social" data-src="java&#9;script:parent.__pwned='tab'" title="tab"></iframe>
      <iframe id="newline" data-consent="social" data-src="java&#10;script:parent.__pwned='newline'" title="newline"></iframe>
      <iframe id="control" data-consent="social" data-src="&#1;javascript:parent.__pwned='control'" title="control"></iframe>
      <iframe id="spaces" data-consent="social" data-src="  JaVaScRiPt:parent.__pwned='spaces'" title="spaces"></iframe>
      <iframe id="data" data-consent="social" data-src="data:text/html,<p>data</p>" title="data"></iframe>
      <embed id="embed" data-consent="social" data-src="javascript:parent.__pwned='embed'">
      <img id="img" data-consent="social" data-src="vbscript:x" data-srcset="${FIXTURES}/third-party/pixel.svg 1x, javascript:x 2x" alt="img">
      <video id="video" data-consent="social"><source data-src="javascript:parent.__pwned='video'" type="video/mp4"></video>
      <iframe id="good" data-consent="social" data-src="${FIXTURES}/third-party/embed.html" title="good"></iframe>
      <img id="good-img" data-consent="social" data-src="${FIXTURES}/third-party/pixel.svg" data-srcset="${FIXTURES}/third-party/pixel.svg?a 1x,${FIXTURES}/third-party/pixel.svg?b 2x" alt="good">`;
    const p = await openPage(h, doc({ head: RECORDER + globalConfig({ privacyUrl: '/p' }), body: body + PANEL }));
    await bannerShown(p.page);
    const allow = p.page
      .getByRole('region', { name: 'Réseaux sociaux et vidéos : contenu bloqué', exact: true })
      .first()
      .getByRole('button', { name: 'Autoriser et afficher', exact: true });
    await allow.click();
    await p.page.locator('iframe#good[src]').waitFor({ state: 'attached' });
    await p.page.frameLocator('iframe#good').getByText('Contenu intégré servi par', { exact: false }).waitFor();
    await settle(p.page, 300);
    assert.equal(await pwned(p.page), null, 'no script URL ran in the page');
    const attrs = await p.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-consent], [data-consent] source')].map((el) => [
          el.id || el.localName,
          [el.getAttribute('src'), el.getAttribute('srcset')],
        ]),
      ),
    );
    assert.deepEqual(attrs, {
      js: [null, null],
      tab: [null, null],
      newline: [null, null],
      control: [null, null],
      spaces: [null, null],
      data: [null, null],
      embed: [null, null],
      img: [null, null],
      video: [null, null],
      source: [null, null],
      good: [`${FIXTURES}/third-party/embed.html`, null],
      'good-img': [`${FIXTURES}/third-party/pixel.svg`, `${FIXTURES}/third-party/pixel.svg?a 1x,${FIXTURES}/third-party/pixel.svg?b 2x`],
    });
    for (const field of ['data-src', 'data-srcset']) {
      assert.ok(
        errorsMatching(p, new RegExp(`^consent-panel: ${field}: .* is not an http\\(s\\) or relative URL`)).length,
        `${field} reported: ${p.consoleErrors.join('\n')}`,
      );
    }
    assert.equal(errorsMatching(p, /data-src: "javascript:parent.__pwned='iframe'"/).length, 1, p.consoleErrors.join('\n'));
    assert.deepEqual(p.pageErrors, []);
  });

  test('gated scripts: a src or data-src that is not http(s) or relative never runs; the next one does', async () => {
    const body = `
      <script type="text/plain" data-consent="analytics" data-src="data:text/javascript,window.__pwned='data'"></script>
      <script type="text/plain" data-consent="analytics" data-src="  data:text/javascript,window.__pwned='spaces'"></script>
      <script type="text/plain" data-consent="analytics" src="java&#9;script:window.__pwned='tab'"></script>
      <script type="text/plain" data-consent="analytics" data-src="&#1;javascript:window.__pwned='control'"></script>
      ${gated('after-the-bad-ones')}`;
    const p = await openPage(h, doc({ head: RECORDER + globalConfig({ privacyUrl: '/p' }), body: body + PANEL }));
    await bannerShown(p.page);
    await p.page.evaluate(() => consentPanel.acceptAll());
    await waitRan(p.page, ['after-the-bad-ones']);
    await settle(p.page, 300);
    assert.equal(await pwned(p.page), null);
    assert.equal(errorsMatching(p, /(data-)?src: .* is not an http\(s\) or relative URL/).length, 4, p.consoleErrors.join('\n'));
    assert.deepEqual(p.pageErrors, []);
  });
});
