import { expect, html } from '@open-wc/testing';
import { matchesPattern } from '../../src/core/pattern.js';
import { mountPanel, resetPage } from './harness.js';

const config = html`<consent-panel privacy-url="/p"
  ><script type="application/json">
    {
      "purposes": [
        {
          "id": "analytics",
          "label": "Mesure",
          "vendors": [{ "id": "ga", "name": "Analytics", "cookies": ["_ga", "_ga_*", "bad cookie!"], "storageKeys": ["_ga_store*"] }]
        },
        { "id": "social", "label": "Réseaux", "vendors": [{ "id": "x", "name": "X", "cookies": ["guest_id"] }] }
      ]
    }
  </script></consent-panel
>`;

const cookieNames = () =>
  document.cookie
    .split('; ')
    .filter(Boolean)
    .map((c) => c.split('=')[0])
    .sort();

describe('cleanup on withdrawal', () => {
  beforeEach(() => {
    resetPage();
    for (const name of cookieNames()) document.cookie = `${name}=; Max-Age=0; Path=/`;
  });

  it('matches "*" patterns against the whole name, with everything else literal', () => {
    expect(matchesPattern('_ga_*', '_ga_ABC123')).to.equal(true);
    expect(matchesPattern('_ga_*', 'x_ga_1')).to.equal(false);
    expect(matchesPattern('a.b', 'axb')).to.equal(false);
    expect(matchesPattern('_ga', '_gat')).to.equal(false);
  });

  it('deletes the cookies and storage keys of withdrawn vendors only', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    let el;
    try {
      el = await mountPanel(config);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.match(/vendors\[0\]\.cookies\[2\]: "bad cookie!"/);
    el.acceptAll();
    document.cookie = '_ga=GA1.1; Path=/';
    document.cookie = '_ga_ABC123=GS1.1; Path=/';
    document.cookie = 'guest_id=v1; Path=/';
    document.cookie = 'session=keep; Path=/';
    localStorage.setItem('_ga_store_1', 'x');
    el.set({ social: false });
    expect(cookieNames()).to.deep.equal(['_ga', '_ga_ABC123', 'session']);
    el.rejectAll();
    expect(cookieNames()).to.deep.equal(['session']);
    expect(localStorage.getItem('_ga_store_1')).to.equal(null);
    expect(localStorage.getItem('consent-panel')).to.not.equal(null, 'the record itself stays');
  });

  it('deletes nothing on a grant', async () => {
    const el = await mountPanel(config);
    document.cookie = '_ga=GA1.1; Path=/';
    el.acceptAll();
    expect(cookieNames()).to.include('_ga');
  });
});
