// The panel's UI (consent-panel-ui.js, beside the drop-in) cannot be had: a
// blocker, a deploy that forgot it, a server that answers with something else.
// The reader is never left without a way to refuse, and nothing is granted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { projectRoot, setup } from './harness.mjs';
import { PANEL_SRC, doc, globalConfig, openPage, stored, suite, test } from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const DROP_IN = readFileSync(join(projectRoot, PANEL_SRC));
const CONFIG = globalConfig({ privacyUrl: '/p', purposes: [{ id: 'social', label: 'Réseaux sociaux' }] });

/** The drop-in served alone from `dir`, with `ui` (or a 404) beside it. */
function alone(dir, ui) {
  h.server.page(`/${dir}/consent-panel.js`, DROP_IN);
  if (ui) h.server.page(`/${dir}/consent-panel-ui.js`, ui.body, { status: ui.status });
  return `<script src="/${dir}/consent-panel.js"></script>`;
}

const bar = (page) => page.locator('consent-panel').getByRole('region', { name: /n’a pas pu s’afficher/ });

suite('the panel when its UI cannot be loaded', () => {
  for (const [name, ui] of Object.entries({
    'missing (404)': undefined,
    'another script served in its place': { status: 200, body: 'window.__other = true;' },
  })) {
    test(`UI ${name}: a plain bar says so and offers to refuse or accept; refusing decides, nothing is granted`, async () => {
      const dir = `alone-${name.length}`;
      const p = await openPage(h, doc({ head: CONFIG + alone(dir, ui) }));
      await bar(p.page).waitFor();
      assert.equal(await bar(p.page).getByRole('button', { name: 'Tout refuser' }).count(), 1);
      assert.equal(await bar(p.page).getByRole('button', { name: 'Tout accepter' }).count(), 1);
      assert.ok(
        p.consoleErrors.some((e) => e.includes('the panel could not be loaded')),
        p.consoleErrors.join('\n'),
      );
      await bar(p.page).getByRole('button', { name: 'Tout refuser' }).click();
      await bar(p.page).waitFor({ state: 'detached' });
      const rec = await stored(p.page);
      assert.equal(rec.purposes.social, false);
      assert.deepEqual(p.pageErrors, []);
    });
  }

  test('a placeholder allowed an embed, then the UI is missing: "Gérer mes cookies" still lets the reader withdraw', async () => {
    const embed = '<iframe data-consent="social" data-src="/test/e2e/fixtures/mark.js" title="Vidéo"></iframe>';
    const p = await openPage(h, doc({ head: CONFIG + alone('alone-embed'), body: embed }));
    await p.page.locator('consent-panel').first().waitFor({ state: 'attached' });
    await p.page.getByRole('button', { name: 'Autoriser et afficher' }).click();
    assert.equal(await p.page.evaluate(() => window.consentPanel.granted('social')), true);
    await p.page.getByRole('button', { name: 'Gérer mes cookies' }).click();
    await bar(p.page).getByRole('button', { name: 'Tout refuser' }).click();
    assert.equal(await p.page.evaluate(() => window.consentPanel.granted('social')), false, 'withdrawn');
    assert.equal(await bar(p.page).getByRole('button', { name: 'Tout accepter' }).count(), 0, 'after a decision, only refusing is offered');
    assert.deepEqual(p.pageErrors, []);
  });
});
