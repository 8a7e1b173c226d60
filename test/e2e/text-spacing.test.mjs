// Text spacing (WCAG 1.4.12): line height 1.5, paragraph spacing 2 em,
// letter spacing 0.12 em and word spacing 0.16 em, applied by the reader.
//
// A reader does this with a user style sheet (a browser extension, the
// browser's settings). User-origin !important declarations win over every
// author declaration, the panel's `:host { all: initial !important }` (its
// protection against hostile pages) included, and user style sheets apply in
// every tree, shadow roots included. Chromium's headless shell cannot load a
// user style sheet (no extensions, no flag), so this test gives the page what
// one does: the same rules, !important with a specificity nothing in the panel
// reaches, in the document and adopted last by every shadow root (the panel,
// the placeholders, the TCF parts). Page styles stay author styles: they still
// cannot reach in (hostile-config and layout tests).
//
// Then, in both layers and the placeholders, at desktop and phone widths:
// nothing cut off, overlapping or out of reach.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { bannerShown, button, dialog, openPage, suite, switchNamed, test } from './helpers.mjs';
import { openArticle } from './a11y-helpers.mjs';
import { assertLaidOut } from './layout-checks.mjs';
import { expand, tcfConfig, tcfPage } from './tcf-helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** The WCAG 1.4.12 metrics; `:is(#x#x#x, …)` lifts the specificity above any of the panel's selectors. */
const SPACING = `
:is(#x#x#x, *), :host(:is(#x#x#x, *)) {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
:is(#x#x#x, p) {
  margin-bottom: 2em !important;
}`;

/** Applies the reader's spacing to the document and to every shadow root, now and as new ones appear. */
const USER_STYLE = `<script>
(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(SPACING)});
  const done = new WeakSet();
  const reach = (root) => {
    if (done.has(root)) return;
    done.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
  const sweep = () => {
    reach(document);
    for (const e of document.querySelectorAll('*')) if (e.shadowRoot) {
      reach(e.shadowRoot);
      for (const inner of e.shadowRoot.querySelectorAll('*')) if (inner.shadowRoot) reach(inner.shadowRoot);
    }
    requestAnimationFrame(sweep);
  };
  sweep();
})();
</script>`;

const WIDTHS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 320, height: 640 } },
};

/** The spacing reached the element: its letter spacing is 0.12 of its font size. */
async function assertSpaced(locator) {
  const { letter, size, line } = await locator.evaluate((e) => {
    const s = getComputedStyle(e);
    return { letter: parseFloat(s.letterSpacing), size: parseFloat(s.fontSize), line: s.lineHeight };
  });
  assert.ok(Math.abs(letter - 0.12 * size) < 0.1, `letter spacing ${letter}px for a ${size}px font`);
  assert.notEqual(line, 'normal');
}

suite('text spacing: nothing cut off or overlapping', () => {
  for (const [width, contextOptions] of Object.entries(WIDTHS)) {
    for (const lang of ['fr', 'en']) {
      test(`${width}, ${lang}: first layer, preferences, placeholder`, async () => {
        const t = lang === 'fr' ? { customize: 'Personnaliser', ads: 'Publicité' } : { customize: 'Customize', ads: 'Advertising' };
        const { page } = await openArticle(h, { lang, head: USER_STYLE, contextOptions });
        await bannerShown(page, lang === 'en' ? { title: 'Manage your consent', buttons: [t.customize] } : undefined);
        await assertSpaced(button(page, t.customize));
        await assertLaidOut(page, '.banner', 'first layer');
        await assertLaidOut(page, '', 'placeholder', { placeholder: true });

        await button(page, t.customize).click();
        await dialog(page).waitFor({ state: 'visible' });
        await assertSpaced(switchNamed(page, t.ads).locator('xpath=../..'));
        await assertLaidOut(page, 'dialog', 'preferences');
      });
    }
  }

  test('phone: the TCF module’s parts in the preferences', async () => {
    const { page } = await openPage(h, tcfPage({ config: tcfConfig(), head: USER_STYLE }), { contextOptions: WIDTHS.phone });
    await bannerShown(page);
    await assertLaidOut(page, '.banner', 'first layer with the TCF summary');
    await button(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });
    await expand(page, 'Partenaires');
    await assertLaidOut(page, 'dialog', 'preferences with the TCF choices');
  });
});
