// The TC string that vendors see is the consent the reader gave: whatever
// order the store's listeners run in, whatever a stored record claims, and
// whatever the host page has changed in the built-ins.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { openPage, suite, test } from './helpers.mjs';
import {
  ACCEPTED,
  button,
  checkTcString,
  decode,
  open,
  REJECTED,
  statuses,
  storedRecord,
  tcfapi,
  tcfConfig,
  tcfPage,
  UNDECIDED,
  vendorEvents,
} from './tcf-helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const HOUR = 3_600_000;
const NOTHING_GRANTED = { purposeConsents: [], vendorConsents: [], specialFeatures: [] };

/** Google Consent Mode's state after every consent command on the dataLayer, in order. */
const consentState = (page) =>
  page.evaluate(() =>
    Object.assign({}, ...window.dataLayer.filter((c) => c[0] === 'consent').map((c) => JSON.parse(JSON.stringify(c[2])))),
  );

/** A record of the default purposes, as another page (or tampering) left it. */
const recordOf = (purposes, { decidedAt = Date.now() - HOUR, tcf } = {}) => ({
  v: 1,
  id: '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b',
  revision: '',
  decidedAt: new Date(decidedAt).toISOString(),
  expiresAt: new Date(decidedAt + 100 * 24 * HOUR).toISOString(),
  purposes: { necessary: true, analytics: false, ads: false, social: false, personalization: false, ...purposes },
  vendors: {},
  ...(tcf && { tcf }),
});

/** The TCF part a page stores after the reader clicks `action` on the first layer. */
async function tcfAfter(action) {
  const p = await open(h, tcfPage());
  await vendorEvents(p.page, 1);
  await button(p.page, action).click();
  await vendorEvents(p.page, 2);
  return (await storedRecord(p.page)).tcf;
}

