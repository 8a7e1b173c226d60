// Shared by the e2e test files: page markup, the panel as a reader sees it
// (roles and names inside its open shadow root), and what the page recorded
// (window.__events from fixtures/record-events.js, window.__ran from the
// stand-in trackers fixtures/mark.js and mark-module.mjs).
/* global window, document, localStorage */
import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, test as nodeTest } from 'node:test';

export const DAY = 86_400_000;
export const FIXTURES = '/test/e2e/fixtures';
/**
 * The built drop-in script, as a site includes it. CONSENT_PANEL_SRC (a path
 * under the project root) runs the suite against another build, e.g. a
 * deliberately broken copy to check that the tests notice.
 */
export const DEFAULT_PANEL_SRC = '/dist/consent-panel.js';
export const PANEL_SRC = process.env.CONSENT_PANEL_SRC ?? DEFAULT_PANEL_SRC;
export const PANEL = `<script src="${PANEL_SRC}"></script>`;
export const RECORDER = `<script src="${FIXTURES}/record-events.js"></script>`;

/** A page that records the panel's events (RECORDER) with `head`, then `body` and the drop-in script at the end of <body>. */
export const recordedPage = (head = '', body = '') => doc({ head: RECORDER + head, body: `${body}\n${PANEL}` });
export const DEFAULT_PURPOSES = ['necessary', 'analytics', 'ads', 'social', 'personalization'];

/** A page; `lang: null` leaves `<html>` without lang. */
export function doc({ lang = 'fr', head = '', body = '' } = {}) {
  const langAttr = lang === null ? '' : ` lang="${lang}"`;
  return `<!doctype html><html${langAttr}><head><meta charset="utf-8"><title>Article</title>${head}</head>
<body><main><h1>Un article</h1><p>Du texte à lire.</p><button id="page-button">Partager</button></main>${body}</body></html>`;
}

/** `<script type="text/plain" data-consent=…>` loading fixtures/mark.js as `name`. */
export function gated(name, consent = 'analytics', { attrs = '', delay = 0, dataSrc = false } = {}) {
  const src = `${FIXTURES}/mark.js?name=${encodeURIComponent(name)}${delay ? `&delay=${delay}` : ''}`;
  return `<script type="text/plain" data-consent="${consent}" ${dataSrc ? 'data-src' : 'src'}="${src}" ${attrs}></script>`;
}

/** A gated inline script that notes `name` in window.__ran. */
export function gatedInline(name, consent = 'analytics', attrs = '') {
  return `<script type="text/plain" data-consent="${consent}" ${attrs}>(window.__ran ||= []).push({ name: ${JSON.stringify(name)}, inline: true });</script>`;
}

export const globalConfig = (config) => `<script>window.consentPanelConfig = ${JSON.stringify(config)};</script>`;

let pageCount = 0;
/** The pages each running test opened, closed when it ends (tests of a file run concurrently). */
const testPages = new AsyncLocalStorage();

/**
 * node:test's `test(name, [options], fn)`, with a 30 s timeout, closing the
 * pages the test opened with openPage once it ends, so that concurrent tests
 * keep few pages alive.
 */
export function test(name, ...rest) {
  const fn = rest.pop();
  // A page stuck in a loop (say, a timer that keeps firing) fails instead of hanging the run.
  const options = { timeout: 30_000, ...rest[0] };
  return nodeTest(name, options, (t) =>
    testPages.run(new Set(), async () => {
      try {
        return await fn(t);
      } finally {
        await Promise.allSettled([...testPages.getStore()].map((p) => p.close()));
      }
    }),
  );
}

/** A file's tests, run a few at a time (3 unless `options` says otherwise): the browser waits more than it works. */
export function suite(name, ...rest) {
  const fn = rest.pop();
  return describe(name, { concurrency: 3, ...rest[0] }, fn);
}

/**
 * Serves `markup` at a fresh path and opens it in a fresh context. Options:
 * `headers` for the response; `storage` ({ key: value }) written to the
 * origin's localStorage before the page loads; `beforeGoto(page)` (e.g. to
 * install a clock); `contextOptions` for browser.newContext; `host` a name
 * mapped by setup({ hosts }) instead of 127.0.0.1.
 */
