// What screen readers get, read from Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree): the first layer is a region landmark named by
// its title and is announced through a live region that was in the tree
// before its text, without taking focus; every switch has its role, name and
// state, a required one is checked and disabled and described as "Toujours
// actif", a purpose with some vendors on says so in words; "saved" is
// announced once; placeholders are named regions; the panel's language is
// marked where it differs from the page's.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { bannerGone, bannerShown, button, deepFocus, dialog, dialogButton, openPage, suite, switchNamed, test } from './helpers.mjs';
import { axNodes, openArticle } from './a11y-helpers.mjs';
import { expand, tcfConfig, tcfPage, tcfSwitch } from './tcf-helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

/** Notes every text the panel's status line shows, frame by frame, from before the panel exists. */
const STATUS_LOG = `<script>
  window.__status = [];
  (function watch() {
    const line = document.querySelector('consent-panel')?.shadowRoot?.querySelector('[role=status]');
    const text = line ? line.textContent.trim() : null;
    if (window.__status.at(-1) !== text) window.__status.push(text);
    requestAnimationFrame(watch);
  })();
</script>`;

const find = (nodes, role, name) => nodes.filter((n) => n.role === role && (name === undefined || n.name === name));

suite('screen readers: the accessibility tree', () => {
  test('the first layer is a named landmark, announced by the status line without taking focus', async () => {
    const { page } = await openArticle(h, { head: STATUS_LOG });
    await bannerShown(page);
    await page.waitForFunction(() => window.__status.includes('Pour gérer vos consentements'));
    const nodes = await axNodes(page);
    assert.equal(find(nodes, 'region', 'Pour gérer vos consentements').length, 1, 'a region landmark named by the title');
    const [status] = find(nodes, 'status');
    assert.equal(status?.properties.live, 'polite');
    assert.equal(status.text, 'Pour gérer vos consentements');
    const log = await page.evaluate(() => window.__status);
    assert.deepEqual(
      log.filter((t) => t !== null),
      ['', 'Pour gérer vos consentements'],
      'the line was empty in the tree before the title came',
    );
    assert.notEqual((await deepFocus(page)).tag, 'button', 'focus stays where it was (nothing in the panel)');
  });

  test('switches: role, name, state; required ones checked, disabled and described; mixed said in words', async () => {
    const { page } = await openArticle(h);
    await button(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });
    let nodes = await axNodes(page);
    const names = find(nodes, 'switch').map((n) => n.name);
    assert.deepEqual(names.sort(), ['Nécessaires', 'Publicité', 'Réseaux sociaux', 'X', 'YouTube']);
    const [required] = find(nodes, 'switch', 'Nécessaires');
    assert.equal(required.properties.checked, 'true');
    assert.equal(required.properties.disabled, true);
    assert.match(required.description, /^Toujours actif\b/);
    for (const name of ['Réseaux sociaux', 'YouTube', 'X', 'Publicité']) {
      const [s] = find(nodes, 'switch', name);
      assert.equal(s.properties.checked, 'false', `${name}: off`);
      assert.equal(s.properties.disabled, undefined, `${name}: enabled`);
    }
    assert.equal(find(nodes, 'switch', 'Réseaux sociaux')[0].description, 'Vidéos et publications intégrées.');
    // Links and groups say what they are about out of context: a vendor's privacy link names the vendor.
    assert.equal(find(nodes, 'link', 'Confidentialité YouTube').length, 1);
    assert.equal(find(nodes, 'list', 'Partenaires : Réseaux sociaux').length, 1);
    assert.equal(find(nodes, 'button', 'Fermer').length, 1, 'the ✕ button has a name');

    await switchNamed(page, 'YouTube').click();
    nodes = await axNodes(page);
    assert.equal(find(nodes, 'switch', 'YouTube')[0].properties.checked, 'true');
    const [social] = find(nodes, 'switch', 'Réseaux sociaux');
    assert.match(social.description, /^Activé pour une partie des partenaires\b/, 'mixed, in words');
    await switchNamed(page, 'X').click();
    nodes = await axNodes(page);
    assert.equal(find(nodes, 'switch', 'Réseaux sociaux')[0].properties.checked, 'true');
    assert.doesNotMatch(find(nodes, 'switch', 'Réseaux sociaux')[0].description, /partie/);
  });

  test('"saved" is announced once, after the dialog closes', async () => {
    const { page } = await openArticle(h, { head: STATUS_LOG });
    await button(page, 'Personnaliser').click();
    await dialogButton(page, 'Enregistrer mes choix').click();
    await bannerGone(page);
    await page.waitForFunction(() => window.__status.includes('Vos choix sont enregistrés.'));
    // Later renders (the manage button, a change from the API) do not say it again.
    await page.evaluate(() => window.consentPanel.set({ ads: true }));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const log = await page.evaluate(() => window.__status);
    assert.equal(log.filter((t) => t === 'Vos choix sont enregistrés.').length, 1, `said once: ${JSON.stringify(log)}`);
    const [status] = find(await axNodes(page), 'status');
    assert.equal(status.text, 'Vos choix sont enregistrés.');
  });

  test('the TCF module’s switches: role, name and state', async () => {
    const { page } = await openPage(h, tcfPage({ config: tcfConfig() }));
    await button(page, 'Personnaliser').click();
    await dialog(page).waitFor({ state: 'visible' });
    await switchNamed(page, 'Publicité').click();
    await expand(page, 'Partenaires');
    const google = tcfSwitch(page, 'Consentement : Google Advertising Products');
    await google.waitFor();
    let [node] = find(await axNodes(page), 'switch', 'Consentement : Google Advertising Products');
    assert.equal(node?.properties.checked, 'true');
    await google.click();
    [node] = find(await axNodes(page), 'switch', 'Consentement : Google Advertising Products');
    assert.equal(node.properties.checked, 'false');
  });

  test('placeholders are named regions; the panel marks its language where the page has another', async () => {
    // The page is in Japanese, which the panel does not speak: it shows the reader's browser language, English, marked as such.
    const { page } = await openArticle(h, { lang: 'ja', contextOptions: { locale: 'en-GB' } });
    await bannerShown(page, { title: 'Manage your consent', buttons: ['Accept all', 'Reject all', 'Customize'] });
    const nodes = await axNodes(page);
    assert.equal(find(nodes, 'region', 'YouTube: blocked content').length, 1, 'the placeholder is a named region');
    const langs = await page.evaluate(() => {
      const nearest = (e) => e.closest('[lang]')?.lang;
      const root = document.querySelector('consent-panel').shadowRoot;
      const placeholder = [...document.querySelectorAll('div')].find((d) => d.shadowRoot?.querySelector('.placeholder'));
      return {
        banner: nearest(root.querySelector('.banner')),
        placeholder: nearest(placeholder.shadowRoot.querySelector('.placeholder')),
      };
    });
    assert.deepEqual(langs, { banner: 'en', placeholder: 'en' });
  });
});
