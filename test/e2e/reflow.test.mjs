// Reflow (WCAG 1.4.10) against the built dist/consent-panel.js: every control
// of both layers, and the "Gérer mes cookies" button, fits inside the window,
// with no sideways scrolling, at 320 CSS pixels and on a 320 px wide screen
// zoomed to 200 % (160 CSS pixels), in French and English and with long words
// in the configuration (they wrap, they do not overflow).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { PANEL, bannerGone, bannerShown, button, dialog, dialogButton, doc, globalConfig, openPage, suite, test } from './helpers.mjs';
import { EMBED, openArticle } from './a11y-helpers.mjs';
import { assertLaidOut } from './layout-checks.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const WINDOWS = {
  '320 CSS px': { viewport: { width: 320, height: 568 } },
  'a 640 px window at 200 % zoom': { viewport: { width: 320, height: 400 }, deviceScaleFactor: 2 },
  'a 320 px screen at 200 % zoom': { viewport: { width: 160, height: 284 }, deviceScaleFactor: 2 },
  'a 1280 × 800 window at 400 % zoom': { viewport: { width: 320, height: 200 }, deviceScaleFactor: 4 },
};

const TEXTS = {
  fr: { customize: 'Personnaliser', save: 'Enregistrer mes choix', manage: 'Gérer mes cookies', title: 'Pour gérer vos consentements' },
  en: { customize: 'Customize', save: 'Save my choices', manage: 'Manage cookies', title: 'Manage your consent' },
};

/** Long words, as German or Finnish texts have, in a purpose with vendors. */
const LONG = {
  privacyUrl: '/datenschutzerklaerung',
  purposes: [
    { id: 'necessary', label: 'Unbedingt erforderliche Funktionsfähigkeitsgewährleistung', required: true },
    {
      id: 'social',
      label: { fr: 'Réseaux sociaux', en: 'Social media', de: 'Sozialenetzwerkeinbettungseinstellungen' },
      description: 'Sozialenetzwerkeinbettungsdatenverarbeitungsgrundsätze und Videoplattformwiedergabeeinstellungen.',
      vendors: [
        {
          id: 'yt',
          name: 'Videoplattformwiedergabedienstleistungsanbieter',
          privacyUrl: '/datenschutzerklaerungdesanbieters',
          retention: '13 Monate',
        },
      ],
    },
    { id: 'analytics', label: 'Reichweitenmessungsdatenverarbeitung' },
  ],
};

