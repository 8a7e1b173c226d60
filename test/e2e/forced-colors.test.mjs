// Forced colours (Windows contrast themes), emulated with Chromium's CDP
// Emulation.setEmulatedMedia, in a light and a dark system scheme: every
// switch shows its state by shape (knob position, filled track, a dash for
// "some vendors on"), compared on screenshots of the switch itself; focus
// rings show; buttons, the banner, the dialog and the placeholders keep
// visible borders; the TCF module's switches too.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { button, dialog, openPage, suite, switchNamed, test } from './helpers.mjs';
import { blur, emulateMedia, openArticle, pixelDifference } from './a11y-helpers.mjs';
import { expand, tcfConfig, tcfPage, tcfSwitch } from './tcf-helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** The switch's own pixels (whole pixels, so that two switches give pictures of one size), with a margin that takes in its focus ring. */
async function shot(page, locator, margin = 0) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const [x, y] = [Math.round(box.x) - margin, Math.round(box.y) - margin];
  return page.screenshot({ clip: { x, y, width: Math.round(box.width) + 2 * margin, height: Math.round(box.height) + 2 * margin } });
}

/** Two pictures of a switch tell different states apart by shape: at least 5 % of their pixels differ (a knob, a fill, a dash). */
function assertDiffer(a, b, what) {
  const share = pixelDifference(a, b);
  assert.ok(share >= 0.05, `${what}: ${(share * 100).toFixed(1)} % of the pixels differ`);
}

/**
 * The borders of the elements `selector` finds (in the panel's shadow root, or
 * in a placeholder's), as forced colours draw them: width, style and whether
 * their colour differs from the background behind them.
 */
const borders = (page, selector, host = 'consent-panel') =>
  page.evaluate(
    ([s, hostSelector]) =>
      [...document.querySelectorAll(hostSelector)].flatMap((el) =>
        [...el.shadowRoot.querySelectorAll(s)].map((e) => {
          const style = getComputedStyle(e);
          const canvas = getComputedStyle(document.body).backgroundColor;
          return {
            name: e.getAttribute('aria-label') || e.textContent.trim().slice(0, 30) || e.localName,
            width: parseFloat(style.borderTopWidth),
            style: style.borderTopStyle,
            visible: style.borderTopColor !== canvas && style.borderTopColor !== 'rgba(0, 0, 0, 0)',
          };
        }),
      ),
    [selector, host],
  );

function assertBordered(found, what) {
  assert.ok(found.length, `${what}: found`);
  for (const b of found)
    assert.ok(b.width >= 1 && b.style !== 'none' && b.visible, `${what} "${b.name}" keeps a visible border: ${JSON.stringify(b)}`);
}

suite('forced colours: states by shape, visible borders and focus', () => {
  for (const scheme of ['light', 'dark']) {
    const media = { 'forced-colors': 'active', 'prefers-color-scheme': scheme };

    test(`${scheme}: on, off and mixed switches look different; focus rings and borders show`, async () => {
      const { page } = await openArticle(h, { media, contextOptions: { viewport: { width: 800, height: 1000 } } });
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colours emulated');
      await button(page, 'Personnaliser').waitFor();
      assertBordered(await borders(page, '.banner, .banner button'), 'first layer');

      await button(page, 'Personnaliser').click();
      await dialog(page).waitFor({ state: 'visible' });
      assertBordered(await borders(page, 'dialog, dialog button:not([role=switch])'), 'preferences');
      assertBordered(await borders(page, '[role=switch]'), 'switches');

      // One switch in each state, pictured in place: off, mixed (one vendor of two on), on.
      const social = switchNamed(page, 'Réseaux sociaux');
      await blur(page);
      const off = await shot(page, social);
      await switchNamed(page, 'YouTube').click();
      assert.equal(await social.getAttribute('aria-checked'), 'mixed');
      await blur(page);
      const mixed = await shot(page, social);
      await switchNamed(page, 'X').click();
      assert.equal(await social.getAttribute('aria-checked'), 'true');
      await blur(page);
      const on = await shot(page, social);
      assertDiffer(on, off, 'on and off differ');
      assertDiffer(mixed, off, 'mixed differs from off');
      assertDiffer(mixed, on, 'mixed differs from on');

      // A required purpose's switch is drawn as on: the same track and knob as an on switch.
      const look = (name) =>
        switchNamed(page, name).evaluate((e) => {
          const [track, knob] = [getComputedStyle(e), getComputedStyle(e, '::after')];
          return { track: track.backgroundColor, knob: knob.backgroundColor, left: knob.left };
        });
      assert.deepEqual(await look('Nécessaires'), await look('Réseaux sociaux'), 'required looks on');
      assert.notDeepEqual(await look('Nécessaires'), await look('Publicité'), 'required does not look off');

      // A focus ring shows around a switch reached with the keyboard.
      const ads = switchNamed(page, 'Publicité');
      const unfocused = await shot(page, ads, 6);
      await switchNamed(page, 'X').focus();
      await page.keyboard.press('Tab');
      assert.equal(await ads.evaluate((e) => e.matches(':focus-visible')), true, 'keyboard focus on the switch');
      assertDiffer(await shot(page, ads, 6), unfocused, 'the focus ring shows');
      const outline = await ads.evaluate((e) => getComputedStyle(e).outlineStyle);
      assert.equal(outline, 'solid');
    });

    test(`${scheme}: the placeholders keep their border and their buttons'`, async () => {
      const { page } = await openArticle(h, { media });
      const region = page.getByRole('region', { name: 'YouTube : contenu bloqué' });
      await region.waitFor();
      assertBordered(await borders(page, '.placeholder, button', '[data-consent] ~ *, p > div'), 'placeholder');
      // Its focus ring shows too.
      const allow = region.getByRole('button', { name: 'Autoriser et afficher' });
      const unfocused = await shot(page, allow, 6);
      await page.locator('#page-button').focus();
      await page.keyboard.press('Tab');
      assert.equal(await allow.evaluate((e) => e.matches(':focus-visible')), true, 'keyboard focus on "Autoriser et afficher"');
      assertDiffer(await shot(page, allow, 6), unfocused, 'the focus ring shows');
    });

    test(`${scheme}: the TCF module's switches show their state by shape`, async () => {
      const { page } = await openPage(h, tcfPage({ config: tcfConfig() }), { beforeGoto: (p) => emulateMedia(p, media) });
      await button(page, 'Personnaliser').click();
      await dialog(page).waitFor({ state: 'visible' });
      // The vendors follow their purposes: Publicité on turns them on.
      await dialog(page).getByRole('switch', { name: 'Publicité' }).click();
      await expand(page, 'Partenaires');
      const google = tcfSwitch(page, 'Consentement : Google Advertising Products');
      await google.waitFor();
      assert.equal(await google.getAttribute('aria-checked'), 'true');
      await blur(page);
      const on = await shot(page, google);
      await google.click();
      assert.equal(await google.getAttribute('aria-checked'), 'false');
      await blur(page);
      assertDiffer(await shot(page, google), on, 'on and off differ');
    });
  }
});
