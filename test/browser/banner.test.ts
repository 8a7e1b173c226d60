import { expect, html, oneEvent } from '@open-wc/testing';
import type { ConsentDetail } from '../../src/core/types.js';
import { button, mountPanel, resetPage, shadow, stored } from './harness.js';

describe('first layer', () => {
  beforeEach(() => resetPage());

  it('is a titled region with text, a privacy link and three choices', async () => {
    const el = await mountPanel();
    const banner = shadow(el).querySelector('[part~="banner"]')!;
    expect(banner.getAttribute('aria-labelledby')).to.equal('banner-title');
    expect(shadow(el).getElementById('banner-title')!.textContent).to.equal('Pour gérer vos consentements');
    expect(shadow(el).querySelector('a')!.getAttribute('href')).to.equal('/privacy');
    for (const name of ['Tout accepter', 'Tout refuser', 'Personnaliser']) expect(button(el, name)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('gives refusing the same weight as accepting', async () => {
    const el = await mountPanel();
    const [accept, reject, customize] = ['Tout accepter', 'Tout refuser', 'Personnaliser'].map((n) => getComputedStyle(button(el, n)));
    for (const prop of ['fontSize', 'fontWeight', 'fontFamily', 'color', 'backgroundColor', 'borderColor', 'height'] as const) {
      expect(reject[prop], prop).to.equal(accept[prop]);
      expect(customize[prop], prop).to.equal(accept[prop]);
    }
  });

  it('"Tout refuser" decides, stores the record and shows the manage button', async () => {
    const el = await mountPanel();
    setTimeout(() => button(el, 'Tout refuser').click());
    const { detail } = await oneEvent<CustomEvent<ConsentDetail>>(document, 'consent-change');
    expect(detail).to.include({ decided: true, source: 'banner' });
    expect(detail.changed).to.deep.equal([]);
    expect(stored()?.purposes).to.deep.equal({ necessary: true, analytics: false, ads: false, social: false, personalization: false });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="banner"]')).to.equal(null);
    expect(button(el, 'Gérer mes cookies')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('"Tout accepter" grants every purpose', async () => {
    const el = await mountPanel();
    setTimeout(() => button(el, 'Tout accepter').click());
    const { detail } = await oneEvent<CustomEvent<ConsentDetail>>(el, 'consent-change');
    expect(detail.changed).to.deep.equal(['analytics', 'ads', 'social', 'personalization']);
    expect(el.granted('ads')).to.equal(true);
    expect(window.consentPanel!.granted('analytics')).to.equal(true);
  });

  it('speaks English when asked, or when the page is in English', async () => {
    const el = await mountPanel(html`<consent-panel lang="en"></consent-panel>`);
    expect(shadow(el).getElementById('banner-title')!.textContent).to.equal('Manage your consent');
    expect(button(el, 'Reject all')).to.exist;
    resetPage();
    document.documentElement.lang = 'en-GB';
    const byPage = await mountPanel(html`<consent-panel></consent-panel>`);
    expect(button(byPage, 'Customize')).to.exist;
    expect(shadow(byPage).querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('falls back to French for an unsupported language, with an error naming it', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const el = await mountPanel(html`<consent-panel lang="xx"></consent-panel>`);
      expect(button(el, 'Tout refuser')).to.exist;
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.match(/lang: "xx" is not a supported language/);
  });

  it('shows configured HTML as text', async () => {
    const el = await mountPanel(
      html`<consent-panel
        ><script type="application/json">
          { "purposes": [{ "id": "x", "label": "<img src=x onerror=window.hacked=1>" }] }
        </script></consent-panel
      >`,
    );
    el.open();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).textContent).to.contain('<img src=x onerror=window.hacked=1>');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('uses no style attribute and no style element (strict CSP)', async () => {
    const el = await mountPanel();
    el.open();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[style], style').length).to.equal(0);
    expect(shadow(el).adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('cannot be shrunk or hidden by page styles', async () => {
    const style = document.createElement('style');
    style.textContent =
      'body { font-size: 6px; color: white; letter-spacing: -2px; } consent-panel { display: none !important; font-size: 4px !important; }';
    document.head.append(style);
    try {
      const el = await mountPanel();
      const title = shadow(el).getElementById('banner-title')!;
      expect(getComputedStyle(el).display).to.equal('block');
      expect(parseFloat(getComputedStyle(title).fontSize)).to.be.at.least(16);
      expect(getComputedStyle(title).letterSpacing).to.equal('normal');
      expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      style.remove();
    }
  });

  it('hides the manage button with no-manage-button', async () => {
    const el = await mountPanel(html`<consent-panel no-manage-button></consent-panel>`);
    button(el, 'Tout refuser').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="manage-button"]')).to.equal(null);
  });
});

describe('returning reader', () => {
  beforeEach(() => resetPage());

  it('sees only the manage button: no first layer, no dialog until asked, and it opens', async () => {
    const first = await mountPanel();
    button(first, 'Tout accepter').click();
    await first.updateComplete;
    // The next page view: a new runtime reads the stored record.
    resetPage({ keepStorage: true });
    const el = await mountPanel();
    const root = shadow(el);
    expect(root.querySelector('[part~="banner"]')).to.equal(null);
    expect(root.querySelector('dialog'), 'the dialog is drawn only when opened').to.equal(null);
    const manage = button(el, 'Gérer mes cookies');
    expect(manage.lang).to.equal('fr');
    expect(manage.getAttribute('part')).to.equal('manage-button');
    await expect(el).to.be.accessible();

    manage.click();
    await el.updateComplete;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(root.querySelector('[part~="manage-button"]'), 'the button steps aside while the dialog is open').to.equal(null);
    const closed = oneEvent(dialog, 'close');
    dialog.close();
    await closed;
    await el.updateComplete;
    await el.updateComplete;
    expect(button(el, 'Gérer mes cookies')).to.equal(manage);
    expect(root.activeElement, 'focus is back on the button').to.equal(manage);
  });
});
