import { html, nothing, render } from 'lit/html.js';
import { itemName, type TcfUiModel } from './model.js';
import { adoptTcfStyles } from './styles.js';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The TCF part of the first layer, slotted into `<slot name="tcf-summary">`:
 * the vendor count and the special features (which "accept all" opts in
 * to), then, collapsed, the purposes the vendors use and the right to object.
 */
export class TcfSummary {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;

  constructor(private readonly model: TcfUiModel) {
    this.host = document.createElement('div');
    this.host.slot = 'tcf-summary';
    this.host.setAttribute('data-consent-panel-tcf', '');
    this.root = this.host.attachShadow({ mode: 'open' });
    adoptTcfStyles(this.root);
  }

  render(): void {
    const { t, texts, vendors, specialFeatures, liVendors } = this.model;
    const purposes = [...new Set(vendors.flatMap((v) => [...v.purposes, ...v.legIntPurposes]))].sort((a, b) => a - b);
    try {
      render(
        html`<div class="summary">
          <p>
            ${t.summary(vendors.length)}
            ${
              specialFeatures.length
                ? `${t.summarySpecialFeatures} ${specialFeatures.map((id) => lowerFirst(itemName(texts.specialFeatures, id))).join(' ; ')}.`
                : nothing
            }
          </p>
          <details>
            <summary>${t.summaryPurposes}</summary>
            <ul class="plain">
              ${purposes.map((id) => html`<li>${itemName(texts.purposes, id)}</li>`)}
            </ul>
            ${liVendors.length ? html`<p>${t.summaryLegitimateInterest}</p>` : nothing}
          </details>
        </div>`,
        this.root,
      );
    } catch (error) {
      console.error('consent-panel: rendering the TCF summary failed:', error);
    }
  }
}
