// Issue 3 end to end: vendors under their purpose, embeds that wait behind a
// placeholder, nothing at all before the reader's first click, and bad input.
// The page lives on http://www.journal.test:PORT; its trackers and embeds come
// from stand-ins on their own host names (analytics.test, ads.test, x.test,
// instagram.test, youtube.test), as on a real news site.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { suite, test } from './helpers.mjs';
import {
  FIXTURES,
  SITE,
  THIRD_PARTIES,
  adsTag,
  analyticsTag,
  article,
  banner,
  changes,
  cookieList,
  dialog,
  dialogButton,
  embeds,
  errorsMatching,
  foreignHosts,
  loadedEmbeds,
  on,
  openArticle,
  openPreferences,
  pageStorage,
  panel,
  placeholder,
  serveEmbeds,
  settle,
  shifts,
  switchNamed,
  thirdPartyRan,
  vendorConfig,
  waitThirdParty,
  assertNoPageErrors,
} from './third-party-helpers.mjs';

let h;
before(async () => {
  h = await setup({ hosts: true });
  serveEmbeds(h);
});
after(() => h?.teardown());

const checked = (locator) => locator.getAttribute('aria-checked');
/** The element standing in the page for a placeholder region: the host of its shadow root. */
const hostBox = (region) => region.evaluate((el) => el.getRootNode().host.getBoundingClientRect().toJSON());
const box = (page, selector) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON());
const rounded = ({ x, y, width, height }) => [x, y, width, height].map((n) => Math.round(n * 100) / 100);

/** Inline gated scripts that note their name in window.__thirdParty. */
const gatedInline = (name, gate) =>
  `<script type="text/plain" data-consent="${gate}">(window.__thirdParty ||= []).push(${JSON.stringify(name)});</script>`;

