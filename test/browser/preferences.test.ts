import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentDetail } from '../../src/core/types.js';
import type { ConsentPanelElement } from '../../src/panel/consent-panel-element.js';
import { button, deepActive, mountPanel, nextFrame, resetPage, shadow, stored, switchNamed } from './harness.js';

async function openFromBanner(el: ConsentPanelElement) {
  const opener = button(el, 'Personnaliser');
  opener.focus();
  opener.click();
  await el.updateComplete;
  await nextFrame();
  return { opener, dialog: shadow(el).querySelector('dialog')! };
}

describe('preferences', () => {
  beforeEach(() => resetPage());

  it('is a modal dialog with focus inside, every optional switch off', async () => {
    const el = await mountPanel();
    const { dialog } = await openFromBanner(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(deepActive())).to.equal(true);
    expect(shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Vos choix, finalité par finalité');
    const necessary = switchNamed(el, 'Fonctionnement du site');
    expect(necessary.getAttribute('aria-checked')).to.equal('true');
    expect(necessary.getAttribute('aria-disabled')).to.equal('true');
    for (const label of ["Mesure d'audience", 'Publicité', 'Réseaux sociaux et vidéos', 'Personnalisation']) {
      expect(switchNamed(el, label).getAttribute('aria-checked'), label).to.equal('false');
    }
    await expect(el).to.be.accessible();
  });

  it('saves exactly the purposes turned on', async () => {
    const el = await mountPanel();
    await openFromBanner(el);
    switchNamed(el, "Mesure d'audience").click();
    switchNamed(el, 'Fonctionnement du site').click();
    await el.updateComplete;
    expect(switchNamed(el, "Mesure d'audience").getAttribute('aria-checked')).to.equal('true');
    setTimeout(() => button(el, 'Enregistrer mes choix').click());
    const { detail } = await oneEvent<CustomEvent<ConsentDetail>>(document, 'consent-change');
    expect(detail.source).to.equal('preferences');
    expect(detail.changed).to.deep.equal(['analytics']);
    expect(stored()?.purposes).to.deep.equal({ necessary: true, analytics: true, ads: false, social: false, personalization: false });
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).querySelector('dialog')!.open).to.equal(false);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Vos choix sont enregistrés.');
    expect(deepActive()).to.equal(button(el, 'Gérer mes cookies'), 'focus goes to the manage button once the banner is gone');
  });

  it('Escape closes without deciding and returns focus to the opener', async () => {
    const el = await mountPanel();
    let changes = 0;
    el.addEventListener('consent-change', () => changes++);
    const { opener, dialog } = await openFromBanner(el);
    switchNamed(el, 'Publicité').click();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await nextFrame();
    expect(dialog.open).to.equal(false);
    expect(changes).to.equal(0);
    expect(stored()).to.equal(null);
    expect(el.granted('ads')).to.equal(false);
    expect(deepActive()).to.equal(opener);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const el = await mountPanel();
    const { dialog } = await openFromBanner(el);
    const page = document.createElement('button');
    page.textContent = 'page control';
    document.body.prepend(page);
    try {
      const inside = new Set<Element>();
      for (let i = 0; i < 30; i++) {
        await sendKeys({ press: i < 15 ? 'Tab' : 'Shift+Tab' });
        const active = deepActive();
        if (active && dialog.contains(active)) inside.add(active);
        // The browser's own stop (the document itself) is allowed; page elements are not.
        if (active !== document.body && active !== null)
          expect(dialog.contains(active), `stop ${i}: ${active?.outerHTML.slice(0, 60)}`).to.equal(true);
      }
      expect(inside.size, 'distinct controls reached inside the dialog').to.be.at.least(8);
    } finally {
      page.remove();
    }
  });

  it('operates switches from the keyboard', async () => {
    const el = await mountPanel();
    await openFromBanner(el);
    const analytics = switchNamed(el, "Mesure d'audience");
    analytics.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(switchNamed(el, "Mesure d'audience").getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(switchNamed(el, "Mesure d'audience").getAttribute('aria-checked')).to.equal('false');
  });

  it('shows vendors with their own switches; the purpose switch is mixed when some are on', async () => {
    const el = await mountPanel(
      html`<consent-panel
        ><script type="application/json">
          {
            "privacyUrl": "/p",
            "purposes": [
              { "id": "necessary", "label": "Nécessaire", "required": true },
              {
                "id": "social",
                "label": "Réseaux",
                "vendors": [
                  { "id": "x", "name": "X", "privacyUrl": "https://x.example/privacy" },
                  { "id": "youtube", "name": "YouTube" }
                ]
              }
            ]
          }
        </script></consent-panel
      >`,
    );
    await openFromBanner(el);
    switchNamed(el, 'YouTube').click();
    await el.updateComplete;
    expect(switchNamed(el, 'Réseaux').getAttribute('aria-checked')).to.equal('mixed');
    await expect(el).to.be.accessible();
    switchNamed(el, 'Réseaux').click();
    await el.updateComplete;
    expect(switchNamed(el, 'X').getAttribute('aria-checked')).to.equal('true');
    switchNamed(el, 'X').click();
    await el.updateComplete;
    button(el, 'Enregistrer mes choix').click();
    expect(stored()?.vendors).to.deep.equal({ 'social/x': false, 'social/youtube': true });
    expect(el.granted('social/youtube')).to.equal(true);
    expect(el.granted('social')).to.equal(false);
  });

  it('opens from any [data-consent-open] element in the page, and reflects the current choice', async () => {
    const el = await mountPanel();
    button(el, 'Tout accepter').click();
    await el.updateComplete;
    const link = document.createElement('a');
    link.href = '#cookies';
    link.dataset.consentOpen = '';
    link.textContent = 'Gérer mes cookies';
    document.body.append(link);
    try {
      link.focus();
      link.click();
      await el.updateComplete;
      await nextFrame();
      expect(shadow(el).querySelector('dialog')!.open).to.equal(true);
      expect(location.hash).to.not.equal('#cookies');
      expect(switchNamed(el, 'Publicité').getAttribute('aria-checked')).to.equal('true');
      button(el, 'Tout refuser').click();
      await el.updateComplete;
      await nextFrame();
      expect(el.granted('ads')).to.equal(false);
      expect(deepActive()).to.equal(link);
    } finally {
      link.remove();
    }
  });
});
