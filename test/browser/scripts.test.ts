import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { normalizeConfig } from '../../src/core/config.js';
import { ConsentStore } from '../../src/core/store.js';
import { ScriptGate } from '../../src/gate/scripts.js';
import { MemoryStorage } from '../core/helpers.js';
import { mountPanel, resetPage } from './harness.js';

type Entry = IArguments | unknown[];
type Ran = { __ran?: { name: string }[] };
const ran = () => ((window as unknown as Ran).__ran ??= []).map((r) => r.name);
// A script file of the site's (http(s) or relative): a data: URL is refused like any other scheme.
const SRC = (name: string) => `/test/e2e/fixtures/mark.js?name=${name}`;
/** The scripts put in the page for a gated one: same place, no data-consent. */
const released = (page: Element) => [...page.querySelectorAll('script:not([data-consent])')];

describe('gated scripts: release on a decision', () => {
  beforeEach(() => {
    resetPage();
    delete (window as unknown as Ran).__ran;
    delete (window as unknown as { dataLayer?: unknown }).dataLayer;
  });

  it("puts a granted script with a src in the page before the store's later listeners run, inline code after them", async () => {
    const page = await fixture(
      html`<div>
        <script type="text/plain" data-consent="analytics" src=${SRC('src')}></script>
        <script type="text/plain" data-consent="analytics">
          (window.__ran = window.__ran || []).push({ name: 'inline' });
        </script>
      </div>`,
    );
    const store = new ConsentStore(normalizeConfig({}), { storage: new MemoryStorage() });
    const gate = new ScriptGate(store);
    gate.collect(page);
    const seen: { inPage: number; ran: string[] }[] = [];
    store.subscribe(() => seen.push({ inPage: released(page).length, ran: [...ran()] }));
    store.acceptAll('api');
    expect(seen).to.deep.equal([{ inPage: 1, ran: [] }], 'the src script is in (its download started), nothing has run yet');
    gate.release(); // what the runtime does after its other work: nothing left to do
    expect(released(page)).to.have.length(1);
    await waitUntil(() => ran().length === 2);
    expect(ran()).to.deep.equal(['src', 'inline'], 'document order kept');
    expect(released(page)).to.have.length(2);
  });

  it("in the page: the download starts before Consent Mode's update, and no gated code runs before it", async () => {
    const page = await fixture(
      html`<div>
        <script type="text/plain" data-consent="analytics" src=${SRC('src')}></script>
        <script type="text/plain" data-consent="analytics">
          (window.__ran = window.__ran || []).push({ name: 'inline' });
        </script>
      </div>`,
    );
    const json = JSON.stringify({ privacyUrl: '/p', googleConsentMode: true });
    const holder = document.createElement('div');
    holder.innerHTML = `<consent-panel><script type="application/json">${json}</script></consent-panel>`;
    const el = await mountPanel(html`${holder.firstElementChild}`);
    const layer = (window as unknown as { dataLayer: Entry[] }).dataLayer;
    const atUpdate: { inPage: number; ran: string[] }[] = [];
    const push = layer.push;
    layer.push = function (...entries: Entry[]) {
      if (entries.some((e) => e[0] === 'consent' && e[1] === 'update')) atUpdate.push({ inPage: released(page).length, ran: [...ran()] });
      return push.apply(this, entries);
    };
    el.acceptAll();
    expect(atUpdate).to.deep.equal([{ inPage: 1, ran: [] }]);
    await waitUntil(() => ran().length === 2);
    expect(ran()).to.deep.equal(['src', 'inline']);
  });
});
