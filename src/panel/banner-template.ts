import { html, nothing } from 'lit/html.js';
import type { PanelMessages } from '../i18n/panel.js';

export interface BannerProps {
  t: PanelMessages;
  privacyUrl: string | undefined;
  atTop: boolean;
  gpc: boolean;
  onAccept: () => void;
  onReject: () => void;
  onCustomize: (event: Event) => void;
}

/** The first layer: three choices of equal weight, none preselected. */
export function bannerTemplate(p: BannerProps) {
  return html`
    <section part="banner" class="banner ${p.atTop ? 'top' : ''}" aria-labelledby="banner-title" aria-describedby="banner-text">
      <h2 id="banner-title">${p.t.title}</h2>
      <p id="banner-text">${p.t.intro} ${p.privacyUrl ? html`<a part="link" href=${p.privacyUrl}>${p.t.privacy}</a>` : nothing}</p>
      ${p.gpc ? html`<p class="note">${p.t.gpc}</p>` : nothing}
      <slot name="tcf-summary"></slot>
      <div class="actions">
        <button type="button" part="button accept" class="button" @click=${p.onAccept}>${p.t.acceptAll}</button>
        <button type="button" part="button reject" class="button" @click=${p.onReject}>${p.t.rejectAll}</button>
        <button type="button" part="button customize" class="button" @click=${p.onCustomize}>${p.t.customize}</button>
      </div>
    </section>
  `;
}