suite('vendors', () => {
  test("the preferences list each purpose's vendors with their own switch; the purpose switch shows none, some or all", async () => {
    const p = await openArticle(h, article({ config: vendorConfig(h), top: embeds(h) }));
    const { page } = p;
    await banner(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });

    const social = dialog(page).getByRole('list', { name: 'Partenaires : Réseaux sociaux', exact: true });
    assert.equal(await social.getByRole('switch').count(), 3);
    for (const name of ['X', 'Instagram', 'YouTube'])
      assert.equal(await social.getByRole('switch', { name, exact: true }).count(), 1, `a switch for ${name}`);
    const youtubePrivacy = social.getByRole('link', { name: 'Confidentialité YouTube', exact: true });
    assert.equal(await youtubePrivacy.getAttribute('href'), on(h, 'youtube.test', '/privacy'));
    assert.match(await social.getByRole('listitem').nth(2).innerText(), /YouTube\s+Conservation : 6 mois/);
    const analytics = dialog(page).getByRole('list', { name: 'Partenaires : Mesure d’audience', exact: true });
    assert.deepEqual(await analytics.getByRole('switch').count(), 1);

    const purpose = switchNamed(page, 'Réseaux sociaux');
    const [x, instagram, youtube] = ['X', 'Instagram', 'YouTube'].map((name) => switchNamed(page, name));
    assert.equal(await checked(purpose), 'false', 'nothing is on until the reader turns it on');
    await youtube.click();
    assert.equal(await checked(youtube), 'true');
    assert.equal(await checked(purpose), 'mixed', 'some vendors on: mixed');
    await x.click();
    await instagram.click();
    assert.equal(await checked(purpose), 'true', 'all vendors on');
    await purpose.click();
    assert.deepEqual(
      await Promise.all([purpose, x, instagram, youtube].map(checked)),
      ['false', 'false', 'false', 'false'],
      'the purpose switch turns them all off',
    );
    await purpose.click();
    assert.deepEqual(await Promise.all([purpose, x, instagram, youtube].map(checked)), ['true', 'true', 'true', 'true'], 'and all on');
    await x.click();
    await instagram.click();
    assert.equal(await checked(purpose), 'mixed');

    await dialogButton(page, 'Enregistrer mes choix').click();
    const [change] = await changes(page, 1);
    assert.equal(change.source, 'preferences');
    assert.deepEqual(change.changed, ['social/youtube']);
    assert.deepEqual(change.vendors, {
      'analytics/google-analytics': false,
      'ads/ad-network': false,
      'social/x': false,
      'social/instagram': false,
      'social/youtube': true,
    });
    assert.equal(change.purposes.social, false, 'a purpose counts as granted only when all its vendors are');
    assert.deepEqual(change.record.vendors, change.vendors);
    assert.deepEqual(await page.evaluate(() => ['social/youtube', 'social', 'social/x'].map((gate) => consentPanel.granted(gate))), [
      true,
      false,
      false,
    ]);

    // The YouTube embed loads; the tweet and the Instagram post wait.
    await page.locator('iframe#video[src]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#video').getAttribute('src'), on(h, 'youtube.test', '/embed/v1d30'));
    await settle(page);
    assert.deepEqual(foreignHosts(p), ['youtube.test']);
    assert.equal(await placeholder(page, 'X').count(), 1);
    assert.equal(await placeholder(page, 'Instagram').count(), 1);

    await openPreferences(page);
    assert.deepEqual(
      await Promise.all([purpose, x, instagram, youtube].map(checked)),
      ['mixed', 'false', 'false', 'true'],
      'the preferences show what is stored',
    );
    assertNoPageErrors(p);
  });

  test('granting a purpose grants its vendors; a tag gated on a vendor runs only when that vendor is granted', async () => {
    const early = `<script>
      (window.consentPanelQueue ||= []).push((api) => {
        api.onGranted('social/youtube', (d) => (window.__thirdParty ||= []).push('onGranted social/youtube ' + d.source));
        api.onGranted('social', (d) => (window.__thirdParty ||= []).push('onGranted social ' + d.source));
      });
    </script>`;
    const body = [
      gatedInline('x-widgets', 'social/x'),
      gatedInline('youtube-api', 'social/youtube'),
      gatedInline('social-all', 'social'),
    ].join('\n');
    const p = await openArticle(h, article({ config: vendorConfig(h), early, body }));
    const { page } = p;
    await banner(page, 'Tout accepter').waitFor();
    await page.evaluate(() => consentPanel.set({ 'social/x': true }));
    await waitThirdParty(page, 'x-widgets');
    await settle(page);
    assert.deepEqual(await thirdPartyRan(page), ['x-widgets'], 'only the X tag runs');

    await openPreferences(page);
    assert.equal(await checked(switchNamed(page, 'Réseaux sociaux')), 'mixed');
    await switchNamed(page, 'Réseaux sociaux').click();
    assert.deepEqual(await Promise.all(['X', 'Instagram', 'YouTube'].map((n) => checked(switchNamed(page, n)))), ['true', 'true', 'true']);
    await dialogButton(page, 'Enregistrer mes choix').click();
    const [, second] = await changes(page, 2);
    assert.deepEqual(second.changed, ['social', 'social/instagram', 'social/youtube']);
    assert.equal(second.purposes.social, true);
    await waitThirdParty(page, 'social-all');
    assert.deepEqual((await thirdPartyRan(page)).sort(), [
      'onGranted social preferences',
      'onGranted social/youtube preferences',
      'social-all',
      'x-widgets',
      'youtube-api',
    ]);
    assertNoPageErrors(p);
  });
});

