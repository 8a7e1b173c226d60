// Shared by the IAB TCF end-to-end tests: pages with the stub, the panel and a
// stand-in vendor (fixtures/tcf/vendor.js), and TC strings decoded in node
// with the IAB's own TCString.decode. A layer on helpers.mjs: the same panel
// script (PANEL_SRC), the same openPage, and tests use its test() and suite().
/* global window, localStorage */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TCString } from '@iabtechlabtcf/core';
import { projectRoot } from './harness.mjs';
import { PANEL_SRC, button, dialog, openPage, panel } from './helpers.mjs';

export { button, dialog, panel };

export const TCF = '/test/e2e/fixtures/tcf';
export const GVL_URL = `${TCF}/vendor-list.json`;
export const VENDORS = [10, 21, 42, 755];
export const LIST = JSON.parse(readFileSync(`${projectRoot}test/e2e/fixtures/tcf/vendor-list.json`, 'utf8'));
export const ALL_PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** Purposes the fixture's vendors declare on legitimate interest (1 and 3–6 never). */
export const LI_PURPOSES = [2, 7, 8, 9, 10];
export const DEFAULT_MAP = { analytics: [1, 8, 9, 10], ads: [1, 2, 3, 4, 7, 9, 10], personalization: [1, 5, 6, 11] };

export const tcfConfig = (tcf = {}, rest = {}) => ({
  privacyUrl: '/confidentialite',
  tcf: { cmpId: 300, cmpVersion: 4, gvlUrl: GVL_URL, vendors: VENDORS, ...tcf },
  ...rest,
});

/** The built stub, inlined as the docs say. */
export const stubScript = () => `<script>${readFileSync(`${projectRoot}dist/tcf-stub.js`, 'utf8')}</script>`;

/**
 * A page: the stub inlined in <head> (unless `stub: false`), the
 * configuration, the stand-in vendor, then the drop-in script.
 */
