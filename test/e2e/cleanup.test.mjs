// Cookie cleanup on withdrawal, with real cookies in Chromium on real host
// names: the article is served at http://www.journal.test:PORT/article/…, and
// the gated analytics stand-in (loaded from analytics.test) sets `_ga` on the
// parent domain journal.test and `_ga_XYZ` on this host for Path=/article.
// Withdrawing deletes what the vendors declared, and only that.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { PANEL, doc, globalConfig, openPage, suite, test } from './helpers.mjs';
import {
  adsTag,
  analyticsTag,
  article,
  assertNoPageErrors,
  banner,
  changes,
  cookieList,
  settledCookieList,
  dialogButton,
  errorsMatching,
  openArticle,
  openPreferences,
  pageStorage,
  settle,
  switchNamed,
  vendorConfig,
  waitThirdParty,
} from './third-party-helpers.mjs';

let h;
before(async () => {
  h = await setup({ hosts: true });
});
after(() => h?.teardown());

/**
 * Cookies nobody declared, set by the page itself: they must survive every
 * withdrawal. `_gat` is close to `_ga` but matches neither `_ga` nor `_ga_*`.
 * `guest_id` belongs to social/x, which stays granted in most tests.
 */
const PAGE_COOKIES = `<script>
  document.cookie = 'session=keep; Path=/';
  document.cookie = 'prefs=dark; Path=/; Domain=journal.test';
  document.cookie = '_gat=1; Path=/';
  document.cookie = 'guest_id=v1%3A1; Path=/; Domain=journal.test';
</script>`;

const UNDECLARED = ['_gat@www.journal.test/', 'prefs@.journal.test/', 'session@www.journal.test/'];

/** Accepts everything from the first layer and waits for the analytics stand-in's cookies. */
async function acceptAll(p) {
  await banner(p.page, 'Tout accepter').click();
  await waitThirdParty(p.page, 'analytics');
  await waitThirdParty(p.page, 'ads');
}

