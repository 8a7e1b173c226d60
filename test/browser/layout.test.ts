import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { button, mountPanel, nextFrame, resetPage, shadow } from './harness.js';

const overlaps = (a: DOMRect, b: DOMRect) => a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

describe('layout and focus', () => {
  beforeEach(() => resetPage());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('moves out of the way of the focused page control (WCAG 2.4.11)', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = document.createElement('div');
    page.innerHTML = '<button id="top-control">En haut</button><button id="low-control" class="fixed-bottom">En bas</button>';
    const low = page.querySelector<HTMLElement>('#low-control')!;
    document.body.prepend(page);
    // The low control sits at the very bottom of the window, under the banner.
    const style = document.createElement('style');
    style.textContent = '.fixed-bottom { position: fixed; bottom: 8px; left: 40%; }';
    document.head.append(style);
    try {
      const el = await mountPanel();
      const banner = () => shadow(el).querySelector('[part~="banner"]')!.getBoundingClientRect();
      expect(overlaps(low.getBoundingClientRect(), banner()), 'the control starts under the banner').to.equal(true);
      low.focus();
      await el.updateComplete;
      await nextFrame();
      expect(overlaps(low.getBoundingClientRect(), banner())).to.equal(false);
      const top = page.querySelector<HTMLElement>('#top-control')!;
      top.focus();
      await el.updateComplete;
      await nextFrame();
      expect(overlaps(top.getBoundingClientRect(), banner())).to.equal(false);
    } finally {
      page.remove();
      style.remove();
    }
  });

  it('reflows to 320 CSS pixels with every choice reachable', async () => {
    await setViewport({ width: 320, height: 480 });
    const el = await mountPanel();
    const banner = shadow(el).querySelector<HTMLElement>('[part~="banner"]')!;
    expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
    expect(banner.getBoundingClientRect().right).to.be.at.most(320);
    for (const name of ['Tout accepter', 'Tout refuser', 'Personnaliser']) {
      const b = button(el, name);
      b.scrollIntoView();
      const box = b.getBoundingClientRect();
      expect(box.width, name).to.be.at.least(44);
      expect(box.right, name).to.be.at.most(320);
    }
  });

  it('fits the preferences in 320 CSS pixels without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mountPanel();
    el.open();
    await el.updateComplete;
    await nextFrame();
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    for (const control of shadow(el).querySelectorAll('[role="switch"]')) {
      expect(control.getBoundingClientRect().right).to.be.at.most(dialog.getBoundingClientRect().right);
    }
  });

  it('stays scrollable when zoomed text makes it taller than the window', async () => {
    await setViewport({ width: 320, height: 240 });
    const el = await mountPanel();
    const banner = shadow(el).querySelector<HTMLElement>('[part~="banner"]')!;
    expect(banner.getBoundingClientRect().height).to.be.at.most(240);
    expect(getComputedStyle(banner).overflowY).to.equal('auto');
  });

  it('gives every control a target of at least 24 by 24 pixels (WCAG 2.5.8)', async () => {
    const el = await mountPanel(
      html`<consent-panel
        ><script type="application/json">
          { "purposes": [{ "id": "social", "label": "Réseaux", "vendors": [{ "id": "x", "name": "X", "privacyUrl": "/x" }] }] }
        </script></consent-panel
      >`,
    );
    button(el, 'Tout refuser').click();
    await el.updateComplete;
    const manage = button(el, 'Gérer mes cookies');
    manage.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    const controls = [...shadow(el).querySelectorAll<HTMLElement>('button, [role="switch"]')].filter((c) => c.getClientRects().length);
    expect(controls.length).to.be.at.least(6);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.outerHTML.slice(0, 60)).to.be.at.least(24);
      expect(box.height, control.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });
});