export async function openPage(h, markup, { headers, storage, beforeGoto, contextOptions, path, host } = {}) {
  const url = path ?? `/e2e-${++pageCount}.html`;
  h.server.page(url, markup, { headers });
  const p = await h.newPage(contextOptions);
  testPages.getStore()?.add(p);
  p.page.setDefaultTimeout(10_000);
  p.url = h.server.url(url, { host });
  if (beforeGoto) await beforeGoto(p.page);
  if (storage) await seedStorage(h, p.page, storage, host);
  await p.page.goto(p.url);
  return p;
}

/** Writes localStorage on the server's origin from a page that has no panel. */
export async function seedStorage(h, page, storage, host) {
  h.server.page('/blank.html', '<!doctype html><title>blank</title>');
  await page.goto(h.server.url('/blank.html', { host }));
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries))
      localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  }, storage);
}

/** A record as DESIGN.md describes it, for the default purposes; `over` replaces fields. */
export function record({ granted = [], decidedAt = Date.now(), days = 182, ...over } = {}) {
  const purposes = Object.fromEntries(DEFAULT_PURPOSES.map((id) => [id, id === 'necessary' || granted.includes(id)]));
  return {
    v: 1,
    id: '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b',
    revision: '',
    decidedAt: new Date(decidedAt).toISOString(),
    expiresAt: new Date(decidedAt + days * DAY).toISOString(),
    purposes,
    vendors: {},
    ...over,
  };
}

// --- the panel as a reader sees it --------------------------------------

export const panel = (page) => page.locator('consent-panel');
export const button = (page, name) => panel(page).getByRole('button', { name, exact: true });
export const heading = (page, name = 'Pour gérer vos consentements') => panel(page).getByRole('heading', { name, exact: true });
export const dialog = (page) => panel(page).getByRole('dialog');
export const dialogButton = (page, name) => dialog(page).getByRole('button', { name, exact: true });
export const switchNamed = (page, name) => dialog(page).getByRole('switch', { name, exact: true });

/** Waits for the first layer; returns once its three choices are visible. */
export async function bannerShown(
  page,
  { title = 'Pour gérer vos consentements', buttons = ['Tout accepter', 'Tout refuser', 'Personnaliser'] } = {},
) {
  await Promise.all([heading(page, title), ...buttons.map((name) => button(page, name))].map((l) => l.waitFor({ state: 'visible' })));
}

/** Waits for the decided state: "Gérer mes cookies" shown, the first layer gone. */
export async function bannerGone(page, { title = 'Pour gérer vos consentements', manage = 'Gérer mes cookies' } = {}) {
  await button(page, manage).waitFor({ state: 'visible' });
  assert.equal(await heading(page, title).count(), 0, 'the first layer is gone');
}

// --- what the page recorded -----------------------------------------------

export const ready = (page) => page.evaluate(() => window.consentPanel.ready);
export const events = (page, type) => page.evaluate((t) => window.__events.filter((e) => !t || e.type === t), type);
export const ran = (page) => page.evaluate(() => (window.__ran ?? []).map((r) => r.name));
export const ranDetails = (page) => page.evaluate(() => window.__ran ?? []);
export const stored = (page, key = 'consent-panel') =>
  page.evaluate((k) => {
    const raw = localStorage.getItem(k);
    return raw === null ? null : JSON.parse(raw);
  }, key);

/** Waits until `count` consent-change events have reached `document`; returns them. */
export async function changes(page, count) {
  await page.waitForFunction((n) => window.__events.filter((e) => e.type === 'consent-change').length >= n, count, { polling: 20 });
  return events(page, 'consent-change');
}

/** Waits until window.__ran holds `names` (and returns what ran). */
export async function waitRan(page, names) {
  await page.waitForFunction((list) => list.every((n) => (window.__ran ?? []).some((r) => r.name === n)), names, { polling: 20 });
  return ran(page);
}

/** Requests the server saw for fixtures/mark.js with `?name=`. */
export const markRequests = (h, name) =>
  h.server.requests.filter((r) => r.path.endsWith('/mark.js') && new URLSearchParams(r.search).get('name') === name);

/** The element focused in the page, through shadow roots: its tag and text. */
export function deepFocus(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return { tag: active?.localName, text: active?.textContent.trim(), id: active?.id || null };
  });
}

/** Console errors that mention `pattern`. */
export const errorsMatching = (p, pattern) => p.consoleErrors.filter((e) => pattern.test(e));

/** Gives the page time to do what it should not before a "nothing happened" check. */
export async function settle(page, ms = 150) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await page.evaluate(() => 0);
}