suite('cookie cleanup on withdrawal', () => {
  test('withdrawing analytics in the preferences deletes _ga on the parent domain and _ga_XYZ on the article path; the rest stays', async () => {
    const markup = article({ config: vendorConfig(h), head: `${analyticsTag(h)}\n${adsTag(h)}`, body: PAGE_COOKIES });
    const p = await openArticle(h, markup, { path: '/article/page.html' });
    const { page, context } = p;
    await acceptAll(p);
    const all = await cookieList(context);
    assert.deepEqual(all, [
      '_adn_uid@www.journal.test/',
      '_ga@.journal.test/',
      '_ga_XYZ@www.journal.test/article',
      '_gat@www.journal.test/',
      'guest_id@.journal.test/',
      'prefs@.journal.test/',
      'session@www.journal.test/',
    ]);
    assert.deepEqual((await pageStorage(page)).localStorage.sort(), ['_ga_store_XYZ', 'consent-panel']);

    await openPreferences(page);
    await switchNamed(page, 'Mesure d’audience').click();
    await dialogButton(page, 'Enregistrer mes choix').click();
    const [, withdrawal] = await changes(page, 2);
    assert.deepEqual(withdrawal.changed, ['analytics', 'analytics/google-analytics']);

    assert.deepEqual(
      await cookieList(context),
      all.filter((c) => !c.startsWith('_ga@') && !c.startsWith('_ga_')),
      'only _ga and _ga_XYZ are gone',
    );
    assert.deepEqual((await pageStorage(page)).localStorage, ['consent-panel'], 'the declared storage key is gone; the record stays');
    assertNoPageErrors(p);
  });

  test('withdrawing one vendor deletes only its cookies', async () => {
    const markup = article({ config: vendorConfig(h), head: analyticsTag(h), body: PAGE_COOKIES });
    const p = await openArticle(h, markup, { path: '/article/vendor.html' });
    await banner(p.page, 'Tout accepter').click();
    await waitThirdParty(p.page, 'analytics');
    await openPreferences(p.page);
    await switchNamed(p.page, 'X').click();
    await dialogButton(p.page, 'Enregistrer mes choix').click();
    const [, withdrawal] = await changes(p.page, 2);
    assert.deepEqual(withdrawal.changed, ['social', 'social/x']);
    const left = await settledCookieList(p.context);
    assert.ok(!left.some((c) => c.startsWith('guest_id@')), `guest_id is gone: ${left}`);
    assert.ok(left.includes('_ga@.journal.test/') && left.includes('_ga_XYZ@www.journal.test/article'), `analytics cookies stay: ${left}`);
  });

  test('on a deeper host, every parent domain up to the registrable one and every path up to this page are cleaned; HttpOnly cookies are out of reach', async () => {
    // Cookies from the server too: scripts can delete those, except HttpOnly ones.
    const headers = {
      'Set-Cookie': ['_ga_SRV=1; Path=/; Domain=journal.test', '_ga_HTTP=1; Path=/; HttpOnly'],
    };
    const early = `<script>
      document.cookie = '_ga_A=1; Path=/; Domain=www.journal.test';
      document.cookie = '_ga_B=1; Path=/edition';
      document.cookie = '_ga_C=1; Path=/edition/';
      document.cookie = '_ga_D=1; Path=/edition/2025/page.html';
    </script>`;
    const markup = article({ config: vendorConfig(h), early, head: analyticsTag(h, { path: '/edition/2025' }), body: PAGE_COOKIES });
    const p = await openArticle(h, markup, { path: '/edition/2025/page.html', host: 'live.www.journal.test', headers });
    await banner(p.page, 'Tout accepter').click();
    await waitThirdParty(p.page, 'analytics');
    const declared = [
      '_ga@.journal.test/',
      '_ga_A@.www.journal.test/',
      '_ga_B@live.www.journal.test/edition',
      '_ga_C@live.www.journal.test/edition/',
      '_ga_D@live.www.journal.test/edition/2025/page.html',
      '_ga_HTTP@live.www.journal.test/',
      '_ga_SRV@.journal.test/',
      '_ga_XYZ@live.www.journal.test/edition/2025',
    ];
    const before = await settledCookieList(p.context);
    for (const cookie of declared) assert.ok(before.includes(cookie), `${cookie} is set: ${before}`);

    await p.page.evaluate(() => consentPanel.set({ analytics: false }));
    await changes(p.page, 2);
    const left = await settledCookieList(p.context);
    assert.deepEqual(
      left.filter((c) => c.startsWith('_ga_') || c.startsWith('_ga@')),
      ['_ga_HTTP@live.www.journal.test/'],
      'all gone but the HttpOnly one, which only the server can expire',
    );
    for (const cookie of ['prefs@.journal.test/', 'session@live.www.journal.test/', '_gat@live.www.journal.test/'])
      assert.ok(left.includes(cookie), `${cookie} stays`);
  });

  test('"Tout refuser" in the preferences, rejectAll() and reset() withdraw too', async () => {
    for (const withdraw of ['preferences', 'rejectAll', 'reset']) {
      const markup = article({ config: vendorConfig(h), head: analyticsTag(h), body: PAGE_COOKIES });
      const p = await openArticle(h, markup, { path: `/article/${withdraw}.html` });
      await banner(p.page, 'Tout accepter').click();
      await waitThirdParty(p.page, 'analytics');
      if (withdraw === 'preferences') {
        await openPreferences(p.page);
        await dialogButton(p.page, 'Tout refuser').click();
      } else {
        await p.page.evaluate((method) => consentPanel[method](), withdraw);
      }
      await changes(p.page, 2);
      assert.deepEqual(
        await settledCookieList(p.context),
        UNDECLARED,
        `${withdraw}: the declared cookies are gone (guest_id of social/x too)`,
      );
      assert.deepEqual((await pageStorage(p.page)).localStorage, withdraw === 'reset' ? [] : ['consent-panel']);
      await p.close();
    }
  });

  test('granting deletes nothing', async () => {
    const markup = article({ config: vendorConfig(h), body: `${PAGE_COOKIES}<script>document.cookie = '_ga=old; Path=/';</script>` });
    const p = await openArticle(h, markup, { path: '/article/grant.html' });
    await p.page.evaluate(() => consentPanel.set({ analytics: true }));
    await p.page.evaluate(() => consentPanel.acceptAll());
    await changes(p.page, 2);
    await settle(p.page);
    assert.deepEqual(await settledCookieList(p.context), ['_ga@www.journal.test/', ...UNDECLARED, 'guest_id@.journal.test/'].sort());
  });

  test('a malformed cookie pattern is reported by name; the other patterns still apply', async () => {
    const config = vendorConfig(h, { extraCookies: ['bad cookie!', '_ga[0-9]+'] });
    const markup = article({ config, head: analyticsTag(h), body: PAGE_COOKIES });
    const p = await openArticle(h, markup, { path: '/article/pattern.html' });
    assert.equal(
      errorsMatching(p, /purposes\[1\]\.vendors\[0\]\.cookies\[2\]: "bad cookie!" is not a name or a pattern with "\*"; skipped\./).length,
      1,
      p.consoleErrors.join('\n'),
    );
    assert.equal(errorsMatching(p, /cookies\[3\]: "_ga\[0-9\]\+" is not a name or a pattern/).length, 1, p.consoleErrors.join('\n'));
    await banner(p.page, 'Tout accepter').click();
    await waitThirdParty(p.page, 'analytics');
    await p.page.evaluate(() => consentPanel.set({ 'analytics/google-analytics': false }));
    await changes(p.page, 2);
    const left = await settledCookieList(p.context);
    assert.ok(!left.some((c) => /^_ga(_XYZ)?@/.test(c)), `_ga and _ga_XYZ are gone: ${left}`);
    assert.ok(left.includes('_gat@www.journal.test/'));
  });

  test("on a secure page, a vendor's __Secure- and __Host- cookies are deleted too (they can only be written with Secure)", async () => {
    const config = {
      privacyUrl: '/confidentialite',
      purposes: [
        { id: 'necessary', label: 'Fonctionnement', required: true },
        {
          id: 'analytics',
          label: 'Mesure',
          vendors: [{ id: 'stats', name: 'Stats', cookies: ['__Secure-stats_*', '__Host-stats', '_stats'] }],
        },
      ],
    };
    // 127.0.0.1 is a secure context, where the browser takes prefixed cookies.
    const p = await openPage(h, doc({ head: globalConfig(config) + PANEL }));
    const names = async () => (await p.context.cookies()).map((c) => c.name).sort();
    await p.page.evaluate(() => {
      consentPanel.acceptAll();
      document.cookie = '__Secure-stats_id=1; Secure; Path=/';
      document.cookie = '__Host-stats=1; Secure; Path=/';
      document.cookie = '_stats=1; Path=/';
      document.cookie = '__Secure-session=keep; Secure; Path=/';
    });
    assert.deepEqual(await names(), ['_stats', '__Host-stats', '__Secure-session', '__Secure-stats_id'].sort());
    await p.page.evaluate(() => consentPanel.rejectAll());
    assert.deepEqual(await names(), ['__Secure-session'], 'only the undeclared cookie is left');
    assert.deepEqual(p.pageErrors, []);
  });
});
