// The framework examples (examples/react, vue, svelte), built by
// scripts/build-examples.mjs, in a real browser: the element rendered by the
// app with its event bound the framework's way, a component gated on a purpose
// (useConsent), client-side routing that renders gated tags and embeds later,
// [data-consent-open] on an element the app renders, subscriptions that end
// when components unmount; and, with the drop-in, an app that renders the
// whole body again.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { buildExamples } from '../../scripts/build-examples.mjs';
import { setup } from './harness.mjs';
import { PANEL, bannerGone, bannerShown, dialog, dialogButton, doc, globalConfig, openPage, suite, test } from './helpers.mjs';

let h;
before(async () => {
  const [harness] = await Promise.all([setup(), buildExamples()]);
  h = harness;
});
after(() => h?.teardown());

/** Counts the page's live consentPanel.onChange subscriptions in window.__live. */
function countSubscriptions() {
  let api;
  window.__live = 0;
  Object.defineProperty(window, 'consentPanel', {
    configurable: true,
    get: () => api,
    set(value) {
      const onChange = value.onChange;
      value.onChange = (fn) => {
        window.__live++;
        const stop = onChange(fn);
        let stopped = false;
        return () => {
          if (!stopped) window.__live--;
          stopped = true;
          return stop();
        };
      };
      api = value;
    },
  });
}

const text = (page, content) => page.getByText(content, { exact: true });
const live = (page) => page.evaluate(() => window.__live);

suite('framework examples', () => {
  for (const name of ['react', 'vue', 'svelte']) {
    test(`${name}: the element, a gated component, client-side routes with gated tags and embeds`, async () => {
      const p = await h.newPage();
      const { page } = p;
      page.setDefaultTimeout(10_000);
      await page.addInitScript(countSubscriptions);
      await page.goto(h.server.url(`/examples/${name}/index.html`));
      await bannerShown(page);
      await text(page, 'Mesure d’audience désactivée').waitFor();
      assert.equal(await live(page), 1, 'one component listens');

      // A route rendered later: its embed gets a placeholder, its component says it is blocked.
      await page.getByRole('link', { name: 'Vidéo' }).click();
      assert.match(page.url(), /\/video$/);
      await text(page, 'Vidéo bloquée').waitFor();
      await page.getByRole('region', { name: 'Réseaux sociaux et vidéos : contenu bloqué' }).waitFor();
      assert.equal(await live(page), 1, 'the home component unsubscribed when it unmounted');

      // [data-consent-open] on a button the app rendered.
      await page.getByRole('button', { name: 'Paramètres des cookies', exact: true }).click();
      await dialog(page).waitFor();
      await dialogButton(page, 'Tout accepter').click();
      await text(page, 'Vidéo autorisée').waitFor();
      await page.locator('iframe[title="Vidéo du marché"][src$="/examples/shared/video.html"]').waitFor();
      // The app's own listener, bound the framework's way, heard consent-change.
      await page
        .getByRole('status')
        .or(page.locator('output[aria-label="Dernier changement"]'))
        .getByText(/social/)
        .waitFor();

      // Back home (history API): the gated script the route renders runs, the component is granted.
      await page.goBack();
      await text(page, 'Mesure d’audience activée').waitFor();
      await page.waitForFunction((app) => (window.__ran ?? []).some((r) => r.name === app), name);
      await page.getByRole('link', { name: 'Vidéo' }).click();
      await page.getByRole('link', { name: 'Accueil' }).click();
      await text(page, 'Mesure d’audience activée').waitFor();
      assert.equal(await live(page), 1, 'still one subscription after several routes');

      // The element's own method, called through the framework's reference to it.
      await page.getByRole('button', { name: 'Préférences (méthode de l’élément)' }).click();
      await dialog(page).waitFor();
      await dialogButton(page, 'Tout refuser').click();
      await text(page, 'Mesure d’audience désactivée').waitFor();
      await bannerGone(page);
      assert.deepEqual(p.pageErrors, [], 'no error in the page');
      assert.deepEqual(
        p.consoleErrors.filter((e) => !/Failed to load resource/.test(e)),
        [],
        'no console error',
      );
      await p.close();
    });
  }

  test('an app that renders the whole body again keeps its panel, and its [data-consent-open] works', async () => {
    const app = `<script>
      function render(route) {
        document.body.innerHTML = '<nav><a href="#" id="go">Page suivante</a></nav><main><h1>' + route + '</h1>' +
          '<button data-consent-open>Paramètres des cookies</button>' +
          '<div><script type="text/plain" data-consent="analytics">(window.__ran ||= []).push({ name: "' + route + '" });<\\/script></div></main>';
        document.getElementById('go').addEventListener('click', (event) => {
          event.preventDefault();
          history.pushState(null, '', '?page=2');
          render('Deuxième page');
        });
      }
      addEventListener('DOMContentLoaded', () => render('Première page'));
    </script>`;
    const { page } = await openPage(h, doc({ head: globalConfig({ privacyUrl: '/p' }) + app + PANEL }));
    await page.getByRole('heading', { name: 'Première page' }).waitFor();
    await bannerShown(page);
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await page.getByRole('heading', { name: 'Deuxième page' }).waitFor();
    await bannerShown(page);
    await page.getByRole('button', { name: 'Paramètres des cookies', exact: true }).click();
    await dialog(page).waitFor();
    await dialogButton(page, 'Tout accepter').click();
    await page.waitForFunction(() => (window.__ran ?? []).some((r) => r.name === 'Deuxième page'));
    await bannerGone(page);
  });
});
