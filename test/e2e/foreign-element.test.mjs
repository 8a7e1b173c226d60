// A page whose own code defined a `consent-panel` element before the script
// loads: the panel cannot show, and a console error says so, naming the tag;
// the consent core (store, API, gated tags, events, the queue) still works.
/* global consentPanel */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { setup } from './harness.mjs';
import {
  PANEL,
  RECORDER,
  changes,
  doc,
  gated,
  globalConfig,
  openPage,
  ran,
  ready,
  record,
  settle,
  stored,
  suite,
  test,
  waitRan,
} from './helpers.mjs';

let h;
before(async () => {
  h = await setup();
});
after(() => h?.teardown());

const OWN_ELEMENT = `<script>customElements.define('consent-panel', class extends HTMLElement {
  connectedCallback() { this.textContent = 'the site’s own consent-panel'; }
});</script>`;
const QUEUED = `<script>(window.consentPanelQueue ||= []).push((api) => (window.__queued = api.granted('analytics')));</script>`;

suite('a consent-panel element the page defined itself', () => {
  const variants = {
    'defined, not in the page': '',
    'defined and in the markup': '<consent-panel privacy-url="/p"></consent-panel>',
  };
  for (const [name, markup] of Object.entries(variants)) {
    test(`${name}: a console error names the tag; the API, events and gated tags work`, async () => {
      const p = await openPage(
        h,
        doc({
          head: RECORDER + OWN_ELEMENT + globalConfig({ privacyUrl: '/p' }) + QUEUED,
          body: `${markup}${gated('own-analytics', 'analytics')}\n${PANEL}`,
        }),
      );
      const { page } = p;
      const detail = await ready(page);
      assert.equal(detail.decided, false);
      assert.equal(await page.evaluate(() => window.__queued), false);
      assert.ok(
        p.consoleErrors.some((e) => e.startsWith('consent-panel:') && e.includes('<consent-panel>')),
        `a console error names the tag: ${JSON.stringify(p.consoleErrors)}`,
      );
      await settle(page);
      assert.deepEqual(await ran(page), []);
      await page.evaluate(() => consentPanel.acceptAll());
      await waitRan(page, ['own-analytics']);
      const [change] = await changes(page, 1);
      assert.equal(change.decided, true);
      assert.equal((await stored(page)).purposes.analytics, true);
      assert.equal(
        await page.evaluate(() => document.querySelectorAll('consent-panel').length),
        markup ? 1 : 0,
        'no element of the site’s kind added',
      );
      assert.deepEqual(p.pageErrors, []);
    });
  }

  test('a returning reader: the stored decision holds and its tags run', async () => {
    const p = await openPage(h, doc({ head: RECORDER + OWN_ELEMENT, body: `${gated('own-returning', 'analytics')}\n${PANEL}` }), {
      storage: { 'consent-panel': record({ granted: ['analytics'] }) },
    });
    assert.equal((await ready(p.page)).decided, true);
    await waitRan(p.page, ['own-returning']);
    assert.deepEqual(p.pageErrors, []);
  });
});
