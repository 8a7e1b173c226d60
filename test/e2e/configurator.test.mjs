// The configurator (demo/configurator.html) in a real browser: choose three
// vendors from the catalogue and a text, see the real panel in the preview,
// copy the snippet, paste it into a blank page: the panel there shows those
// vendors with the chosen texts.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import { suite, test } from './helpers.mjs';
import { readFile } from 'node:fs/promises';
import { readPresets, siteFile } from '../../scripts/presets/catalogue.mjs';

/** The catalogue's presets by id, as written (retention in French and English). */
const PRESETS = new Map(readPresets().map(({ preset }) => [preset.id, preset]));

/** Chooses the vendors named, by searching for each. */
async function choose(form, vendors) {
  for (const [query, name] of vendors) {
    await form.getByRole('searchbox', { name: 'Rechercher un partenaire' }).fill(query);
    await form.getByRole('checkbox', { name, exact: true }).check();
  }
}

let h;

/** A blank French page holding only `snippet`, at `path`; every request off this machine goes to `answer` (nothing leaves it). */
async function openSnippetPage(path, snippet, answer) {
  h.server.page(
    path,
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vide</title>${snippet}</head><body><p>Page vide.</p></body></html>`,
  );
  const blank = await h.newPage();
  blank.page.setDefaultTimeout(10_000);
  await blank.page.route((url) => url.hostname !== '127.0.0.1', answer);
  await blank.page.goto(h.server.url(path));
  return blank;
}
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

suite('configurator', () => {
  test('three vendors, a text, copy, paste into a blank page: the panel shows them', async () => {
    const p = await h.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = p;
    page.setDefaultTimeout(10_000);
    await page.goto(h.server.url('/demo/configurator.html'));
    const form = page.getByRole('form', { name: 'Configuration' });
    await choose(form, [
      ['youtube', 'YouTube'],
      ['spotify', 'Spotify'],
      ['chartbeat', 'Chartbeat'],
    ]);
    // Search hides the others.
    assert.equal(await form.getByRole('checkbox', { name: 'Criteo', exact: true }).isVisible(), false);
    await form.getByRole('textbox', { name: 'Chartbeat : uid' }).fill('98765');
    await form.getByRole('textbox', { name: 'Intitulé' }).nth(2).fill('Vidéos et podcasts');

    // The real panel, live, in the preview: the first layer, then the preferences.
    const preview = page.frameLocator('iframe[title="Aperçu du panneau"]');
    await preview.getByRole('button', { name: 'Tout accepter', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Préférences', exact: true }).click();
    await preview.getByRole('switch', { name: 'Spotify', exact: true }).waitFor();
    await preview.getByRole('heading', { name: 'Vidéos et podcasts', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Copier l’extrait', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Extrait copié.' }).waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(snippet, /window\.consentPanelConfig = /);
    assert.match(snippet, /"uid": "98765"/);
    // Its presets file is the one scripts/presets/bundle.mjs makes for the same presets, byte for byte: the snippet
    // fixes the panel's language (French, the default choice), so their texts are in French only (--lang fr).
    assert.ok(snippet.includes('"lang": "fr"'), snippet);
    assert.ok(snippet.includes(`<script>\n${siteFile(['chartbeat', 'spotify', 'youtube'], { langs: ['fr'] })}</script>`), snippet);

    // A blank page with only the snippet. Chartbeat's tag, at its real URL, is a stand-in.
    const blank = await openSnippetPage('/blank-with-snippet.html', snippet, (route) =>
      route.request().url() === 'https://static.chartbeat.com/js/chartbeat.js'
        ? route.fulfill({ contentType: 'text/javascript', body: 'window.__chartbeat = window._sf_async_config;' })
        : route.abort(),
    );
    const panel = blank.page.locator('consent-panel');
    await panel.getByRole('button', { name: 'Personnaliser', exact: true }).click();
    const dialog = panel.getByRole('dialog');
    for (const name of ['YouTube', 'Spotify', 'Chartbeat']) await dialog.getByRole('switch', { name, exact: true }).waitFor();
    await dialog.getByRole('heading', { name: 'Vidéos et podcasts', exact: true }).waitFor();
    // The presets came with the snippet: none was fetched.
    assert.deepEqual(
      h.server.requests.filter(
        (r) => r.path.startsWith('/dist/presets/') && r.path !== '/dist/presets/catalogue.json' && r.headers.referer?.includes('blank'),
      ),
      [],
    );
    // Nor the presets module: the snippet's presets file holds it.
    assert.deepEqual(
      h.server.requests.filter((r) => r.path === '/dist/consent-panel-presets.js' && r.headers.referer?.includes('blank')),
      [],
    );
    await dialog.getByRole('button', { name: 'Tout accepter', exact: true }).click();
    await blank.page.waitForFunction(() => window.__chartbeat?.uid === '98765');
    assert.deepEqual(blank.pageErrors, []);
    assert.deepEqual(blank.consoleErrors, []);
  });

  test('the downloaded snippet of a French site carries its presets’ texts in French only, and its panel shows them', async () => {
    const { page } = await h.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(h.server.url('/demo/configurator.html'));
    const form = page.getByRole('form', { name: 'Configuration' });
    await choose(form, [
      ['youtube', 'YouTube'],
      ['vimeo', 'Vimeo'],
      ['chartbeat', 'Chartbeat'],
    ]);
    // In the catalogue's order, as the configurator puts them; each has a retention, in French and English.
    const ids = ['chartbeat', 'vimeo', 'youtube'];
    await page.frameLocator('iframe[title="Aperçu du panneau"]').getByRole('button', { name: 'Tout accepter', exact: true }).waitFor();

    // "Celle de la page": the panel may show any language, so the presets file keeps every one (bundle.mjs without --lang).
    await form.getByRole('combobox', { name: 'Langue' }).selectOption('auto');
    await page.waitForFunction(() => !document.getElementById('snippet').value.includes('"lang"'));
    assert.ok((await page.locator('#snippet').inputValue()).includes(`<script>\n${siteFile(ids)}</script>`));

    await form.getByRole('combobox', { name: 'Langue' }).selectOption('fr');
    await page.waitForFunction(() => document.getElementById('snippet').value.includes('"lang": "fr"'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger l’extrait', exact: true }).click(),
    ]);
    const snippet = await readFile(await download.path(), 'utf8');
    assert.ok(snippet.includes(`<script>\n${siteFile(ids, { langs: ['fr'] })}</script>`), snippet);
    // No English text of its presets, every French one.
    for (const id of ids) {
      const { retention } = PRESETS.get(id);
      assert.ok(!snippet.includes(JSON.stringify(retention.en)), `${id}: ${retention.en}`);
      assert.ok(snippet.includes(JSON.stringify(retention.fr)), `${id}: ${retention.fr}`);
    }

    // Its panel, on a blank page: each vendor with its retention in French, and nothing said in the console.
    // Chartbeat's tag, at its real URL, is an empty stand-in.
    const blank = await openSnippetPage('/blank-french-site.html', snippet, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    const panel = blank.page.locator('consent-panel');
    await panel.getByRole('button', { name: 'Personnaliser', exact: true }).click();
    const dialog = panel.getByRole('dialog');
    for (const id of ids) {
      const { name, retention } = PRESETS.get(id);
      await dialog.getByRole('switch', { name, exact: true }).waitFor();
      await dialog.getByRole('listitem').filter({ hasText: name }).getByText(retention.fr).waitFor();
    }
    await dialog.getByRole('button', { name: 'Tout accepter', exact: true }).click();
    await blank.page.waitForFunction(() => localStorage.getItem('consent-panel'));
    assert.deepEqual(blank.pageErrors, []);
    assert.deepEqual(blank.consoleErrors, []);
    assert.deepEqual(blank.consoleWarnings, []);
  });
});