export function tcfPage({ config = tcfConfig(), stub = true, vendor = true, lang = 'fr', panel = PANEL_SRC, head = '', body = '' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Article</title>
${stub ? stubScript() : ''}
<script>window.consentPanelConfig = ${JSON.stringify(config)};</script>
${vendor ? `<script src="${TCF}/vendor.js"></script>` : ''}
${head}
<script src="${panel}"></script>
</head><body><main><h1>Un article</h1><p>Du texte.</p><a href="#" data-consent-open>Gérer mes cookies</a></main>${body}</body></html>`;
}

let count = 0;

/**
 * Serves `markup` at a fresh path (or `path`) and opens it in a fresh context;
 * `storage` values are written to localStorage as JSON; `beforeGoto(page)`
 * runs before the page loads (to route a request, say).
 */
export function open(h, markup, { path = `/tcf-${++count}.html`, storage, beforeGoto } = {}) {
  const asJson = storage && Object.fromEntries(Object.entries(storage).map(([key, value]) => [key, JSON.stringify(value)]));
  return openPage(h, markup, { path, storage: asJson, beforeGoto });
}

/** Calls `__tcfapi` in the page and resolves with `[value, success]` (first call back). */
export const tcfapi = (page, command, version = 2, parameter) =>
  page.evaluate(
    ([c, v, param]) =>
      new Promise((resolve) =>
        window.__tcfapi(c, v, (value, success) => resolve([JSON.parse(JSON.stringify(value ?? null)), success]), param),
      ),
    [command, version, parameter],
  );

/**
 * Waits until the CMP has loaded or failed: `ping` calls back once, with
 * cmpStatus "loaded" or "error" ("stub" is the stub's answer, "loading" the
 * IAB CmpApi's before its first update). Resolves with that answer.
 *
 * The answer is read at once, as the CMP API has ping call back "immediately
 * without any asynchronous logic", and the condition polled is a value,
 * never a Promise: waitForFunction takes any truthy result, a pending
 * Promise included, as the condition met and settles with whatever that
 * Promise gives, so a predicate returning one pings once and returns even
 * when the answer is "stub".
 */
export async function cmpSettled(page) {
  const settled = () => {
    const answers = [];
    if (typeof window.__tcfapi === 'function') window.__tcfapi('ping', 2, (value) => answers.push(value));
    const [ping] = answers;
    const done =
      answers.length === 1 && ping !== null && typeof ping === 'object' && (ping.cmpStatus === 'loaded' || ping.cmpStatus === 'error');
    return done ? JSON.parse(JSON.stringify(ping)) : false;
  };
  try {
    return await (await page.waitForFunction(settled, null, { polling: 20 })).jsonValue();
  } catch (error) {
    const last = await page
      .evaluate(() => {
        const answers = [];
        if (typeof window.__tcfapi === 'function') window.__tcfapi('ping', 2, (value) => answers.push(value));
        return JSON.stringify(answers);
      })
      .catch(() => 'nothing (the page is gone)');
    error.message += `\nThe CMP did not settle: ping called back with ${last}.`;
    throw error;
  }
}

/** The vendor's listener calls so far, once there are at least `n`. */
export async function vendorEvents(page, n) {
  await page.waitForFunction((count) => window.__tcf.events.length >= count, n, { polling: 20 });
  return page.evaluate(() => window.__tcf.events);
}

export const statuses = (events) => events.map((e) => e.eventStatus);

const ids = (vector) => {
  const out = [];
  vector.forEach((value, id) => value && out.push(id));
  return out;
};

/** A TC string as the IAB's decoder reads it. */
export function decode(tcString) {
  const model = TCString.decode(tcString);
  return {
    segments: tcString.split('.').length,
    cmpId: model.cmpId,
    cmpVersion: model.cmpVersion,
    policyVersion: model.policyVersion,
    vendorListVersion: model.vendorListVersion,
    isServiceSpecific: model.isServiceSpecific,
    publisherCountryCode: model.publisherCountryCode,
    consentLanguage: model.consentLanguage,
    sameDates: model.created.getTime() === model.lastUpdated.getTime(),
    purposeConsents: ids(model.purposeConsents),
    purposeLI: ids(model.purposeLegitimateInterests),
    vendorConsents: ids(model.vendorConsents),
    vendorLI: ids(model.vendorLegitimateInterests),
    specialFeatures: ids(model.specialFeatureOptins),
    disclosed: ids(model.vendorsDisclosed),
    publisherConsents: ids(model.publisherConsents),
  };
}

/**
 * Decodes and checks a TC string: the fixed fields, then each bit list given
 * in `expected` (purposeConsents, purposeLI, vendorConsents, vendorLI,
 * specialFeatures, disclosed).
 */
export function checkTcString(tcString, expected, { lang = 'FR', cmpVersion = 4, vendors = VENDORS } = {}) {
  assert.equal(typeof tcString, 'string', 'a TC string');
  const d = decode(tcString);
  assert.equal(d.segments, 3, 'core, disclosed vendors and publisher segments');
  assert.equal(d.cmpId, 300);
  assert.equal(d.cmpVersion, cmpVersion);
  assert.equal(d.policyVersion, LIST.tcfPolicyVersion);
  assert.equal(d.vendorListVersion, LIST.vendorListVersion);
  assert.equal(d.isServiceSpecific, true);
  assert.equal(d.publisherCountryCode, 'FR');
  assert.equal(d.consentLanguage, lang);
  assert.equal(d.sameDates, true, 'Created equals LastUpdated');
  assert.deepEqual(d.disclosed, expected.disclosed ?? vendors, 'disclosed vendors');
  for (const key of ['purposeConsents', 'purposeLI', 'vendorConsents', 'vendorLI', 'specialFeatures']) {
    if (expected[key]) assert.deepEqual(d[key], expected[key], key);
  }
  assert.deepEqual(d.publisherConsents, d.purposeConsents, 'the publisher segment repeats the purpose consents');
  for (const p of [1, 3, 4, 5, 6]) assert.equal(d.purposeLI.includes(p), false, `no legitimate interest for purpose ${p}`);
  return d;
}

/** The string before any choice: no consent, legitimate interest for every surfaced vendor. */
export const UNDECIDED = { purposeConsents: [], vendorConsents: [], specialFeatures: [], purposeLI: LI_PURPOSES, vendorLI: VENDORS };
export const ACCEPTED = {
  purposeConsents: ALL_PURPOSES,
  vendorConsents: VENDORS,
  specialFeatures: [1, 2],
  purposeLI: LI_PURPOSES,
  vendorLI: VENDORS,
};
export const REJECTED = { purposeConsents: [], vendorConsents: [], specialFeatures: [], purposeLI: [], vendorLI: [] };

// --- the panel ------------------------------------------------------------

/**
 * The TCF choices in the preferences: slotted into the dialog, they are light
 * DOM children of <consent-panel> (with their own shadow root), so locators
 * start from the element, not from the dialog.
 */
export const tcfChoices = (page) => panel(page).locator('[slot="tcf"]');

/** Opens a collapsed group of the TCF choices by its summary text. */
export async function expand(page, name) {
  const summary = tcfChoices(page).locator('summary', { hasText: name }).first();
  await summary.click();
}

export const tcfSwitch = (page, name) => tcfChoices(page).getByRole('switch', { name, exact: true });

export const storedRecord = (page, key = 'consent-panel') => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);
