// Shared by the third-party e2e files (vendors, embeds, cleanup, Google
// Consent Mode, GPC): a news page on http://www.journal.test:PORT whose
// trackers and embeds come from stand-ins on their own host names
// (analytics.test, ads.test, x.test, instagram.test, youtube.test), all mapped
// to the test server by `setup({ hosts: true })`. Stand-ins live in
// fixtures/third-party/. A layer on helpers.mjs: the same panel script
// (PANEL_SRC), the same openPage, and tests use its test() and suite().
/* global window, document, localStorage, sessionStorage, indexedDB, requestAnimationFrame */
import assert from 'node:assert/strict';
import { PANEL, dialog, openPage, panel } from './helpers.mjs';

export { PANEL, dialog, panel };

export const SITE = 'www.journal.test';
export const THIRD_PARTIES = ['analytics.test', 'ads.test', 'x.test', 'instagram.test', 'youtube.test'];
export const FIXTURES = '/test/e2e/fixtures/third-party';

/** `http://host:PORT/path` on the test server. */
export const on = (h, host, path) => h.server.url(path, { host });

/** Stand-in embed pages at the paths the real services use. */
export function serveEmbeds(h) {
  const embed = (what) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${what}</title></head><body><p>${what} (imitation)</p></body></html>`;
  h.server.page('/embed/v1d30', embed('Lecteur vidéo'));
  h.server.page('/quotidien/status/1', embed('Publication X'));
  h.server.page('/p/C0ffee/embed', embed('Publication Instagram'));
}

/**
 * The site's purposes with their vendors. `cookies` patterns of
 * analytics/google-analytics: `_ga` and `_ga_*`, plus whatever `extraCookies`
 * adds (to test bad patterns).
 */
export function vendorConfig(h, { extraCookies = [], ...over } = {}) {
  const privacy = (host) => on(h, host, '/privacy');
  return {
    privacyUrl: '/confidentialite',
    purposes: [
      { id: 'necessary', label: { fr: 'Fonctionnement du site', en: 'Essential' }, required: true },
      {
        id: 'analytics',
        label: { fr: 'Mesure d’audience', en: 'Audience measurement' },
        vendors: [
          {
            id: 'google-analytics',
            name: 'Google Analytics',
            privacyUrl: privacy('analytics.test'),
            cookies: ['_ga', '_ga_*', ...extraCookies],
            storageKeys: ['_ga_store_*'],
            retention: { fr: '13 mois', en: '13 months' },
          },
        ],
      },
      {
        id: 'ads',
        label: { fr: 'Publicité', en: 'Advertising' },
        vendors: [
          {
            id: 'ad-network',
            name: 'Ad Network',
            privacyUrl: privacy('ads.test'),
            cookies: ['_adn_*'],
            retention: { fr: '6 mois', en: '6 months' },
          },
        ],
      },
      {
        id: 'social',
        label: { fr: 'Réseaux sociaux', en: 'Social media' },
        vendors: [
          { id: 'x', name: 'X', privacyUrl: privacy('x.test'), cookies: ['guest_id'], retention: { fr: '13 mois', en: '13 months' } },
          { id: 'instagram', name: 'Instagram', privacyUrl: privacy('instagram.test'), retention: { fr: '1 an', en: '1 year' } },
          { id: 'youtube', name: 'YouTube', privacyUrl: privacy('youtube.test'), retention: { fr: '6 mois', en: '6 months' } },
        ],
      },
      { id: 'personalization', label: { fr: 'Personnalisation', en: 'Personalisation' } },
    ],
    ...over,
  };
}

/** The gated analytics stand-in: `_ga` on `domain` (when given), `_ga_<id>` on `path`. */
export function analyticsTag(h, { gate = 'analytics/google-analytics', domain = 'journal.test', path = '/article', id = 'XYZ' } = {}) {
  const query = new URLSearchParams({ id, path, ...(domain && { domain }) });
  return `<script type="text/plain" data-consent="${gate}" src="${on(h, 'analytics.test', `${FIXTURES}/analytics.js?${query}`).replaceAll('&', '&amp;')}"></script>`;
}

export const adsTag = (h, gate = 'ads/ad-network') =>
  `<script type="text/plain" data-consent="${gate}" src="${on(h, 'ads.test', `${FIXTURES}/ads.js`)}"></script>`;

/** The embeds of the article: a tweet, an Instagram post, a YouTube video and an ad image. */
export function embeds(h) {
  return `
  <iframe id="tweet" data-consent="social/x" data-src="${on(h, 'x.test', '/quotidien/status/1')}" width="550" height="250" title="Publication X"></iframe>
  <iframe id="insta" data-consent="social/instagram" data-src="${on(h, 'instagram.test', '/p/C0ffee/embed')}" width="400" height="300" title="Publication Instagram"></iframe>
  <iframe id="video" data-consent="social/youtube" data-src="${on(h, 'youtube.test', '/embed/v1d30')}" width="560" height="315" title="Vidéo YouTube"></iframe>
  <img id="ad-image" data-consent="ads/ad-network" data-src="${on(h, 'ads.test', `${FIXTURES}/ad.svg`)}" data-srcset="${on(h, 'ads.test', `${FIXTURES}/ad.svg?2x`)} 2x" width="300" height="250" alt="Publicité">`;
}

/**
 * First in <head>: keeps every consent-change detail in window.__changes and
 * every layout shift in window.__shifts (an observer registered before
 * anything renders sees them all).
 */
export const RECORD = `<script>
window.__changes = [];
document.addEventListener('consent-change', (e) => window.__changes.push(JSON.parse(JSON.stringify(e.detail))));
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__shifts.push({ value: e.value, at: e.startTime, hadRecentInput: e.hadRecentInput });
}).observe({ type: 'layout-shift', buffered: true });
</script>`;

/** Waits until `count` consent-change events have reached `document`; returns their details. */
export async function changes(page, count) {
  await page.waitForFunction((n) => window.__changes.length >= n, count, { polling: 20 });
  return page.evaluate(() => window.__changes);
}

/** The layout shifts seen so far, input or not: a shift right after a click counts here too. */
export const shifts = (page) => page.evaluate(() => window.__shifts);

/**
 * A news article like the demo's: the configuration (`window.consentPanelConfig`,
 * unless `config` is null) and the panel in <head>, then `head`; embeds near the top (above the first layer, which sits at the
 * bottom of the viewport), then `body`.
 */
export function article({ lang = 'fr', config = {}, early = '', head = '', top = '', body = '' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Article</title>
${RECORD}
${early}
${config === null ? '' : `<script>window.consentPanelConfig = ${JSON.stringify(config)};</script>`}
${PANEL}
${head}
</head><body>
<main><h1>La halle Saint-Martin rouvre</h1>${top}<div id="ad-slot"></div><p>Du texte à lire.</p></main>
${body}
</body></html>`;
}

