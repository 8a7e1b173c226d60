import { expect, html } from '@open-wc/testing';
import { button, mountPanel, nextFrame, resetPage, shadow, switchNamed } from './harness.js';

function sendGpc(on: boolean) {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true });
}

describe('Global Privacy Control', () => {
  beforeEach(() => resetPage());
  afterEach(() => sendGpc(false));

  it('keeps ads refused through "Tout accepter" and says why', async () => {
    sendGpc(true);
    const el = await mountPanel();
    expect(shadow(el).querySelector('[part~="banner"]')!.textContent).to.contain('Global Privacy Control');
    button(el, 'Tout accepter').click();
    expect(el.granted('analytics')).to.equal(true);
    expect(el.granted('ads')).to.equal(false);
  });

  it('still lets the reader turn ads on one by one', async () => {
    sendGpc(true);
    const el = await mountPanel();
    el.open();
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).querySelector('dialog')!.textContent).to.contain('Global Privacy Control');
    switchNamed(el, 'Publicité').click();
    await el.updateComplete;
    button(el, 'Enregistrer mes choix').click();
    expect(el.granted('ads')).to.equal(true);
  });

  it('applies to purposes marked gpc, and not when respectGpc is false', async () => {
    sendGpc(true);
    const el = await mountPanel(
      html`<consent-panel
        ><script type="application/json">
          {
            "purposes": [
              { "id": "ads", "label": "Pub", "gpc": false },
              { "id": "sale", "label": "Revente", "gpc": true }
            ]
          }
        </script></consent-panel
      >`,
    );
    el.acceptAll();
    expect(el.granted('ads')).to.equal(true);
    expect(el.granted('sale')).to.equal(false);
    resetPage();
    const off = await mountPanel(
      html`<consent-panel
        ><script type="application/json">
          { "respectGpc": false }
        </script></consent-panel
      >`,
    );
    off.acceptAll();
    expect(off.granted('ads')).to.equal(true);
    expect(shadow(off).textContent).to.not.contain('Global Privacy Control');
  });
});