suite('embeds and placeholders', () => {
  test("until granted, a labelled placeholder with a real button stands in each embed's place, at its size", async () => {
    const p = await openArticle(h, article({ config: vendorConfig(h), top: embeds(h) }));
    const { page } = p;
    await banner(page, 'Tout accepter').waitFor();
    assert.equal(await page.locator('iframe').count(), 0, 'no iframe in the page while blocked');
    const expected = {
      X: 'X dépose des traceurs (Réseaux sociaux) : ce contenu ne s’affiche qu’avec votre accord.',
      Instagram: 'Instagram dépose des traceurs (Réseaux sociaux) : ce contenu ne s’affiche qu’avec votre accord.',
      YouTube: 'YouTube dépose des traceurs (Réseaux sociaux) : ce contenu ne s’affiche qu’avec votre accord.',
      'Ad Network': 'Ad Network dépose des traceurs (Publicité) : ce contenu ne s’affiche qu’avec votre accord.',
    };
    const boxes = {};
    for (const [vendor, text] of Object.entries(expected)) {
      const region = placeholder(page, vendor);
      assert.equal(await region.count(), 1, `a region named "${vendor} : contenu bloqué"`);
      assert.equal((await region.getByRole('paragraph').innerText()).trim(), text);
      const allow = region.getByRole('button', { name: 'Autoriser et afficher', exact: true });
      assert.equal(await allow.evaluate((el) => el.localName), 'button', 'a real button');
      await region.getByRole('button', { name: 'Gérer mes cookies', exact: true }).waitFor();
      boxes[vendor] = await hostBox(region);
    }

    await banner(page, 'Tout accepter').click();
    await page.waitForFunction(() => document.querySelectorAll('iframe[src], img[src]').length === 4);
    // The embeds take exactly the boxes their placeholders held (iframes with their default 2 px border).
    for (const [vendor, selector] of [
      ['X', '#tweet'],
      ['Instagram', '#insta'],
      ['YouTube', '#video'],
      ['Ad Network', '#ad-image'],
    ]) {
      assert.deepEqual(rounded(await box(page, selector)), rounded(boxes[vendor]), `${vendor}: same box`);
    }
    assert.deepEqual(rounded(boxes.YouTube).slice(2), [564, 319]);
    assert.equal(await page.getByRole('region', { name: /contenu bloqué/ }).count(), 0);
    assertNoPageErrors(p);
  });

  test('"Autoriser et afficher" grants that vendor only and the embed loads in place with no layout shift', async () => {
    const p = await openArticle(h, article({ config: vendorConfig(h), top: embeds(h) }));
    const { page } = p;
    const region = placeholder(page, 'YouTube');
    const before = await hostBox(region);
    await settle(page);
    const shiftsBefore = (await shifts(page)).length;
    await region.getByRole('button', { name: 'Autoriser et afficher', exact: true }).click();
    await page.locator('iframe#video[src]').waitFor({ state: 'attached' });
    await settle(page);

    const [change] = await changes(page, 1);
    assert.equal(change.source, 'placeholder');
    assert.deepEqual(change.changed, ['social/youtube']);
    assert.equal(change.decided, true, "a placeholder's button is a decision: it is stored");
    assert.deepEqual(change.record.vendors['social/youtube'], true);
    assert.equal(await panel(page).getByRole('heading', { name: 'Pour gérer vos consentements' }).count(), 0, 'the first layer closes');
    assert.deepEqual(rounded(await box(page, '#video')), rounded(before));
    // Every shift counts here, even those right after the click (which CLS would forgive).
    assert.deepEqual((await shifts(page)).slice(shiftsBefore), [], 'no layout shift');
    assert.deepEqual(foreignHosts(p), ['youtube.test']);
    assert.equal(await placeholder(page, 'X').count(), 1, 'the other embeds still wait');
    assert.equal(await page.evaluate(() => consentPanel.granted('social/x')), false);
  });

  // The markup sites paste: an iframe in a paragraph or a figure, sized by its
  // attributes, by a page rule, or by its classes (responsive embeds).
  const layouts = {
    paragraph: {
      css: '',
      markup: (src) =>
        `<p><iframe id="video" data-consent="social/youtube" data-src="${src}" width="560" height="315" title="Vidéo"></iframe></p><p id="below">Suite</p>`,
    },
    figure: {
      css: 'iframe { max-width: 100%; }',
      markup: (src) =>
        `<figure><iframe id="video" data-consent="social/youtube" data-src="${src}" width="560" height="315" title="Vidéo"></iframe><figcaption id="below">Légende</figcaption></figure>`,
    },
    'reset page rule': {
      css: 'iframe { display: block; border: 0; }',
      markup: (src) =>
        `<div><iframe id="video" data-consent="social/youtube" data-src="${src}" width="560" height="315" title="Vidéo"></iframe></div><p id="below">Suite</p>`,
    },
    'vertical-align rule': {
      css: 'iframe { vertical-align: bottom; }',
      markup: (src) =>
        `<div><iframe id="video" data-consent="social/youtube" data-src="${src}" width="560" height="315" title="Vidéo"></iframe></div><p id="below">Suite</p>`,
    },
    'responsive class': {
      css: '.video-embed { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; border: 0; }',
      markup: (src) =>
        `<figure><iframe class="video-embed" id="video" data-consent="social/youtube" data-src="${src}" width="560" height="315" title="Vidéo"></iframe><figcaption id="below">Légende</figcaption></figure>`,
    },
  };
  for (const [name, { css, markup }] of Object.entries(layouts)) {
    test(`no layout shift when an embed loads: ${name}, at 1280 and 320 px`, async () => {
      for (const width of [1280, 320]) {
        const src = on(h, 'youtube.test', '/embed/v1d30');
        const p = await openArticle(h, article({ config: vendorConfig(h), head: `<style>${css}</style>`, top: markup(src) }), {
          contextOptions: { viewport: { width, height: 800 } },
        });
        const { page } = p;
        await placeholder(page, 'YouTube').waitFor();
        await settle(page);
        const before = {
          shifts: (await shifts(page)).length,
          below: await box(page, '#below'),
          placeholder: await hostBox(placeholder(page, 'YouTube')),
        };
        await page.evaluate(() => consentPanel.set({ 'social/youtube': true }));
        await page.locator('iframe#video[src]').waitFor({ state: 'attached' });
        await settle(page);
        assert.deepEqual(
          rounded(await box(page, '#video')),
          rounded(before.placeholder),
          `${width} px: the iframe takes the placeholder's box`,
        );
        assert.deepEqual(rounded(await box(page, '#below')), rounded(before.below), `${width} px: what follows does not move`);
        assert.deepEqual((await shifts(page)).slice(before.shifts), [], `${width} px: no layout shift`);
        await p.close();
      }
    });
  }

  test('the placeholder\'s "Gérer mes cookies" opens the preferences, and focus comes back to it', async () => {
    const { page } = await openArticle(h, article({ config: vendorConfig(h), top: embeds(h) }));
    const manage = placeholder(page, 'Instagram').getByRole('button', { name: 'Gérer mes cookies', exact: true });
    await manage.click();
    await dialog(page).waitFor({ state: 'visible' });
    assert.equal(await checked(switchNamed(page, 'Instagram')), 'false');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    assert.equal(
      await manage.evaluate((el) => el.getRootNode().activeElement === el),
      true,
      'focus returns to the button that opened them',
    );
    assert.equal(await placeholder(page, 'Instagram').count(), 1, 'Escape decides nothing');
  });

  test('in English: "Allow and show", "Manage cookies", and the vendor and purpose named', async () => {
    const { page } = await openArticle(h, article({ lang: 'en', config: vendorConfig(h), top: embeds(h) }));
    const region = placeholder(page, 'YouTube', 'en');
    await region.waitFor();
    assert.equal(
      (await region.getByRole('paragraph').innerText()).trim(),
      'YouTube sets trackers (Social media): this content shows only with your consent.',
    );
    await region.getByRole('button', { name: 'Manage cookies', exact: true }).waitFor();
    assert.equal(await region.evaluate((el) => el.closest('[lang]').lang), 'en');
    await region.getByRole('button', { name: 'Allow and show', exact: true }).click();
    await page.locator('iframe#video[src]').waitFor({ state: 'attached' });
    assert.equal((await changes(page, 1))[0].source, 'placeholder');
  });

  test('img with data-srcset, video with <source data-src>, embed, and embeds added later all wait, then load', async () => {
    const top = `
      <img id="ad-image" data-consent="ads/ad-network" data-src="${on(h, 'ads.test', `${FIXTURES}/ad.svg`)}" data-srcset="${on(h, 'ads.test', `${FIXTURES}/ad.svg?2x`)} 2x" width="300" height="250" alt="Publicité">
      <video id="clip" data-consent="social/youtube" width="320" height="180" controls><source data-src="${on(h, 'youtube.test', `${FIXTURES}/clip.webm`)}" type="video/webm"></video>
      <embed id="ad-embed" data-consent="ads" data-src="${on(h, 'ads.test', `${FIXTURES}/ad.svg?embed`)}" type="image/svg+xml" width="300" height="250">`;
    const p = await openArticle(h, article({ config: vendorConfig(h), top }));
    const { page } = p;
    await placeholder(page, 'YouTube').waitFor();
    assert.equal(await placeholder(page, 'Ad Network').count(), 1);
    assert.equal(
      await page.getByRole('region', { name: 'Publicité : contenu bloqué', exact: true }).count(),
      1,
      'a purpose gate names the purpose',
    );
    await page.evaluate(
      (src) => {
        const late = document.createElement('iframe');
        Object.assign(late, { id: 'late', title: 'Publication X' });
        late.dataset.consent = 'social/x';
        late.dataset.src = src;
        document.querySelector('main').append(late);
      },
      on(h, 'x.test', '/quotidien/status/1'),
    );
    await placeholder(page, 'X').waitFor();
    await settle(page);
    assert.deepEqual(await loadedEmbeds(page), []);
    assert.deepEqual(foreignHosts(p), []);

    await banner(page, 'Tout accepter').click();
    await page.locator('iframe#late[src]').waitFor({ state: 'attached' });
    const state = await page.evaluate(() => ({
      img: [document.querySelector('#ad-image').getAttribute('src'), document.querySelector('#ad-image').getAttribute('srcset')],
      source: document.querySelector('#clip source').getAttribute('src'),
      embed: document.querySelector('#ad-embed').getAttribute('src'),
    }));
    assert.deepEqual(state, {
      img: [on(h, 'ads.test', `${FIXTURES}/ad.svg`), `${on(h, 'ads.test', `${FIXTURES}/ad.svg?2x`)} 2x`],
      source: on(h, 'youtube.test', `${FIXTURES}/clip.webm`),
      embed: on(h, 'ads.test', `${FIXTURES}/ad.svg?embed`),
    });

    // Once granted, a new embed loads at once, with no placeholder.
    await page.evaluate(
      (src) => {
        const now = document.createElement('iframe');
        now.id = 'now';
        now.dataset.consent = 'social/instagram';
        now.dataset.src = src;
        document.querySelector('main').append(now);
      },
      on(h, 'instagram.test', '/p/C0ffee/embed'),
    );
    await page.locator('iframe#now[src]').waitFor({ state: 'attached' });
    assert.equal(await page.getByRole('region', { name: /contenu bloqué/ }).count(), 0);
  });
});

