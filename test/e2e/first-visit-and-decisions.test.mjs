// A reader's first visit and the decisions of both layers, against the built
// dist/consent-panel.js: what shows, what is stored, what runs.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  DAY,
  FIXTURES,
  PANEL,
  panel,
  RECORDER,
  bannerGone,
  bannerShown,
  button,
  changes,
  deepFocus,
  dialog,
  dialogButton,
  doc,
  events,
  gated,
  gatedInline,
  heading,
  markRequests,
  openPage,
  ran,
  ranDetails,
  ready,
  settle,
  stored,
  switchNamed,
  waitRan,
  suite,
  test,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

suite('first visit and decisions', () => {
  /** One gated script per optional default purpose, named `${prefix}-${purpose}`. */
  const perPurpose = (prefix) => ['analytics', 'ads', 'social', 'personalization'].map((p) => gated(`${prefix}-${p}`, p)).join('\n');

  test('first visit: the French panel with three choices, nothing run, nothing stored', async () => {
    const p = await openPage(h, doc({ head: RECORDER, body: `${perPurpose('first')}\n${PANEL}` }));
    const { page } = p;
    await bannerShown(page);

    const detail = await ready(page);
    assert.equal(detail.decided, false);
    assert.equal(detail.source, 'init');
    assert.deepEqual(detail.changed, []);
    assert.equal(detail.record, null);
    assert.deepEqual(detail.purposes, { necessary: true, analytics: false, ads: false, social: false, personalization: false });

    await settle(page);
    assert.deepEqual(await ran(page), []);
    assert.equal(h.server.requests.filter((r) => /name=first-/.test(r.search)).length, 0, 'no gated script was even fetched');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.deepEqual(await p.context.cookies(), []);
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
  });

  test('first layer: the three buttons have the same weight', async () => {
    const { page } = await openPage(h, doc({ body: PANEL }));
    await bannerShown(page);
    const look = (name) =>
      button(page, name).evaluate((el) => {
        const s = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          fontSize: s.fontSize,
          fontWeight: s.fontWeight,
          fontFamily: s.fontFamily,
          color: s.color,
          backgroundColor: s.backgroundColor,
          borderColor: s.borderTopColor,
          borderWidth: s.borderTopWidth,
          textDecoration: s.textDecorationLine,
          height: box.height,
          visible: box.width > 0 && box.height > 0,
        };
      });
    const [accept, reject, customize] = await Promise.all(['Tout accepter', 'Tout refuser', 'Personnaliser'].map(look));
    assert.equal(accept.visible, true);
    assert.deepEqual(reject, accept, 'Tout refuser looks like Tout accepter');
    assert.deepEqual(customize, accept, 'Personnaliser looks like Tout accepter');
  });

  test('"Tout refuser": consent-change with changed [], the full record, the manage button, nothing runs', async () => {
    const { page } = await openPage(h, doc({ head: RECORDER, body: `${perPurpose('refuse')}\n${PANEL}` }));
    await bannerShown(page);
    const t0 = await page.evaluate(() => Date.now());
    await button(page, 'Tout refuser').click();
    const [change] = await changes(page, 1);
    const t1 = await page.evaluate(() => Date.now());

    assert.equal(change.target, 'consent-panel');
    assert.equal(change.bubbles, true);
    assert.equal(change.composed, true);
    assert.equal(change.decided, true);
    assert.deepEqual(change.changed, []);
    assert.equal(change.source, 'banner');
    assert.deepEqual(change.purposes, { necessary: true, analytics: false, ads: false, social: false, personalization: false });

    const rec = await stored(page);
    assert.deepEqual(Object.keys(rec).sort(), ['decidedAt', 'expiresAt', 'id', 'purposes', 'revision', 'v', 'vendors']);
    assert.equal(rec.v, 1);
    assert.match(rec.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(rec.revision, '');
    const decidedAt = Date.parse(rec.decidedAt);
    assert.equal(new Date(decidedAt).toISOString(), rec.decidedAt, 'decidedAt is an ISO date');
    assert.ok(decidedAt >= t0 && decidedAt <= t1, 'decidedAt is the moment of the click');
    assert.equal(Date.parse(rec.expiresAt) - decidedAt, 182 * DAY, 'expires after 182 days');
    assert.deepEqual(rec.purposes, { necessary: true, analytics: false, ads: false, social: false, personalization: false });
    assert.deepEqual(rec.vendors, {});
    assert.deepEqual(change.record, rec, 'the event carries the stored record');

    await bannerGone(page);
    assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false);
    await settle(page);
    assert.deepEqual(await ran(page), []);
    assert.equal(h.server.requests.filter((r) => /name=refuse-/.test(r.search)).length, 0);
  });

  test('"Tout accepter": gated scripts run once, in document order, with their attributes', async () => {
    const body = [
      // The first one is slow: the next ones must wait for it.
      gated('acc-a', 'analytics', { delay: 300, attrs: 'nonce="n0nce" data-extra="kept"' }),
      gatedInline('acc-b'),
      gated('acc-c', 'ads', { dataSrc: true }),
      `<script type="text/plain" data-consent="social" data-type="module" src="${FIXTURES}/mark-module.mjs?name=acc-d"></script>`,
      gated('acc-e', 'personalization', { attrs: 'async' }),
      PANEL,
    ].join('\n');
    const p = await openPage(h, doc({ head: RECORDER, body }));
    const { page } = p;
    await bannerShown(page);
    await button(page, 'Tout accepter').click();

    const [change] = await changes(page, 1);
    assert.equal(change.source, 'banner');
    assert.deepEqual(change.changed, ['analytics', 'ads', 'social', 'personalization']);
    assert.deepEqual(change.purposes, { necessary: true, analytics: true, ads: true, social: true, personalization: true });
    assert.deepEqual((await stored(page)).purposes, change.purposes);
    await bannerGone(page);

    await waitRan(page, ['acc-a', 'acc-b', 'acc-c', 'acc-d', 'acc-e']);
    const names = await ran(page);
    assert.deepEqual(
      names.filter((n) => n !== 'acc-e'),
      ['acc-a', 'acc-b', 'acc-c', 'acc-d'],
      'document order, each after the previous one loaded',
    );
    const details = Object.fromEntries((await ranDetails(page)).map((r) => [r.name, r]));
    assert.equal(details['acc-a'].nonce, 'n0nce', 'nonce carried over');
    assert.equal(details['acc-a'].extra, 'kept', 'other attributes carried over');
    assert.equal(details['acc-a'].type, '', 'runs as a classic script');
    assert.equal(details['acc-a'].gated, false, 'the running copy is not itself gated');
    assert.equal(details['acc-b'].inline, true);
    assert.equal(details['acc-d'].module, true, 'data-type="module" runs as a module');
    assert.equal(details['acc-e'].async, true, 'async carried over');

    // Withdrawing and granting again runs nothing twice.
    await page.evaluate(() => consentPanel.rejectAll());
    await page.evaluate(() => consentPanel.acceptAll());
    await settle(page);
    assert.equal((await ran(page)).length, 5, 'each ran once');
    assert.equal(markRequests(h, 'acc-a').length, 1);
    assert.deepEqual(p.pageErrors, []);
  });

  test('returning reader: gated scripts run at load, no panel, consent-ready decided', async () => {
    const body = [gated('back-a', 'analytics', { delay: 200 }), gatedInline('back-b', 'analytics'), gated('back-ads', 'ads'), PANEL].join(
      '\n',
    );
    const { page } = await openPage(h, doc({ head: RECORDER, body }));
    await bannerShown(page);
    await button(page, 'Personnaliser').click();
    await switchNamed(page, "Mesure d'audience").click();
    await dialogButton(page, 'Enregistrer mes choix').click();
    await waitRan(page, ['back-a', 'back-b']);
    const id = (await stored(page)).id;

    await page.reload();
    const detail = await ready(page);
    assert.equal(detail.decided, true);
    assert.equal(detail.source, 'init');
    assert.deepEqual(detail.changed, []);
    assert.equal(detail.record.id, id);
    const [readyEvent] = await events(page, 'consent-ready');
    assert.equal(readyEvent.decided, true);
    assert.equal((await events(page, 'consent-ready')).length, 1);
    await bannerGone(page);
    assert.deepEqual(await waitRan(page, ['back-a', 'back-b']), ['back-a', 'back-b'], 'in order, at load');
    await settle(page);
    assert.deepEqual(await ran(page), ['back-a', 'back-b'], 'the refused purpose still does not run');
    assert.deepEqual(await events(page, 'consent-change'), [], 'a page load is no change');
  });

  test('preferences: a modal dialog, switches off but the required one, save grants only what is on', async () => {
    const { page } = await openPage(h, doc({ head: RECORDER, body: `${perPurpose('prefs')}\n${PANEL}` }));
    await bannerShown(page);
    await button(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });
    assert.equal(await dialog(page).evaluate((el) => el.matches(':modal')), true, 'a modal dialog');
    assert.equal(await page.locator('#page-button').evaluate((el) => el.matches(':focus') || document.activeElement === el), false);

    const switches = dialog(page).getByRole('switch');
    assert.equal(await switches.count(), 5);
    const state = (name) =>
      switchNamed(page, name).evaluate((el) => ({
        checked: el.getAttribute('aria-checked'),
        disabled: el.disabled || el.getAttribute('aria-disabled') === 'true',
      }));
    assert.deepEqual(await state('Fonctionnement du site'), { checked: 'true', disabled: true });
    for (const name of ["Mesure d'audience", 'Publicité', 'Réseaux sociaux et vidéos', 'Personnalisation']) {
      assert.deepEqual(await state(name), { checked: 'false', disabled: false }, name);
    }
    await switchNamed(page, 'Fonctionnement du site').click({ force: true });
    assert.equal((await state('Fonctionnement du site')).checked, 'true', 'the required switch cannot be turned off');
    assert.equal(await dialog(page).getByText('Toujours actif').count(), 1);

    await switchNamed(page, 'Réseaux sociaux et vidéos').click();
    assert.equal((await state('Réseaux sociaux et vidéos')).checked, 'true');
    await dialogButton(page, 'Enregistrer mes choix').click();
    await dialog(page).waitFor({ state: 'hidden' });

    const [change] = await changes(page, 1);
    assert.equal(change.source, 'preferences');
    assert.deepEqual(change.changed, ['social']);
    assert.deepEqual((await stored(page)).purposes, {
      necessary: true,
      analytics: false,
      ads: false,
      social: true,
      personalization: false,
    });
    await bannerGone(page);
    await waitRan(page, ['prefs-social']);
    await settle(page);
    assert.deepEqual(await ran(page), ['prefs-social']);

    // Reopened, the dialog shows the choice made.
    await button(page, 'Gérer mes cookies').click();
    await dialog(page).waitFor({ state: 'visible' });
    assert.equal((await state('Réseaux sociaux et vidéos')).checked, 'true');
    assert.equal((await state('Publicité')).checked, 'false');
  });

  test('preferences: Escape closes, decides nothing, and gives focus back to the opener', async () => {
    const { page } = await openPage(h, doc({ head: RECORDER, body: `${gated('esc-a')}\n${PANEL}` }));
    await bannerShown(page);
    await button(page, 'Personnaliser').focus();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'visible' });
    await switchNamed(page, "Mesure d'audience").click();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });

    await settle(page);
    assert.equal(await stored(page), null, 'no record written');
    assert.deepEqual(await events(page, 'consent-change'), []);
    assert.equal(await page.evaluate(() => consentPanel.granted('analytics')), false);
    assert.deepEqual(await ran(page), []);
    await bannerShown(page);
    assert.deepEqual(await deepFocus(page), { tag: 'button', text: 'Personnaliser', id: null });

    // Opened again, the switch turned on before Escape is off; "Fermer" decides nothing either.
    await button(page, 'Personnaliser').click();
    assert.equal(await switchNamed(page, "Mesure d'audience").getAttribute('aria-checked'), 'false');
    await switchNamed(page, 'Publicité').click();
    await dialogButton(page, 'Fermer').click();
    await dialog(page).waitFor({ state: 'hidden' });
    await settle(page);
    assert.equal(await stored(page), null);
    assert.deepEqual(await events(page, 'consent-change'), []);
    assert.equal((await deepFocus(page)).text, 'Personnaliser');
  });

  test('preferences: its three choices have the same weight; saving again unchanged fires nothing', async () => {
    const { page } = await openPage(h, doc({ head: RECORDER, body: PANEL }));
    await bannerShown(page);
    await button(page, 'Personnaliser').click();
    const look = (name) =>
      dialogButton(page, name).evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          fontSize: s.fontSize,
          fontWeight: s.fontWeight,
          color: s.color,
          backgroundColor: s.backgroundColor,
          height: el.getBoundingClientRect().height,
        };
      });
    const [save, accept, reject] = await Promise.all(['Enregistrer mes choix', 'Tout accepter', 'Tout refuser'].map(look));
    assert.deepEqual(accept, save);
    assert.deepEqual(reject, save);
    await dialogButton(page, 'Enregistrer mes choix').click();
    await changes(page, 1);
    await button(page, 'Gérer mes cookies').click();
    await dialogButton(page, 'Enregistrer mes choix').click();
    await dialog(page).waitFor({ state: 'hidden' });
    await settle(page);
    assert.equal((await events(page, 'consent-change')).length, 1, 'a re-save that changes nothing fires nothing');
  });

  test('a [data-consent-open] element in the page opens the preferences; focus comes back to it', async () => {
    const body = `<footer><a href="#cookies" id="footer-link" data-consent-open>Cookies</a></footer>\n${PANEL}`;
    const { page } = await openPage(h, doc({ head: RECORDER, body }));
    await bannerShown(page);
    await page.locator('#footer-link').click();
    await dialog(page).waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => location.hash), '', 'the link does not navigate');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    assert.equal((await deepFocus(page)).id, 'footer-link');
    assert.equal(await stored(page), null);
  });

  test('consentPanel.open() opens the preferences', async () => {
    const { page } = await openPage(h, doc({ head: RECORDER, body: PANEL }));
    await bannerShown(page);
    assert.equal(await dialog(page).count(), 0, 'closed at first');
    await page.evaluate(() => consentPanel.open());
    await dialog(page).waitFor({ state: 'visible' });
    await dialogButton(page, 'Tout refuser').click();
    await dialog(page).waitFor({ state: 'hidden' });
    const [change] = await changes(page, 1);
    assert.equal(change.source, 'preferences');
    assert.equal(change.decided, true);
    await bannerGone(page);
  });

  test('HTML in the configuration is shown as text and never runs', async () => {
    const label = '<img src=/xss-label.png onerror="window.__xss=1">';
    const config = {
      purposes: [
        { id: 'necessary', label: 'Essentiel', required: true },
        { id: 'analytics', label, description: '<b>gras</b><script>window.__xss=2</script>' },
      ],
    };
    const head = `<script>window.consentPanelConfig = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script>`;
    const p = await openPage(h, doc({ head, body: PANEL }));
    const { page } = p;
    await bannerShown(page);
    await button(page, 'Personnaliser').click();
    await switchNamed(page, label).waitFor({ state: 'visible' });
    assert.equal(await dialog(page).getByText('<b>gras</b><script>window.__xss=2</script>', { exact: true }).count(), 1);
    const inside = await page.evaluate(() => document.querySelector('consent-panel').shadowRoot.querySelectorAll('img, b, script').length);
    assert.equal(inside, 0, 'no element made from the texts');
    await settle(page);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(h.server.requests.filter((r) => r.path === '/xss-label.png').length, 0);
    assert.deepEqual(p.pageErrors, []);
  });

  test('nothing runs while the reader ignores the panel, and the page stays usable', async () => {
    const { page } = await openPage(h, doc({ head: RECORDER, body: `${perPurpose('ignore')}\n${PANEL}` }));
    await bannerShown(page);
    await page.locator('#page-button').click();
    await page.keyboard.press('Escape');
    await settle(page, 300);
    assert.deepEqual(await ran(page), []);
    assert.equal(await stored(page), null);
    assert.deepEqual(await events(page, 'consent-change'), []);
    assert.equal(await heading(page).count(), 1);
  });

  test('preferences: focus moves into the dialog, stays there on Tab, and a saved status is announced', async () => {
    const { page } = await openPage(h, doc({ head: RECORDER, body: PANEL }));
    await bannerShown(page);
    await button(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });
    const insideDialog = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return { inside: !!active?.closest('dialog'), page: active?.id === 'page-button' };
      });
    assert.equal((await insideDialog()).inside, true, 'focus is inside the dialog once open');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      assert.equal((await insideDialog()).page, false, 'Tab never reaches page content behind the dialog');
    }
    await dialogButton(page, 'Enregistrer mes choix').click();
    await dialog(page).waitFor({ state: 'hidden' });
    await panel(page).getByRole('status').filter({ hasText: 'Vos choix sont enregistrés.' }).waitFor({ state: 'attached' });
    await bannerGone(page);
    assert.deepEqual(
      await deepFocus(page),
      { tag: 'button', text: 'Gérer mes cookies', id: null },
      'focus lands on the way back, not lost on <body>',
    );
  });

  test('the first layer moves out of the way of the page control that has keyboard focus', async () => {
    const body = `<div id="spacer"></div><button id="low-button">Bas de page</button>\n${PANEL}`;
    const css = '<style>#low-button { position: fixed; bottom: 16px; left: 50%; } #spacer { height: 3000px; }</style>';
    const { page } = await openPage(h, doc({ head: css, body }), { contextOptions: { viewport: { width: 800, height: 600 } } });
    await bannerShown(page);
    const covered = () =>
      page.locator('#low-button').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) !== el;
      });
    assert.equal(await covered(), true, 'the fixture puts the button under the banner');
    await page.locator('#low-button').focus();
    await page.waitForFunction(
      () => {
        const el = document.getElementById('low-button');
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
      },
      null,
      { polling: 20 },
    );
    assert.equal(await covered(), false);
  });
});
