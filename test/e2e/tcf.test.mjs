// The IAB TCF module end to end: a vendor that only knows __tcfapi gets a TC
// string that the IAB's decoder reads back as the reader's choice, on the
// first visit and on every later page; the listener sequence; the TCF parts
// of the panel.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { projectRoot, setup } from './harness.mjs';
import { suite, test } from './helpers.mjs';
import {
  ACCEPTED,
  button,
  checkTcString,
  cmpSettled,
  decode,
  dialog,
  expand,
  GVL_URL,
  LI_PURPOSES,
  LIST,
  open,
  REJECTED,
  statuses,
  storedRecord,
  tcfapi,
  tcfChoices,
  tcfConfig,
  tcfPage,
  tcfSwitch,
  UNDECIDED,
  vendorEvents,
  VENDORS,
} from './tcf-helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

suite('IAB TCF: strings, listeners and the panel', () => {
  test('first visit: the stub answers at once, then cmpuishown with legitimate interest only; the first layer counts the vendors', async () => {
    const p = await open(h, tcfPage());
    const [first] = await vendorEvents(p.page, 1);
    const pings = await p.page.evaluate(() => window.__tcf.pings);
    assert.deepEqual(pings[0], {
      gdprApplies: true,
      cmpLoaded: false,
      cmpStatus: 'stub',
      displayStatus: 'hidden',
      apiVersion: '2',
      success: true,
    });
    assert.equal(first.eventStatus, 'cmpuishown');
    assert.equal(first.success, true);
    assert.equal(first.cmpStatus, 'loaded');
    assert.equal(first.gdprApplies, true);
    assert.equal(first.isServiceSpecific, true);
    assert.equal(first.publisherCC, 'FR');
    assert.equal(first.tcfPolicyVersion, LIST.tcfPolicyVersion);
    assert.equal(typeof first.listenerId, 'number');
    checkTcString(first.tcString, UNDECIDED);
    assert.deepEqual(
      Object.keys(first.vendor.legitimateInterests)
        .filter((id) => first.vendor.legitimateInterests[id])
        .map(Number),
      VENDORS,
    );
    assert.equal(Object.values(first.vendor.consents).some(Boolean), false);
    const [ping] = await tcfapi(p.page, 'ping');
    assert.deepEqual(
      { ...ping },
      {
        gdprApplies: true,
        cmpLoaded: true,
        cmpStatus: 'loaded',
        displayStatus: 'visible',
        apiVersion: '2',
        cmpId: 300,
        cmpVersion: 4,
        gvlVersion: LIST.vendorListVersion,
        tcfPolicyVersion: LIST.tcfPolicyVersion,
      },
    );
    await panel(p).getByText('Nous travaillons avec 4 partenaires publicitaires inscrits au TCF d’IAB Europe.').waitFor();
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('accept all, reload, another page: useractioncomplete, then tcloaded with the stored string', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    const events = await vendorEvents(p.page, 2);
    assert.deepEqual(statuses(events), ['cmpuishown', 'useractioncomplete']);
    assert.equal(events[1].listenerId, events[0].listenerId);
    checkTcString(events[1].tcString, ACCEPTED);
    const record = await storedRecord(p.page);
    assert.equal(record.tcf.tcString, events[1].tcString, 'stored with the record');
    assert.deepEqual(record.tcf.disclosedVendors, VENDORS);
    // consent-change, gated tags and the string agree.
    const [change] = await p.page.evaluate(() => window.__tcf.changes);
    assert.deepEqual(change.purposes, { necessary: true, analytics: true, ads: true, social: true, personalization: true });

    await p.page.reload();
    const reloaded = await vendorEvents(p.page, 1);
    assert.deepEqual(statuses(reloaded), ['tcloaded']);
    assert.equal(reloaded[0].tcString, events[1].tcString);
    assert.equal((await tcfapi(p.page, 'ping'))[0].displayStatus, 'disabled');

    h.server.page('/tcf-other-page.html', tcfPage());
    await p.page.goto(h.server.url('/tcf-other-page.html'));
    const other = await vendorEvents(p.page, 1);
    assert.deepEqual(statuses(other), ['tcloaded']);
    assert.equal(other[0].tcString, events[1].tcString);
    const [tcData, ok] = await tcfapi(p.page, 'getTCData');
    assert.equal(ok, true);
    assert.equal(tcData.tcString, events[1].tcString);
    assert.equal(tcData.eventStatus, 'tcloaded');
  });

  test('reject all: consent, special features and legitimate interest all refused', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout refuser').click();
    const events = await vendorEvents(p.page, 2);
    assert.deepEqual(statuses(events), ['cmpuishown', 'useractioncomplete']);
    checkTcString(events[1].tcString, REJECTED);
  });

  test('the reader’s choices in the preferences are the bits of the string', async () => {
    const p = await open(h, tcfPage({ config: tcfConfig({}, { googleConsentMode: true }) }));
    await vendorEvents(p.page, 1);
    await button(p.page, 'Personnaliser').click();
    const d = dialog(p.page);
    await tcfChoices(p.page).getByRole('heading', { name: 'Partenaires publicitaires (IAB TCF)' }).waitFor();
    // Groups are collapsed: nothing of the vendor list shows yet.
    assert.equal(await tcfSwitch(p.page, 'Consentement : Google Advertising Products').isVisible(), false);
    await d.getByRole('switch', { name: 'Publicité' }).click();
    await expand(p.page, 'Partenaires');
    const google = tcfSwitch(p.page, 'Consentement : Google Advertising Products');
    await google.waitFor();
    assert.equal(await google.getAttribute('aria-checked'), 'true', 'a vendor follows its purposes');
    // Géo Exemple needs purpose 2 (ads): on; Mesure Exemple (8, 9) gets 9 from ads.
    assert.equal(await tcfSwitch(p.page, 'Consentement : Géo Exemple').getAttribute('aria-checked'), 'true');
    await google.click();
    assert.equal(await google.getAttribute('aria-checked'), 'false');
    await tcfSwitch(p.page, 'M’opposer à l’intérêt légitime : Mesure Exemple').click();
    await expand(p.page, 'Fonctionnalités spéciales');
    await tcfSwitch(p.page, 'Activer : Utiliser des données de géolocalisation précises').click();
    await expand(p.page, 'Finalités (');
    await tcfSwitch(p.page, 'M’opposer à l’intérêt légitime : Mesurer la performance des publicités').click();
    await d.getByRole('button', { name: 'Enregistrer mes choix', exact: true }).click();

    const events = await vendorEvents(p.page, 2);
    assert.deepEqual(statuses(events), ['cmpuishown', 'useractioncomplete']);
    checkTcString(events[1].tcString, {
      purposeConsents: [1, 2, 3, 4, 7, 9, 10],
      vendorConsents: [10, 21, 42],
      vendorLI: [10, 42, 755],
      purposeLI: [2, 8, 9, 10],
      specialFeatures: [1],
    });
    // Google Consent Mode says what the string says for Google (755 refused).
    const last = await consentState(p.page);
    assert.equal(last.ad_storage, 'denied');
    assert.equal(last.ad_user_data, 'denied');
    assert.equal(last.ad_personalization, 'denied');
    const change = (await p.page.evaluate(() => window.__tcf.changes)).at(-1);
    assert.equal(change.purposes.ads, true);
    assert.equal(change.purposes.analytics, false);

    // Reopening shows the saved switches.
    await p.page.getByRole('link', { name: 'Gérer mes cookies' }).click();
    await expand(p.page, 'Partenaires');
    assert.equal(await tcfSwitch(p.page, 'Consentement : Google Advertising Products').getAttribute('aria-checked'), 'false');
    assert.equal(await tcfSwitch(p.page, 'M’opposer à l’intérêt légitime : Mesure Exemple').getAttribute('aria-checked'), 'true');
    assert.deepEqual(p.pageErrors, []);
  });

  test('analytics alone: purposes 1 and 8–10, no vendor consent for Google; Consent Mode agrees', async () => {
    const p = await open(h, tcfPage({ config: tcfConfig({}, { googleConsentMode: true }) }));
    await vendorEvents(p.page, 1);
    await p.page.evaluate(() => window.consentPanel.set({ analytics: true }));
    const events = await vendorEvents(p.page, 2);
    assert.deepEqual(statuses(events), ['cmpuishown', 'useractioncomplete']);
    checkTcString(events[1].tcString, {
      purposeConsents: [1, 8, 9, 10],
      vendorConsents: [21],
      specialFeatures: [],
      purposeLI: LI_PURPOSES,
      vendorLI: VENDORS,
    });
    const last = await consentState(p.page);
    assert.equal(last.ad_storage, 'denied');
    assert.equal(last.analytics_storage, 'granted');
  });

  test('listener sequence: first visit, choice, reload, withdrawal, removeEventListener', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    await vendorEvents(p.page, 2);
    await p.page.reload();
    await vendorEvents(p.page, 1);
    // Withdrawal from the preferences: the panel shows again, then the new choice.
    await p.page.getByRole('link', { name: 'Gérer mes cookies' }).click();
    await dialog(p.page).waitFor();
    await vendorEvents(p.page, 2);
    await dialog(p.page).getByRole('button', { name: 'Tout refuser', exact: true }).click();
    const events = await vendorEvents(p.page, 3);
    assert.deepEqual(statuses(events), ['tcloaded', 'cmpuishown', 'useractioncomplete']);
    checkTcString(events[1].tcString, ACCEPTED);
    checkTcString(events[2].tcString, REJECTED);
    assert.equal((await storedRecord(p.page)).tcf.tcString, events[2].tcString);
    // reset(): asked again, with the string of a first visit.
    await p.page.evaluate(() => window.consentPanel.reset());
    const reset = await vendorEvents(p.page, 4);
    assert.equal(reset[3].eventStatus, 'cmpuishown');
    checkTcString(reset[3].tcString, UNDECIDED);
    // removeEventListener: no more calls.
    const removed = await tcfapi(p.page, 'removeEventListener', 2, reset[0].listenerId);
    assert.equal(removed[0], true);
    await button(p.page, 'Tout accepter').click();
    await p.page.waitForFunction(() => window.consentPanel.granted('ads'));
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await p.page.evaluate(() => window.__tcf.events)).length, 4);
    assert.deepEqual(p.pageErrors, []);
  });

  test('closing the preferences of a returning reader: cmpuishown, then useractioncomplete with the same string', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    const [, accepted] = await vendorEvents(p.page, 2);
    await p.page.reload();
    await vendorEvents(p.page, 1);
    await button(p.page, 'Gérer mes cookies').click();
    await dialog(p.page).waitFor();
    await p.page.keyboard.press('Escape');
    const events = await vendorEvents(p.page, 3);
    assert.deepEqual(statuses(events), ['tcloaded', 'cmpuishown', 'useractioncomplete']);
    for (const e of events) assert.equal(e.tcString, accepted.tcString);
  });

  test('a vendor added since the decision: the reader is asked again', async () => {
    const config = tcfConfig({ vendors: [10, 21, 755] });
    const p = await open(h, tcfPage({ config }));
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    const [, accepted] = await vendorEvents(p.page, 2);
    checkTcString(accepted.tcString, { vendorConsents: [10, 21, 755] }, { vendors: [10, 21, 755] });
    h.server.page('/tcf-more-vendors.html', tcfPage());
    await p.page.goto(h.server.url('/tcf-more-vendors.html'));
    const events = await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').waitFor();
    assert.deepEqual(statuses(events), ['cmpuishown']);
    checkTcString(events[0].tcString, UNDECIDED);
    assert.equal(await storedRecord(p.page), null);
  });

  test('a new TCF policy version in the vendor list: the reader is asked again', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    await button(p.page, 'Tout accepter').click();
    await vendorEvents(p.page, 2);
    h.server.page('/gvl-policy-6/vendor-list.json', JSON.stringify({ ...LIST, tcfPolicyVersion: 6 }));
    h.server.page('/tcf-policy-6.html', tcfPage({ config: tcfConfig({ gvlUrl: '/gvl-policy-6/vendor-list.json' }) }));
    await p.page.goto(h.server.url('/tcf-policy-6.html'));
    const events = await vendorEvents(p.page, 1);
    assert.deepEqual(statuses(events), ['cmpuishown']);
    assert.equal(decode(events[0].tcString).policyVersion, 6);
  });

  test('a decision made before the TCF was set up: refusals hold, consents are asked again', async () => {
    const decidedAt = Date.now() - 3_600_000;
    const base = {
      v: 1,
      id: '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b',
      revision: '',
      decidedAt: new Date(decidedAt).toISOString(),
      expiresAt: new Date(decidedAt + 9e9).toISOString(),
      vendors: {},
    };
    const refused = { ...base, purposes: { necessary: true, analytics: false, ads: false, social: true, personalization: false } };
    const p = await open(h, tcfPage(), { storage: { 'consent-panel': refused } });
    const events = await vendorEvents(p.page, 1);
    assert.deepEqual(statuses(events), ['tcloaded']);
    checkTcString(events[0].tcString, REJECTED);
    assert.equal((await storedRecord(p.page)).tcf.tcString, events[0].tcString);

    const granted = { ...base, purposes: { ...refused.purposes, ads: true } };
    const q = await open(h, tcfPage(), { storage: { 'consent-panel': granted } });
    const asked = await vendorEvents(q.page, 1);
    assert.deepEqual(statuses(asked), ['cmpuishown']);
    await button(q.page, 'Tout accepter').waitFor();
  });

  test('a choice made before the TCF has loaded is encoded, not asked again', async () => {
    for (const [action, expected] of [
      ['Tout accepter', ACCEPTED],
      ['Tout refuser', REJECTED],
    ]) {
      // The vendor list comes late: the reader answers the first layer before the CMP is ready.
      const p = await open(h, tcfPage({ config: tcfConfig({ gvlUrl: `${GVL_URL}?delay=700` }) }));
      await button(p.page, action).click();
      const events = await vendorEvents(p.page, 2);
      assert.deepEqual(statuses(events), ['cmpuishown', 'useractioncomplete'], action);
      checkTcString(events[1].tcString, expected);
      assert.equal((await storedRecord(p.page)).tcf.tcString, events[1].tcString);
      assert.equal(await button(p.page, 'Gérer mes cookies').isVisible(), true, 'not asked again');
      await p.page.reload();
      const [loaded] = await vendorEvents(p.page, 1);
      assert.equal(loaded.eventStatus, 'tcloaded');
      assert.equal(loaded.tcString, events[1].tcString);
    }
  });

  test('English page: English texts, consent language EN', async () => {
    const p = await open(h, tcfPage({ lang: 'en' }));
    const [first] = await vendorEvents(p.page, 1);
    checkTcString(first.tcString, UNDECIDED, { lang: 'EN' });
    await panel(p).getByText('We work with 4 advertising partners registered with IAB Europe’s TCF.').waitFor();
    await button(p.page, 'Customize').click();
    await expand(p.page, 'Purposes');
    await tcfChoices(p.page).getByRole('heading', { name: 'Store and/or access information on a device' }).waitFor();
  });

  test('French texts come from the vendor list’s translation', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    await button(p.page, 'Personnaliser').click();
    await expand(p.page, 'Finalités (');
    await tcfChoices(p.page).getByRole('heading', { name: 'Stocker et/ou accéder à des informations sur un appareil' }).waitFor();
    await expand(p.page, 'Partenaires');
    const google = tcfChoices(p.page)
      .getByRole('listitem')
      .filter({ has: p.page.getByRole('heading', { name: 'Google Advertising Products' }) });
    await google.locator('summary').click();
    await google.getByText('548 jours').waitFor();
    await google.getByRole('link', { name: 'Politique de confidentialité : Google Advertising Products' }).waitFor();
    assert.equal(
      await google.getByRole('link', { name: 'Politique de confidentialité : Google Advertising Products' }).getAttribute('href'),
      'https://business.safety.google/privacy/',
    );
  });

  test('Google signals: enableAdvertiserConsentMode and the Additional Consent string', async () => {
    const config = tcfConfig({
      enableAdvertiserConsentMode: true,
      addtlConsent: {
        providers: [
          { id: 89, name: 'Un prestataire', privacyUrl: 'https://atp.example/privacy' },
          { id: 1, name: 'Un autre' },
        ],
      },
    });
    const p = await open(h, tcfPage({ config }));
    const [first] = await vendorEvents(p.page, 1);
    assert.equal(first.enableAdvertiserConsentMode, true);
    assert.equal(first.addtlConsent, '2~~dv.1.89');
    await button(p.page, 'Tout accepter').click();
    const events = await vendorEvents(p.page, 2);
    assert.equal(events[1].addtlConsent, '2~1.89~dv.');
    assert.equal((await storedRecord(p.page)).tcf.addtlConsent, '2~1.89~dv.');
    await p.page.reload();
    const [loaded] = await vendorEvents(p.page, 1);
    assert.equal(loaded.addtlConsent, '2~1.89~dv.');
    assert.equal((await tcfapi(p.page, 'getTCData'))[0].addtlConsent, '2~1.89~dv.');
  });

  test('the TCF parts of the panel: switches with names, groups collapsed, no axe violations', async () => {
    const p = await open(h, tcfPage());
    await vendorEvents(p.page, 1);
    await button(p.page, 'Personnaliser').click();
    await tcfChoices(p.page).getByRole('heading', { name: 'Partenaires publicitaires (IAB TCF)' }).waitFor();
    const openGroups = await p.page.evaluate(
      () =>
        [...document.querySelectorAll('consent-panel > [slot]')]
          .flatMap((el) => [...el.shadowRoot.querySelectorAll('details')])
          .filter((x) => x.open).length,
    );
    assert.equal(openGroups, 0, 'collapsed by default');
    // Keyboard: the first group opens with Enter.
    const summary = tcfChoices(p.page).locator('summary').first();
    await summary.focus();
    await p.page.keyboard.press('Enter');
    assert.equal(await summary.evaluate((s) => s.parentElement.open), true);
    for (const name of ['Partenaires', 'Fonctionnalités spéciales']) await expand(p.page, name);
    const switches = await panel(p).getByRole('switch').all();
    assert.ok(switches.length > 10);
    for (const s of switches) assert.ok((await s.getAttribute('aria-label')) || (await s.getAttribute('aria-labelledby')), 'named');
    await p.page.addScriptTag({ path: `${projectRoot}node_modules/axe-core/axe.min.js` });
    const violations = await p.page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('consent-panel'), {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
  });

  test('under a strict CSP (stub as a file, nonce for the configuration): no violation, the TCF works', async () => {
    const csp = "script-src 'self' 'nonce-abc'; style-src 'self'";
    const markup = tcfPage({
      stub: false,
      vendor: false,
      head: '<script src="/dist/tcf-stub.js"></script><script src="/test/e2e/fixtures/tcf/vendor.js"></script>',
    });
    h.server.page('/tcf-csp.html', markup.replace('<script>window.consentPanelConfig', '<script nonce="abc">window.consentPanelConfig'), {
      headers: { 'Content-Security-Policy': csp },
    });
    const p = await h.newPage();
    await p.page.goto(h.server.url('/tcf-csp.html'));
    await vendorEvents(p.page, 1);
    await cmpSettled(p.page);
    await button(p.page, 'Personnaliser').click();
    await tcfChoices(p.page).getByRole('heading', { name: 'Partenaires publicitaires (IAB TCF)' }).waitFor();
    const [tcData] = await tcfapi(p.page, 'getTCData');
    checkTcString(tcData.tcString, UNDECIDED);
    assert.deepEqual(
      p.consoleErrors.filter((e) => /Content Security Policy/.test(e)),
      [],
    );
  });
});

const panel = (p) => p.page.locator('consent-panel');

/** Google Consent Mode's state after every consent command on the dataLayer, in order. */
const consentState = (page) =>
  page.evaluate(() =>
    Object.assign({}, ...window.dataLayer.filter((c) => c[0] === 'consent').map((c) => JSON.parse(JSON.stringify(c[2])))),
  );
