// Colours and motion: the panel's default theme and the demo's themes reach
// WCAG AA (text 4.5:1, controls and focus ring 3:1), measured on what the
// browser draws; a site's theme below that gets a console warning naming the
// property; an unreadable pair (same colour, transparent) falls back to the
// panel's defaults; nothing moves when the reader asks for reduced motion.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { bannerShown, button, dialog, suite, switchNamed, test } from './helpers.mjs';
import { openArticle } from './a11y-helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** `rgb(…)` / `rgba(…)` as computed, opaque only (the panel draws no translucent text). */
function parse(color) {
  const m = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(color);
  assert.ok(m && (m[4] === undefined || Number(m[4]) === 1), `an opaque colour: ${color}`);
  return m.slice(1, 4).map(Number);
}

/** WCAG 2 contrast ratio of two computed colours (computed here, apart from the panel's own check). */
export function ratio(a, b) {
  const lum = (c) =>
    parse(c)
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [x, y] = [lum(a) + 0.05, lum(b) + 0.05];
  return Math.max(x, y) / Math.min(x, y);
}

/** The colours the first layer and the dialog are drawn with, as computed. */
const drawn = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('consent-panel').shadowRoot;
    const style = (selector, pseudo) => getComputedStyle(root.querySelector(selector), pseudo);
    const banner = style('.banner');
    const dialog = style('dialog');
    const button = style('.banner .button');
    const on = root.querySelector('[role=switch][aria-checked=true]:not([aria-disabled])');
    const off = root.querySelector('[role=switch][aria-checked=false]');
    on.focus();
    const focused = getComputedStyle(on);
    return {
      text: [style('#banner-text').color, banner.backgroundColor],
      title: [style('h2').color, banner.backgroundColor],
      link: [style('.banner a').color, banner.backgroundColor],
      buttonText: [button.color, button.backgroundColor],
      buttonEdge: [button.borderTopColor, banner.backgroundColor],
      dialogText: [style('dialog p').color, dialog.backgroundColor],
      switchOff: [getComputedStyle(off).borderTopColor, dialog.backgroundColor],
      knobOff: [getComputedStyle(off, '::after').backgroundColor, dialog.backgroundColor],
      switchOn: [getComputedStyle(on).backgroundColor, dialog.backgroundColor],
      knobOn: [getComputedStyle(on, '::after').backgroundColor, getComputedStyle(on).backgroundColor],
      focusRing: [focused.outlineColor, dialog.backgroundColor],
    };
  });

const TEXT = ['text', 'title', 'link', 'buttonText', 'dialogText'];

/** Opens the first layer, then the dialog with one switch on; returns the drawn colours. */
async function colours(page) {
  await bannerShown(page);
  await button(page, 'Personnaliser').click();
  await dialog(page).waitFor({ state: 'visible' });
  await switchNamed(page, 'Publicité').click();
  await page.keyboard.press('Tab');
  return drawn(page);
}

function assertAA(found, what) {
  for (const [pair, [fg, bg]] of Object.entries(found)) {
    const least = TEXT.includes(pair) ? 4.5 : 3;
    const r = ratio(fg, bg);
    assert.ok(r >= least, `${what}, ${pair}: ${fg} on ${bg} is ${r.toFixed(2)}:1, needs ${least}:1`);
  }
}

const contrastWarnings = (p) => [...p.consoleWarnings, ...p.consoleErrors].filter((m) => /--consent-/.test(m));

const DEMO_CSS = '<link rel="stylesheet" href="/demo/demo.css">';
const HIGH_CONTRAST = "<script>document.documentElement.classList.add('demo-high-contrast')</script>";

suite('theme colours: WCAG AA, warnings and fallbacks', () => {
  for (const [name, head] of [
    ['the default theme', ''],
    ['the demo’s theme', DEMO_CSS],
    ['the demo’s "contraste élevé"', DEMO_CSS + HIGH_CONTRAST],
  ]) {
    test(`${name} reaches AA: text 4.5:1, controls and focus ring 3:1, and gets no warning`, async () => {
      const p = await openArticle(h, { head });
      assertAA(await colours(p.page), name);
      assert.deepEqual(contrastWarnings(p), []);
    });
  }

  test('a theme below AA gets a warning naming the property, and keeps its colours', async () => {
    const head = '<style>body { --consent-text: #949494; --consent-focus: #f4c8b0; }</style>';
    const p = await openArticle(h, { head });
    const found = await colours(p.page);
    const warnings = contrastWarnings(p);
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings[0], /^consent-panel: --consent-text #949494 on --consent-background #fff: contrast 3\.03:1 < 4\.5:1$/);
    assert.match(warnings[1], /^consent-panel: --consent-focus #f4c8b0 on --consent-background #fff: contrast 1\.53:1 < 3:1$/);
    assert.equal(found.text[0], 'rgb(148, 148, 148)', 'the site’s choice stands');
    // Opening the dialog again checks again, without repeating what was said.
    await p.page.keyboard.press('Escape');
    await button(p.page, 'Personnaliser').click();
    assert.equal(contrastWarnings(p).length, 2);
  });

  test('unreadable pairs (same colour, transparent, invalid) fall back to the defaults for that pair, with a warning', async () => {
    const head = `<style>body {
      --consent-text: #fff;
      --consent-button-text: transparent;
      --consent-link: not-a-colour;
    }</style>`;
    const p = await openArticle(h, { head });
    const found = await colours(p.page);
    assert.equal(found.text[0], 'rgb(26, 26, 26)', 'text: the default');
    assert.equal(found.text[1], 'rgb(255, 255, 255)', 'background: the default');
    assert.equal(found.buttonText[0], 'rgb(255, 255, 255)', 'button text: the default');
    assert.equal(found.link[0], 'rgb(11, 79, 138)', 'link: the default');
    assertAA(found, 'after the fallbacks');
    const warnings = contrastWarnings(p).join('\n');
    assert.match(
      warnings,
      /--consent-text #fff on --consent-background #fff: contrast 1\.00:1 < 4\.5:1, unreadable: the defaults are used for both/,
    );
    assert.match(warnings, /--consent-button-text transparent on --consent-accent #0b4f8a: .*unreadable/);
    assert.match(warnings, /--consent-link not-a-colour on --consent-background #fff: .*unreadable/);
  });
});

suite('motion', () => {
  test('with prefers-reduced-motion: reduce, nothing in the panel animates or transitions', async () => {
    const { page } = await openArticle(h, { media: { 'prefers-reduced-motion': 'reduce' } });
    assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
    await bannerShown(page);
    await button(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });
    await switchNamed(page, 'Publicité').click();
    const moving = await page.evaluate(() => {
      const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
      const elements = roots.flatMap((r) => [...r.querySelectorAll('*')]);
      return {
        animations: roots.flatMap((r) => r.getAnimations()).length,
        moving: elements
          .map((e) => [e, getComputedStyle(e)])
          .filter(([, s]) => s.animationName !== 'none' || s.transitionDuration.split(', ').some((d) => parseFloat(d) > 0))
          .map(([e]) => e.localName + (e.className ? `.${e.className}` : '')),
      };
    });
    assert.deepEqual(moving, { animations: 0, moving: [] });
  });
});