suite('nothing before consent', { concurrency: 1 }, () => {
  /** The demo-like page: trackers, an ad, a tweet, an Instagram post, a video, Google Consent Mode. */
  const newsPage = () =>
    article({
      config: vendorConfig(h, { googleConsentMode: true }),
      head: `${analyticsTag(h)}\n${adsTag(h)}`,
      top: embeds(h),
      body: `<img src="/test/e2e/fixtures/third-party/pixel.svg?own" alt="" width="1" height="1"><a href="#" data-consent-open>Gérer mes cookies</a>`,
    });

  test('a fresh browser finds no cookie, no storage, no third-party request and no embed with a src before a click; all of them after "Tout accepter"', async () => {
    const seenBefore = h.server.requests.length;
    const p = await openArticle(h, newsPage(), { path: '/article/page.html' });
    const { page } = p;
    await banner(page, 'Tout accepter').waitFor();
    await page.waitForLoadState('load');
    await settle(page, 600);

    assert.deepEqual(await p.context.cookies(), [], 'no cookie, on any domain');
    assert.deepEqual(
      await pageStorage(page),
      { cookie: '', localStorage: [], sessionStorage: [], indexedDB: [] },
      "nothing stored, not even the panel's record",
    );
    assert.deepEqual(foreignHosts(p), [], `no request to another host: ${p.requested.join(' ')}`);
    const served = h.server.requests.slice(seenBefore);
    assert.deepEqual([...new Set(served.map((r) => r.host.split(':')[0]))], [SITE], "the server saw only the page's own host");
    assert.deepEqual(await loadedEmbeds(page), [], 'no gated embed has a src');
    assert.equal(await page.locator('iframe').count(), 0);
    assert.deepEqual(await thirdPartyRan(page), []);

    await banner(page, 'Tout accepter').click();
    await waitThirdParty(page, 'analytics');
    await waitThirdParty(page, 'ads');
    await page.waitForFunction(() => document.querySelectorAll('iframe[src]').length === 3);
    await settle(page, 300);
    assert.deepEqual(foreignHosts(p), [...THIRD_PARTIES].sort(), 'every third party is reached once the reader agrees');
    assert.deepEqual(await loadedEmbeds(page), ['iframe#tweet', 'iframe#insta', 'iframe#video', 'img#ad-image']);
    assert.deepEqual(await cookieList(p.context), ['_adn_uid@www.journal.test/', '_ga@.journal.test/', '_ga_XYZ@www.journal.test/article']);
    assert.deepEqual((await pageStorage(page)).localStorage.sort(), ['_ga_store_XYZ', 'consent-panel']);
    assertNoPageErrors(p);
  });

  test('"Tout refuser", Escape in the preferences, or no answer at all: still nothing but the panel\'s own record', async () => {
    const p = await openArticle(h, newsPage());
    const { page } = p;
    await banner(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    await settle(page);
    assert.deepEqual(
      await pageStorage(page),
      { cookie: '', localStorage: [], sessionStorage: [], indexedDB: [] },
      'Escape decides nothing',
    );
    await banner(page, 'Tout refuser').click();
    await settle(page, 400);
    assert.deepEqual(await p.context.cookies(), []);
    assert.deepEqual((await pageStorage(page)).localStorage, ['consent-panel'], 'a refusal is stored too, and nothing else');
    assert.deepEqual(foreignHosts(p), []);
    assert.deepEqual(await loadedEmbeds(page), []);
    assert.equal(await placeholder(page, 'YouTube').count(), 1);
  });
});

suite('bad input', () => {
  test('a data-consent naming an unknown purpose or vendor is reported by name and never runs or loads', async () => {
    const top = `
      <iframe id="dm" data-consent="social/dailymotion" data-src="${on(h, 'dailymotion.test', '/embed/video/x1')}" width="480" height="270" title="Vidéo"></iframe>`;
    const body = `
      <script type="text/plain" data-consent="social/tiktok" src="${on(h, 'tiktok.test', `${FIXTURES}/ads.js`)}"></script>
      ${gatedInline('videos', 'videos')}
      ${gatedInline('two-unknown', 'ads videos/x')}
      ${gatedInline('known', 'social/x')}`;
    const p = await openArticle(h, article({ config: vendorConfig(h), top, body }));
    const { page } = p;
    await banner(page, 'Tout accepter').click();
    await waitThirdParty(page, 'known');
    await page.evaluate(() => {
      window.__grantedTiktok = consentPanel.granted('social/tiktok');
      consentPanel.onGranted('social/tiktok', () => (window.__thirdParty ||= []).push('onGranted tiktok'));
    });
    await settle(page, 400);
    assert.deepEqual(await thirdPartyRan(page), ['known']);
    assert.equal(await page.evaluate(() => window.__grantedTiktok), false);
    assert.equal(await page.locator('#dm').getAttribute('src'), null, 'the iframe never gets a src');
    assert.ok(!foreignHosts(p).some((host) => /tiktok|dailymotion/.test(host)), foreignHosts(p).join(' '));
    for (const [name, pattern] of [
      [
        'social/tiktok',
        /data-consent: "social\/tiktok" names no configured purpose or purpose\/vendor; <script src="[^"]*tiktok\.test[^"]*" data-consent="social\/tiktok"> stays blocked/,
      ],
      ['videos', /data-consent: "videos" names no configured/],
      ['videos/x', /data-consent: "videos\/x" names no configured/],
      ['social/dailymotion', /data-consent: "social\/dailymotion" names no configured .*<iframe src="[^"]*dailymotion/],
      ['granted()', /gate: "social\/tiktok" names no configured purpose/],
    ]) {
      assert.equal(errorsMatching(p, pattern).length >= 1, true, `${name} is reported: ${p.consoleErrors.join('\n')}`);
    }
    assertNoPageErrors(p);
  });

  test('an embed without data-src is reported, naming the element, and left alone', async () => {
    const top = `<iframe id="bare" data-consent="social/youtube" width="560" height="315" title="sans source"></iframe>`;
    const p = await openArticle(h, article({ config: vendorConfig(h), top }));
    const { page } = p;
    await banner(page, 'Tout accepter').click();
    await settle(page);
    assert.equal(
      errorsMatching(p, /data-src: null is missing on <iframe data-consent="social\/youtube">; nothing to load\./).length,
      1,
      p.consoleErrors.join('\n'),
    );
    assert.equal(await page.locator('#bare').getAttribute('src'), null);
    assert.equal(await placeholder(page, 'YouTube').count(), 0);
    assertNoPageErrors(p);
  });
});