let count = 0;

/**
 * Serves `markup` at `path` (default a fresh /article/… path) and opens it on
 * `host` in a fresh context, recording every request of the context, including
 * frames, in `p.requested` (URLs). `headers` go with the page's response. `init` runs in every frame before any page
 * script (addInitScript). The page closes when the test ends.
 */
export function openArticle(h, markup, { path = `/article/page-${++count}.html`, host = SITE, init, contextOptions, headers } = {}) {
  let requested;
  return openPage(h, markup, {
    path,
    host,
    headers,
    contextOptions,
    async beforeGoto(page) {
      page.setDefaultTimeout(20_000);
      requested = [];
      page.context().on('request', (request) => requested.push(request.url()));
      if (init) await page.addInitScript(init);
    },
  }).then((p) => Object.assign(p, { requested }));
}

/** Host names (with port) this page asked for, other than `own`. */
export const foreignHosts = (p, own = SITE) =>
  [...new Set(p.requested.map((u) => new URL(u).hostname))].filter((host) => host !== own).sort();

/** Every cookie of the context as `name@domain path`, sorted. */
export async function cookieList(context) {
  return (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();
}

/**
 * The cookie list once the page's last writes have reached the browser's
 * cookie store: `document.cookie` writes travel to it asynchronously, so the
 * list is read until two reads 200 ms apart agree (3 s at most).
 */
export async function settledCookieList(context) {
  let last = await cookieList(context);
  for (const end = Date.now() + 3000; Date.now() < end;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await cookieList(context);
    if (now.join() === last.join()) return now;
    last = now;
  }
  return last;
}

/** What the page has stored: cookies it can read, localStorage and sessionStorage keys, IndexedDB names. */
export function pageStorage(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
  }));
}

/** Gated embeds (those with `data-src`, anywhere, open shadow roots included) that have a `src`. */
export function loadedEmbeds(page) {
  return page.evaluate(() => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.hasAttribute('data-src') && el.hasAttribute('src')) found.push(`${el.localName}#${el.id}`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

// --- the panel and the placeholders, as a reader sees them -------------------

export const banner = (page, name) => panel(page).getByRole('button', { name, exact: true });
export const dialogButton = (page, name) => dialog(page).getByRole('button', { name, exact: true });
export const switchNamed = (page, name) => dialog(page).getByRole('switch', { name, exact: true });
/** The placeholder standing in for `vendor`'s embed: a region named "YouTube : contenu bloqué". */
export const placeholder = (page, vendor, lang = 'fr') =>
  page.getByRole('region', { name: lang === 'fr' ? `${vendor} : contenu bloqué` : `${vendor}: blocked content`, exact: true });

/** Opens the preferences from the small "Gérer mes cookies" button of a decided page. */
export async function openPreferences(page, manage = 'Gérer mes cookies') {
  await panel(page).getByRole('button', { name: manage, exact: true }).click();
  await dialog(page).waitFor({ state: 'visible' });
}

export const waitThirdParty = (page, name) => page.waitForFunction((n) => (window.__thirdParty ?? []).includes(n), name, { polling: 20 });
export const thirdPartyRan = (page) => page.evaluate(() => window.__thirdParty ?? []);

/** A dataLayer entry as data: `{ args }` for an `arguments` object (what gtag.js reads), `{ object }` for anything else. */
export const dataLayer = (page) =>
  page.evaluate(() =>
    window.dataLayer?.map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]'
        ? { args: JSON.parse(JSON.stringify(Array.from(entry))) }
        : { object: JSON.parse(JSON.stringify(entry)) },
    ),
  );

/** Gives the page time to do what it should not before a "nothing happened" check. */
export async function settle(page, ms = 300) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Console errors that mention `pattern`. */
export const errorsMatching = (p, pattern) => p.consoleErrors.filter((e) => pattern.test(e));

export function assertNoPageErrors(p) {
  assert.deepEqual(p.pageErrors.map(String), [], 'no uncaught exception');
}
