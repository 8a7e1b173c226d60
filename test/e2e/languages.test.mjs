// Every language, in a real browser against the built drop-in: both layers in
// the reader's language with the right lang and dir, no serious or critical axe
// violation, every control inside a 320 px screen at 200 % zoom; the language
// chosen automatically; a language file that fails gives English.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup, projectRoot } from './harness.mjs';
import { open as tcfOpen, tcfChoices, tcfPage } from './tcf-helpers.mjs';
import {
  PANEL,
  PANEL_SRC,
  bannerShown,
  button,
  dialog,
  dialogButton,
  doc,
  globalConfig,
  openPage,
  panel as panel_,
  record,
  suite,
  test,
} from './helpers.mjs';

const esm = (file) => import(new URL(`../../dist/esm/i18n/${file}`, import.meta.url));
const { LANGUAGES } = await esm('languages.js');
const { fr } = await esm('fr.js');
const { en } = await esm('en.js');
const { panelFr } = await esm('panel-fr.js');
const { panelEn } = await esm('panel-en.js');

/** The texts a reader of `lang` must see, from the built language files. */
async function textsOf(lang) {
  if (lang === 'fr') return { core: fr, panel: panelFr };
  if (lang === 'en') return { core: en, panel: panelEn };
  return (await esm(`langs/${lang}.js`)).default;
}

/** A 320 px wide screen at 200 % zoom: 160 CSS pixels. */
const NARROW = { viewport: { width: 160, height: 284 }, deviceScaleFactor: 2 };

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** The panel's content element (the one carrying lang and dir), its lang, dir and text. */
const content = (page) =>
  page.evaluate(() => {
    const div = document.querySelector('consent-panel').shadowRoot.querySelector('div[lang]');
    return { lang: div.lang, dir: div.dir, direction: getComputedStyle(div).direction, text: div.textContent };
  });

/** Controls of `selector` in the panel that reach outside the window. */
const outside = (page, selector) =>
  page.evaluate((s) => {
    const root = document.querySelector('consent-panel').shadowRoot;
    return [...root.querySelectorAll(`${s} :is(button, a, [role=switch])`)]
      .filter((c) => c.getClientRects().length)
      .map((c) => {
        c.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const box = c.getBoundingClientRect();
        return { name: c.textContent.trim() || c.getAttribute('aria-labelledby'), left: box.left, right: box.right };
      })
      .filter((box) => box.left < 0 || box.right > innerWidth);
  }, selector);

