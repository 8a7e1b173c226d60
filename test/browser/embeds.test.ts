import { expect, fixture, html } from '@open-wc/testing';
import type { ConsentDetail } from '../../src/core/types.js';
import { mountPanel, nextFrame, resetPage } from './harness.js';

const config = html`<consent-panel privacy-url="/p"
  ><script type="application/json">
    {
      "purposes": [
        { "id": "necessary", "label": "Nécessaire", "required": true },
        {
          "id": "social",
          "label": "Réseaux sociaux",
          "vendors": [
            { "id": "youtube", "name": "YouTube" },
            { "id": "x", "name": "X" }
          ]
        },
        { "id": "ads", "label": "Publicité" }
      ]
    }
  </script></consent-panel
>`;

// http(s) or relative only: a data: URL is refused like any other scheme.
const PIXEL = '/test/e2e/fixtures/third-party/pixel.svg';

function placeholders(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('div')].filter((d) => d.shadowRoot?.querySelector('[part~="placeholder"]'));
}

describe('embeds and placeholders', () => {
  beforeEach(() => resetPage());

  it('stands a labelled placeholder in for a blocked iframe, keeping its box', async () => {
    const page = await fixture(
      html`<div>
        <iframe data-consent="social/youtube" data-src="about:blank#video" width="560" height="315" title="Vidéo"></iframe>
      </div>`,
    );
    await mountPanel(config);
    expect(page.querySelector('iframe')).to.equal(null, 'the iframe leaves the page until it is allowed');
    const [placeholder] = placeholders();
    expect(placeholder).to.exist;
    const region = placeholder.shadowRoot!.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('YouTube : contenu bloqué');
    expect(region.textContent).to.contain('Réseaux sociaux');
    // 560 × 315 plus the iframe's default 2 px border: the box the iframe will have.
    const box = placeholder.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(564);
    expect(Math.round(box.height)).to.equal(319);
    await expect(placeholder).to.be.accessible();
  });

  it('"Autoriser et afficher" grants that vendor only, then the iframe loads in place', async () => {
    const page = await fixture(
      html`<div>
        <iframe
          data-consent="social/youtube"
          data-src="/test/e2e/fixtures/third-party/embed.html#video"
          width="560"
          height="315"
          title="Vidéo"
        ></iframe>
      </div>`,
    );
    const el = await mountPanel(config);
    const changes: ConsentDetail[] = [];
    el.onChange((d) => changes.push(d));
    const placeholder = placeholders()[0];
    const before = placeholder.getBoundingClientRect();
    const allow = [...placeholder.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Autoriser et afficher')!;
    allow.click();
    const iframe = page.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal('/test/e2e/fixtures/third-party/embed.html#video');
    expect(changes[0].source).to.equal('placeholder');
    expect(changes[0].changed).to.deep.equal(['social/youtube']);
    expect(el.granted('social/youtube')).to.equal(true);
    expect(el.granted('social/x')).to.equal(false);
    const after = iframe.getBoundingClientRect();
    expect([after.top, after.left, after.width, after.height]).to.deep.equal([before.top, before.left, before.width, before.height]);
  });

  it("the placeholder's second button opens the preferences", async () => {
    await fixture(html`<div><img data-consent="ads" data-src=${PIXEL} width="300" height="250" alt="Publicité" /></div>`);
    const el = await mountPanel(config);
    const manage = [...placeholders()[0].shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Gérer mes cookies')!;
    manage.click();
    await el.updateComplete;
    await nextFrame();
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  });

  it('takes the box of an embed sized by its classes', async () => {
    const style = document.createElement('style');
    style.textContent = '.wide { display: block; width: 400px; height: 100px; border: 0; }';
    document.head.append(style);
    try {
      await fixture(html`<div><iframe class="wide" data-consent="social" data-src="about:blank" title="Fil"></iframe></div>`);
      await mountPanel(config);
      const box = placeholders()[0].getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([400, 100]);
    } finally {
      style.remove();
    }
  });

  it('loads at once when already granted, and handles embeds added later', async () => {
    const el = await mountPanel(config);
    el.acceptAll();
    const page = await fixture(html`<div><img data-consent="ads" data-src=${PIXEL} data-srcset=${`${PIXEL} 1x`} alt="Publicité" /></div>`);
    await nextFrame();
    const img = page.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(PIXEL);
    expect(img.getAttribute('srcset')).to.equal(`${PIXEL} 1x`);
    expect(placeholders().length).to.equal(0);
  });

  it('reports an embed without data-src or with an unknown gate, and never loads it', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      await fixture(
        html`<div>
          <iframe data-consent="social/youtube" title="sans source"></iframe>
          <iframe data-consent="social/tiktok" data-src="about:blank#x" title="inconnu"></iframe>
        </div>`,
      );
      const el = await mountPanel(config);
      el.acceptAll();
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.match(/data-src: null is missing on <iframe data-consent="social\/youtube">/);
    expect(errors.join('\n')).to.match(/data-consent: "social\/tiktok" names no configured/);
    for (const iframe of document.querySelectorAll('iframe')) expect(iframe.hasAttribute('src')).to.equal(false);
  });
});