suite('IAB TCF: the string follows the store', () => {
  test('a decision made inside a consent-change or onChange listener: vendors and Consent Mode end on it', async () => {
    const nested = {
      'consent-change': "document.addEventListener('consent-change', (e) => { if (e.detail.purposes.ads) consentPanel.rejectAll(); });",
      onChange: 'consentPanel.onChange((d) => { if (d.purposes.ads) consentPanel.rejectAll(); });',
    };
    for (const [where, script] of Object.entries(nested)) {
      const p = await open(h, tcfPage({ config: tcfConfig({}, { googleConsentMode: true }), body: `<script>${script}</script>` }));
      await vendorEvents(p.page, 1);
      await button(p.page, 'Tout accepter').click();
      const events = await vendorEvents(p.page, 2);
      assert.equal(await p.page.evaluate(() => window.consentPanel.granted('analytics')), false, where);
      checkTcString(events.at(-1).tcString, REJECTED);
      const [tcData] = await tcfapi(p.page, 'getTCData');
      checkTcString(tcData.tcString, REJECTED);
      assert.equal(Object.values(tcData.purpose.consents).some(Boolean), false, `${where}: no purpose in getTCData`);
      assert.equal(Object.values(tcData.vendor.consents).some(Boolean), false, `${where}: no vendor in getTCData`);
      assert.equal(Object.values(tcData.specialFeatureOptins).some(Boolean), false, `${where}: no special feature in getTCData`);
      assert.equal((await storedRecord(p.page)).tcf.tcString, tcData.tcString, `${where}: the stored string is the published one`);
      const state = await consentState(p.page);
      assert.deepEqual([state.ad_storage, state.ad_user_data, state.ad_personalization], ['denied', 'denied', 'denied'], where);
      assert.deepEqual(p.pageErrors, []);
    }
  });

  test('a stored TC string that grants more than the record is rebuilt from the record’s choices', async () => {
    const accepted = await tcfAfter('Tout accepter');
    const rejected = await tcfAfter('Tout refuser');
    checkTcString(accepted.tcString, ACCEPTED);
    const cases = [
      // Every purpose refused, the string of an "accept all".
      [recordOf({}, { tcf: { ...rejected, tcString: accepted.tcString } }), REJECTED],
      // Analytics only, the string of an "accept all": purposes 1 and 8–10, vendor 21 only.
      [
        recordOf({ analytics: true }, { tcf: { ...rejected, objectedVendors: [], objectedPurposes: [], tcString: accepted.tcString } }),
        { purposeConsents: [1, 8, 9, 10], vendorConsents: [21], specialFeatures: [] },
      ],
    ];
    for (const [record, expected] of cases) {
      const p = await open(h, tcfPage(), { storage: { 'consent-panel': record } });
      const events = await vendorEvents(p.page, 1);
      assert.deepEqual(statuses(events), ['tcloaded']);
      checkTcString(events[0].tcString, expected);
      const [tcData] = await tcfapi(p.page, 'getTCData');
      checkTcString(tcData.tcString, expected);
      assert.equal((await storedRecord(p.page)).tcf.tcString, tcData.tcString, 'the record holds the rebuilt string');
      assert.ok(
        p.consoleErrors.some((e) => e.includes('tcf.tcString') && e.includes(accepted.tcString)),
        'the stored string is reported',
      );
      assert.equal(await button(p.page, 'Gérer mes cookies').isVisible(), true, 'the decision holds');
    }
  });

  test('a record made before the TCF was on, dated in the future: the reader is asked again', async () => {
    for (const ahead of [3 * HOUR, 20 * HOUR, 10 * 60_000]) {
      const record = recordOf({ analytics: true, ads: true, social: true, personalization: true }, { decidedAt: Date.now() + ahead });
      const p = await open(h, tcfPage(), { storage: { 'consent-panel': record } });
      const events = await vendorEvents(p.page, 1);
      assert.deepEqual(statuses(events), ['cmpuishown'], `${ahead / 60_000} min ahead`);
      checkTcString(events[0].tcString, UNDECIDED);
      await button(p.page, 'Tout accepter').waitFor();
      assert.equal(await storedRecord(p.page), null, 'nothing granted is written back');
      const [tcData] = await tcfapi(p.page, 'getTCData');
      assert.deepEqual(decode(tcData.tcString).specialFeatures, []);
    }
  });

  test('with Prototype.js’s Array.prototype.toJSON on the page, the decision is stored as data and holds on the next page', async () => {
    // Prototype.js 1.6 gives arrays a toJSON that returns a string.
    const prototypeJs = `<script>Array.prototype.toJSON = function () { return '[' + this.map(function (v) { return String(v); }).join(', ') + ']'; };</script>`;
    const p = await open(h, tcfPage({ head: prototypeJs }));
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    const [, accepted] = await vendorEvents(p.page, 2);
    const record = await storedRecord(p.page);
    assert.deepEqual(record.tcf.disclosedVendors, [10, 21, 42, 755]);
    assert.deepEqual(record.tcf.specialFeatures, [1, 2]);
    await p.page.reload();
    const events = await vendorEvents(p.page, 1);
    assert.deepEqual(statuses(events), ['tcloaded'], 'not asked again');
    assert.equal(events[0].tcString, accepted.tcString);
    await button(p.page, 'Gérer mes cookies').waitFor();
    assert.equal((await storedRecord(p.page)).tcf.tcString, accepted.tcString);
  });

  test('a language that is a name of Object.prototype: the TCF texts fall back to the page’s language', async () => {
    for (const [htmlLang, lang, consentLanguage] of [
      ['fr', 'constructor', 'FR'],
      ['fr', '__proto__', 'FR'],
      ['en', 'toString', 'EN'],
      ['constructor', undefined, 'FR'],
    ]) {
      const config = tcfConfig({}, lang === undefined ? {} : { lang });
      // A browser language that is not supported either (ja): French, the last resort.
      const p = await openPage(h, tcfPage({ config, lang: htmlLang }), { contextOptions: { locale: 'ja-JP' } });
      const [first] = await vendorEvents(p.page, 1);
      assert.equal(first.eventStatus, 'cmpuishown', `${htmlLang}/${lang}`);
      checkTcString(first.tcString, UNDECIDED, { lang: consentLanguage });
      const summary =
        consentLanguage === 'FR'
          ? 'Nous travaillons avec 4 partenaires publicitaires inscrits au TCF d’IAB Europe.'
          : 'We work with 4 advertising partners registered with IAB Europe’s TCF.';
      await p.page.locator('consent-panel [slot="tcf-summary"]').getByText(summary).waitFor({ state: 'attached' });
      assert.deepEqual(p.pageErrors, []);
    }
  });

  test('Consent Mode from the TCF and the vendors agree after each of several quick decisions', async () => {
    const p = await open(h, tcfPage({ config: tcfConfig({}, { googleConsentMode: true }) }));
    await vendorEvents(p.page, 1);
    await p.page.evaluate(() => {
      window.consentPanel.acceptAll();
      window.consentPanel.rejectAll();
      window.consentPanel.set({ ads: true });
      window.consentPanel.set({ ads: false });
    });
    const events = await vendorEvents(p.page, 2);
    checkTcString(events.at(-1).tcString, NOTHING_GRANTED);
    const state = await consentState(p.page);
    assert.equal(state.ad_storage, 'denied');
  });
});