const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: `${projectRoot}node_modules/axe-core/axe.min.js` });
  return page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('consent-panel'), {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
    });
    return result.violations
      .filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`);
  });
}

suite('languages: every language, both layers', () => {
  for (const lang of LANGUAGES) {
    test(`${lang}: <html lang="${lang}">, bare drop-in, at 320 px and 200 % zoom`, async () => {
      const { core, panel, purposes } = await textsOf(lang);
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      const { page } = await openPage(h, doc({ lang, head: globalConfig({ privacyUrl: '/privacy' }), body: PANEL }), {
        contextOptions: NARROW,
      });
      await bannerShown(page, { title: panel.title, buttons: [panel.acceptAll, panel.rejectAll, panel.customize] });
      const first = await content(page);
      assert.deepEqual([first.lang, first.dir, first.direction], [lang, dir, dir], 'lang and dir of the first layer');
      assert.ok(first.text.includes(panel.intro), 'the intro in the language');
      assert.deepEqual(await outside(page, '.banner'), [], 'first layer: every control inside the window');
      assert.equal(await sideways(page), 0, 'no sideways scrolling');
      assert.deepEqual(await axe(page), [], 'first layer: no serious or critical axe violation');

      await button(page, panel.customize).click();
      await dialog(page).waitFor({ state: 'visible' });
      await dialog(page).getByRole('heading', { name: panel.preferencesTitle }).waitFor();
      if (purposes)
        for (const [label] of Object.values(purposes)) await dialog(page).getByRole('switch', { name: label, exact: true }).waitFor();
      assert.deepEqual(await outside(page, 'dialog'), [], 'preferences: every control inside the window');
      assert.deepEqual(await axe(page), [], 'preferences: no serious or critical axe violation');
      if (lang === 'ar') {
        // Mirrored: the switch's knob starts at the right when off.
        const knob = await page.evaluate(() => {
          const off = document.querySelector('consent-panel').shadowRoot.querySelector('[role=switch][aria-checked=false]');
          const [box, after] = [off.getBoundingClientRect(), getComputedStyle(off, '::after')];
          return { right: after.right, left: after.left, width: box.width };
        });
        assert.equal(knob.right, '4px', 'the knob of an off switch is on the right');
      }

      await dialogButton(page, panel.save).click();
      const manage = button(page, core.manage);
      await manage.waitFor();
      assert.deepEqual(await manage.evaluate((b) => [b.lang, b.dir]), [lang, dir], 'the manage button');
      assert.deepEqual(await outside(page, ''), [], 'manage button inside the window');
    });
  }
});

/** Every text the page's panel showed, from the start: a snapshot at every frame. */
const WATCH = () => {
  window.__seen = new Set();
  const look = () => {
    const root = document.querySelector('consent-panel')?.shadowRoot;
    if (root?.textContent) window.__seen.add(root.textContent);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

suite('languages: choosing and loading', () => {
  test('<html lang="de"> and the bare drop-in: the whole panel in German on a first visit, nothing ever in French', async () => {
    const de = await textsOf('de');
    const p = await openPage(h, doc({ lang: 'de', head: PANEL }), {
      beforeGoto: async (page) => {
        await page.addInitScript(WATCH);
        // The language file arrives well after the panel's UI: the first layer waits for it.
        await page.route('**/i18n/de.js*', (route) => setTimeout(() => route.continue(), 400));
      },
    });
    await bannerShown(p.page, { title: de.panel.title, buttons: [de.panel.acceptAll, de.panel.rejectAll, de.panel.customize] });
    await button(p.page, de.panel.customize).click();
    await dialog(p.page).getByRole('switch', { name: de.purposes.analytics[0], exact: true }).waitFor();
    await dialogButton(p.page, de.panel.rejectAll).click();
    await button(p.page, de.core.manage).waitFor();
    const seen = [...(await p.page.evaluate(() => [...window.__seen]))].join('\n');
    const german = [...Object.values(de.core), ...Object.values(de.panel)];
    // Texts, not the separator between a label and what it names (`colon`), which is punctuation.
    const other = [fr, panelFr, en, panelEn].flatMap((texts) =>
      Object.entries(texts).flatMap(([key, text]) => (key == 'colon' ? [] : [text])),
    );
    const wrong = other.filter((text) => !text.includes('{') && !german.includes(text) && seen.includes(text));
    assert.deepEqual(wrong, [], 'no French (or English) text was ever shown');
    assert.ok(seen.includes(de.panel.intro));
    const paths = h.server.requests.map((r) => r.path);
    assert.ok(paths.includes('/dist/i18n/de.js') && paths.includes('/dist/consent-panel-ui.js'), 'the German file and the UI were loaded');
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a label and what it names: French puts a space before the colon, English and German do not', async () => {
    const config = { purposes: [{ id: 'social', label: 'Social', vendors: [{ id: 'x', name: 'X' }] }] };
    for (const [lang, separator] of [
      ['fr', ' : '],
      ['en', ': '],
      ['de', ': '],
    ]) {
      const { panel } = await textsOf(lang);
      const p = await openPage(h, doc({ lang, head: globalConfig(config), body: PANEL }));
      await button(p.page, panel.customize).click();
      await dialog(p.page)
        .getByRole('list', { name: `${panel.vendors}${separator}Social`, exact: true })
        .waitFor();
      await p.page.close();
    }
  });

  test('the browser languages when the page has none; region subtags fold (pt-BR → pt, no → nb, fr-BE → fr)', async () => {
    for (const [markup, contextOptions, lang] of [
      [doc({ lang: null, body: PANEL }), { locale: 'pl-PL' }, 'pl'],
      [doc({ lang: 'pt-BR', body: PANEL }), {}, 'pt'],
      [doc({ lang: 'no', body: PANEL }), {}, 'nb'],
      [doc({ lang: 'fr-BE', body: PANEL }), { locale: 'de-DE' }, 'fr'],
      [doc({ lang: 'en', body: `<div lang="sv-FI"><consent-panel></consent-panel></div>${PANEL}` }), {}, 'sv'],
    ]) {
      const { panel } = await textsOf(lang);
      const p = await openPage(h, markup, { contextOptions });
      await bannerShown(p.page, { title: panel.title, buttons: [panel.acceptAll, panel.rejectAll, panel.customize] });
      assert.equal((await content(p.page)).lang, lang);
    }
  });

  test('a language file that fails to load: the panel in English, and the console says so', async () => {
    const p = await openPage(h, doc({ lang: 'fi', body: PANEL }), {
      beforeGoto: (page) => page.route('**/i18n/fi.js*', (route) => route.abort()),
    });
    await bannerShown(p.page, { title: panelEn.title, buttons: [panelEn.acceptAll, panelEn.rejectAll, panelEn.customize] });
    const shown = await content(p.page);
    assert.deepEqual([shown.lang, shown.dir], ['en', 'ltr']);
    assert.ok(
      p.consoleErrors.some((e) => /the fi texts could not be loaded .*showing English/.test(e)),
      p.consoleErrors.join('\n'),
    );
  });

  test('an unsupported lang: an error naming it, then auto; a config text without the language: English, with one warning; an unknown language key: warned, ignored', async () => {
    const { panel } = await textsOf('de');
    const config = {
      privacyUrl: '/privacy',
      purposes: [
        { id: 'necessary', required: true, label: { fr: 'Nécessaire', en: 'Necessary', zz: 'Zz' } },
        { id: 'analytics', label: { fr: 'Statistiques', de: 'Statistik' } },
      ],
    };
    const tag = `<script src="${PANEL_SRC}" data-lang="klingon"></script>`;
    const p = await openPage(h, doc({ lang: 'de', head: globalConfig(config) + tag }));
    await bannerShown(p.page, { title: panel.title, buttons: [panel.customize] });
    assert.ok(
      p.consoleErrors.some((e) => /lang: "klingon" is not a supported language; using "auto"/.test(e)),
      p.consoleErrors.join('\n'),
    );
    assert.ok(p.consoleWarnings.some((w) => /purposes\[0\]\.label\.zz: "zz" is not a supported language; ignored/.test(w)));
    await button(p.page, panel.customize).click();
    await dialog(p.page).getByRole('switch', { name: 'Statistik', exact: true }).waitFor();
    await dialog(p.page).getByRole('switch', { name: 'Necessary', exact: true }).waitFor();
    assert.equal(p.consoleWarnings.filter((w) => /no "de" text for "Necessary"/.test(w)).length, 1, p.consoleWarnings.join('\n'));
  });

  test('dist/consent-panel.de.js: German inlined, no request for the language file', async () => {
    const { panel } = await textsOf('de');
    const p = await openPage(h, doc({ lang: 'de', body: '<script src="/dist/consent-panel.de.js"></script>' }));
    await bannerShown(p.page, { title: panel.title, buttons: [panel.acceptAll, panel.rejectAll, panel.customize] });
    assert.equal(h.server.requests.filter((r) => r.path === '/dist/i18n/de.js' && r.headers.referer?.startsWith(p.url)).length, 0);
  });

  test("a returning reader: the manage button and an embed's placeholder in the page's language", async () => {
    const { core, purposes } = await textsOf('nl');
    const embed = '<iframe data-consent="social" data-src="/nowhere.html" title="Video" width="300" height="150"></iframe>';
    const p = await openPage(h, doc({ lang: 'nl', body: embed + PANEL }), { storage: { 'consent-panel': record() } });
    await button(p.page, core.manage).waitFor();
    const region = p.page.getByRole('region', { name: core.blocked.replace('{name}', purposes.social[0]), exact: true });
    await region.getByRole('button', { name: core.allow, exact: true }).waitFor();
    assert.equal(await region.evaluate((el) => el.lang), 'nl');
  });
});

suite('languages: the IAB TCF module', () => {
  test('<html lang="de">: the TCF parts in German (the module’s texts from i18n/tcf-de.js, the purposes from the vendor list’s purposes-de.json)', async () => {
    const { default: tcfDe } = await esm('tcf/de.js');
    const { panel } = await textsOf('de');
    const p = await tcfOpen(h, tcfPage({ lang: 'de' }));
    await panel_(p.page).getByText(tcfDe.summary.replace('{n}', '4')).waitFor();
    await button(p.page, panel.customize).click();
    await tcfChoices(p.page).getByRole('heading', { name: tcfDe.title }).waitFor();
    await tcfChoices(p.page).getByText(`${tcfDe.purposes} (11)`).click();
    // The stand-in of the IAB's German translation, served next to the vendor list.
    await tcfChoices(p.page).getByText('Messung der Werbeleistung', { exact: true }).first().waitFor();
    // A label and what it names, without French's space before the colon.
    await tcfChoices(p.page).getByText(`${tcfDe.vendors} (4)`, { exact: true }).click();
    await tcfChoices(p.page)
      .getByRole('switch', { name: `${tcfDe.consent}: Google Advertising Products`, exact: true })
      .waitFor();
    const paths = h.server.requests.map((r) => r.path);
    assert.ok(paths.includes('/dist/i18n/tcf-de.js') && paths.includes('/test/e2e/fixtures/tcf/purposes-de.json'));
    assert.deepEqual(p.consoleErrors, []);
  });

  test('a TCF texts file that fails to load: the TCF parts in English, and the console says so', async () => {
    const p = await openPage(h, tcfPage({ lang: 'it' }), {
      beforeGoto: (page) => page.route('**/i18n/tcf-it.js*', (route) => route.abort()),
    });
    await panel_(p.page).getByText('We work with 4 advertising partners registered with IAB Europe’s TCF.').waitFor();
    assert.ok(
      p.consoleErrors.some((e) => /the TCF texts in it could not be loaded .*English/.test(e)),
      p.consoleErrors.join('\n'),
    );
  });
});
