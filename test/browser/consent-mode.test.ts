import { expect, html } from '@open-wc/testing';
import { mountPanel, resetPage } from './harness.js';

type Entry = IArguments | unknown[];
const layer = () => (window as unknown as { dataLayer: Entry[] }).dataLayer;
const consentCalls = (): unknown[][] =>
  layer()
    .filter((e) => e[0] === 'consent')
    .map((e) => Array.from(e as ArrayLike<unknown>));

function panel(options: unknown) {
  const json = JSON.stringify({ privacyUrl: '/p', googleConsentMode: options });
  const el = document.createElement('div');
  el.innerHTML = `<consent-panel><script type="application/json">${json}</script></consent-panel>`;
  return mountPanel(html`${el.firstElementChild}`);
}

describe('Google Consent Mode v2', () => {
  beforeEach(() => {
    resetPage();
    delete (window as unknown as { dataLayer?: unknown }).dataLayer;
  });

  it('pushes a denied default as an arguments object, then updates on each change', async () => {
    const el = await panel(true);
    const [first] = layer();
    expect(Object.prototype.toString.call(first)).to.equal('[object Arguments]');
    expect(consentCalls()).to.deep.equal([
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
          personalization_storage: 'denied',
          functionality_storage: 'denied',
          security_storage: 'granted',
          wait_for_update: 500,
        },
      ],
    ]);
    el.set({ analytics: true });
    expect(consentCalls()[1]).to.deep.equal([
      'consent',
      'update',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'granted',
        personalization_storage: 'denied',
        functionality_storage: 'denied',
        security_storage: 'granted',
      },
    ]);
    el.acceptAll();
    expect(consentCalls()[2][2]).to.include({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    el.rejectAll();
    expect(consentCalls()[3][2]).to.include({ ad_storage: 'denied', analytics_storage: 'denied' });
  });

  it('restores a stored decision with an update right after the default', async () => {
    (await panel(true)).set({ ads: true });
    resetPage({ keepStorage: true });
    delete (window as unknown as { dataLayer?: unknown }).dataLayer;
    await panel(true);
    const calls = consentCalls();
    expect(calls.map((c) => c[1])).to.deep.equal(['default', 'update']);
    expect(calls[1][2]).to.include({ ad_storage: 'granted', analytics_storage: 'denied' });
  });

  it('takes a custom map, region, wait, redaction and passthrough; reports bad entries', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      await panel({
        map: { social: ['ad_storage'], nope: ['analytics_storage'], analytics: ['bogus'] },
        region: ['FR', 'BE'],
        waitForUpdate: 'soon',
        adsDataRedaction: true,
        urlPassthrough: true,
      });
    } finally {
      console.error = original;
    }
    const [, , defaults] = consentCalls()[0];
    expect(defaults).to.include({ wait_for_update: 500 });
    expect((defaults as { region: string[] }).region).to.deep.equal(['FR', 'BE']);
    expect(
      layer()
        .filter((e) => e[0] === 'set')
        .map((e) => Array.from(e as ArrayLike<unknown>)),
    ).to.deep.equal([
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
    const text = errors.join('\n');
    expect(text).to.match(/googleConsentMode\.map\.nope/);
    expect(text).to.match(/googleConsentMode\.map\.analytics: \["bogus"\]/);
    expect(text).to.match(/googleConsentMode\.waitForUpdate: "soon"/);
  });

  it('adds nothing to the dataLayer when it is not enabled', async () => {
    await mountPanel();
    expect((window as unknown as { dataLayer?: unknown }).dataLayer).to.equal(undefined);
  });
});