/** Every control in the panel's shadow root that is shown, with its box after scrolling it into view. */
function controls(page, scope) {
  return page.evaluate((selector) => {
    const root = document.querySelector('consent-panel').shadowRoot;
    return [...root.querySelectorAll(`${selector} :is(button, a, [role=switch])`)]
      .filter((c) => c.getClientRects().length)
      .map((c) => {
        c.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const box = c.getBoundingClientRect();
        const name = c.getAttribute('aria-label') || c.textContent.trim() || c.getAttribute('aria-labelledby');
        return { name, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      });
  }, scope);
}

/** Sideways scrolling of the page, or of the layer (`selector`) itself. */
const sideways = (page, selector) =>
  page.evaluate((s) => {
    const layer = document.querySelector('consent-panel').shadowRoot.querySelector(s);
    return { page: document.documentElement.scrollWidth - innerWidth, layer: layer.scrollWidth - layer.clientWidth };
  }, selector);

function assertInside(found, { width, height }, what) {
  assert.ok(found.length, `${what}: controls found`);
  const outside = found.filter((c) => c.left < 0 || c.right > width || c.top < 0 || c.bottom > height);
  assert.deepEqual(outside, [], `${what}: every control inside the ${width} × ${height} window`);
}

suite('reflow: both layers fit narrow windows', () => {
  for (const [windowName, contextOptions] of Object.entries(WINDOWS)) {
    for (const [lang, config] of [
      ['fr', {}],
      ['en', {}],
      ['fr', LONG],
    ]) {
      const long = config === LONG ? ', long words' : '';
      test(`${windowName}, ${lang}${long}: first layer, preferences and manage button`, async () => {
        const t = TEXTS[lang];
        const size = contextOptions.viewport;
        const { page } = await openPage(h, doc({ lang, head: globalConfig({ privacyUrl: '/confidentialite', ...config }), body: PANEL }), {
          contextOptions,
        });
        await bannerShown(page, { title: t.title, buttons: [t.customize] });
        assertInside(await controls(page, '.banner'), size, 'first layer');
        assert.deepEqual(await sideways(page, '.banner'), { page: 0, layer: 0 }, 'first layer: no sideways scrolling');

        await button(page, t.customize).click();
        await dialog(page).waitFor({ state: 'visible' });
        assertInside(await controls(page, 'dialog'), size, 'preferences');
        assert.deepEqual(await sideways(page, 'dialog'), { page: 0, layer: 0 }, 'preferences: no sideways scrolling');

        await dialogButton(page, t.save).click();
        await bannerGone(page, { title: t.title, manage: t.manage });
        assertInside(await controls(page, ''), size, 'manage button');
      });
    }
  }
});

suite('reflow: the dialog scrolls inside itself; placeholders fit', () => {
  for (const [windowName, contextOptions] of Object.entries(WINDOWS)) {
    test(`${windowName}: the dialog scrolls, not the page, and its buttons are reached by scrolling it`, async () => {
      const { page } = await openArticle(h, { contextOptions, body: EMBED.repeat(3) });
      await bannerShown(page);
      await assertLaidOut(page, '.banner', 'first layer');
      await button(page, 'Personnaliser').click();
      await dialog(page).waitFor({ state: 'visible' });
      const before = await page.evaluate(() => {
        const d = document.querySelector('consent-panel').shadowRoot.querySelector('dialog');
        const box = d.getBoundingClientRect();
        return {
          scrolls: d.scrollHeight > d.clientHeight,
          overflowY: getComputedStyle(d).overflowY,
          top: box.top,
          bottom: box.bottom,
          pageY: scrollY,
        };
      });
      assert.equal(before.scrolls, true, 'the dialog is taller than the window: it scrolls');
      assert.ok(
        before.top >= 0 && before.bottom <= contextOptions.viewport.height,
        `the dialog fits the window: ${before.top}–${before.bottom}`,
      );
      // Keyboard only: Tab reaches "Tout refuser", the last button, scrolling the dialog, not the page.
      const last = dialogButton(page, 'Tout refuser');
      for (let i = 0; i < 30 && !(await last.evaluate((b) => b.matches(':focus'))); i++) await page.keyboard.press('Tab');
      assert.equal(await last.evaluate((b) => b.matches(':focus')), true, 'Tab reaches the last button');
      const after = await page.evaluate(() => {
        const root = document.querySelector('consent-panel').shadowRoot;
        const box = root.activeElement.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, dialogScroll: root.querySelector('dialog').scrollTop, pageY: scrollY };
      });
      assert.ok(
        after.top >= 0 && after.bottom <= contextOptions.viewport.height,
        `the focused button is in view: ${after.top}–${after.bottom}`,
      );
      assert.ok(after.dialogScroll > 0, 'the dialog scrolled');
      assert.equal(after.pageY, before.pageY, 'the page did not');
      await assertLaidOut(page, 'dialog', 'preferences');
    });

    test(`${windowName}: placeholders, French and English`, async () => {
      for (const lang of ['fr', 'en']) {
        const { page } = await openArticle(h, { lang, contextOptions });
        await page.getByRole('region', { name: lang === 'fr' ? 'YouTube : contenu bloqué' : 'YouTube: blocked content' }).waitFor();
        await assertLaidOut(page, '', `placeholder, ${lang}`, { placeholder: true });
      }
    });
  }
});
