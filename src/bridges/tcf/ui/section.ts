import type { Vendor } from '@iabtechlabtcf/core';
import { html, nothing, render } from 'lit/html.js';
import { grantedTcfPurposes, PURPOSE_IDS, sitePurposesOf } from '../purpose-map.js';
import { consentPurposes, vendorHasPurpose } from '../signals.js';
import type { TcfChoices } from '../types.js';
import type { GvlItem } from '../vendor-list.js';
import { itemName, localize, type TcfUiModel, vendorUrls } from './model.js';
import { adoptTcfStyles } from './styles.js';
import { switchTemplate } from './switch.js';

type ChoiceList = keyof TcfChoices;

/**
 * The TCF part of the preferences dialog, slotted into `<slot name="tcf">`:
 * the IAB purposes (with the right to object to legitimate interest), the
 * special features (opt-in), the special purposes and features, and the
 * vendors (consent, right to object, purposes, retention, links), each
 * group collapsed. Its switches edit `draft`, which a decision from the
 * dialog saves.
 */
export class TcfSection {
  readonly host: HTMLElement;
  /** The switches' values while the preferences are open, else null. */
  draft: TcfChoices | null = null;
  private readonly root: ShadowRoot;

  /** `purposes`: the site purposes as the dialog's switches currently set them. */
  constructor(
    private readonly model: TcfUiModel,
    private readonly purposes: () => Record<string, boolean>,
  ) {
    this.host = document.createElement('div');
    this.host.slot = 'tcf';
    this.host.setAttribute('data-consent-panel-tcf', '');
    this.root = this.host.attachShadow({ mode: 'open' });
    adoptTcfStyles(this.root);
  }

  open(choices: TcfChoices): void {
    this.draft = {
      refusedVendors: [...choices.refusedVendors],
      objectedVendors: [...choices.objectedVendors],
      objectedPurposes: [...choices.objectedPurposes],
      specialFeatures: [...choices.specialFeatures],
    };
    this.render();
  }

  close(): void {
    this.draft = null;
    this.render();
  }

  render(): void {
    try {
      render(this.draft ? this.template(this.draft) : nothing, this.root);
    } catch (error) {
      console.error('consent-panel: rendering the TCF choices failed:', error);
    }
  }

  private toggle(list: ChoiceList, id: number): void {
    const draft = this.draft!;
    const ids = draft[list];
    draft[list] = ids.includes(id) ? ids.filter((n) => n !== id) : [...ids, id];
    this.render();
  }

  private template(draft: TcfChoices) {
    const { t, texts, vendors } = this.model;
    const granted = grantedTcfPurposes(this.model.purposeMap, this.purposes());
    const group = (title: string, count: number, body: unknown) =>
      count
        ? html`<details>
            <summary>${title} (${count})</summary>
            ${body}
          </details>`
        : nothing;
    const specialPurposes = sortedItems(texts.specialPurposes);
    const features = sortedItems(texts.features);
    return html`<section aria-labelledby="tcf-title">
      <h3 id="tcf-title">${t.title}</h3>
      <p>${t.intro(vendors.length)}</p>
      ${group(
        t.purposes,
        PURPOSE_IDS.length,
        html`<ul>
          ${PURPOSE_IDS.map((id) => this.purposeTemplate(id, draft))}
        </ul>`,
      )}
      ${group(
        t.specialFeatures,
        this.model.specialFeatures.length,
        html`<ul>
          ${this.model.specialFeatures.map(
            (id) =>
              html`<li class="item">
                <div class="row">
                  <h4 id=${`sf-${id}`}>${itemName(texts.specialFeatures, id)}</h4>
                  ${switchTemplate(`${t.optIn}${t.colon}${itemName(texts.specialFeatures, id)}`, draft.specialFeatures.includes(id), () => this.toggle('specialFeatures', id), `sf-${id}-text`)}
                </div>
                <p id=${`sf-${id}-text`}>${texts.specialFeatures[id]?.description ?? ''}</p>
              </li>`,
          )}
        </ul>`,
      )}
      ${group(t.specialPurposes, specialPurposes.length, itemList(specialPurposes))}
      ${group(t.features, features.length, itemList(features))}
      ${group(
        t.vendors,
        vendors.length,
        html`<ul>
          ${vendors.map((v) => this.vendorTemplate(v, draft, granted))}
        </ul>`,
      )}
      ${this.atpTemplate()}
    </section>`;
  }

  private purposeTemplate(id: number, draft: TcfChoices) {
    const { t, texts, sitePurposes, lang } = this.model;
    const name = itemName(texts.purposes, id);
    const covering = sitePurposesOf(this.model.purposeMap, id)
      .map((sid) => localize(sitePurposes.find((p) => p.id === sid)?.label, lang))
      .join(', ');
    return html`<li class="item">
      <h4>${name}</h4>
      <p>${texts.purposes[id]?.description ?? ''}</p>
      <p class="meta">${covering ? `${t.coveredBy} ${covering}` : t.notUsed}</p>
      ${
        this.model.liPurposes.includes(id)
          ? html`<div class="row">
              <span>${t.object}</span>
              ${switchTemplate(`${t.object}${t.colon}${name}`, draft.objectedPurposes.includes(id), () => this.toggle('objectedPurposes', id))}
            </div>`
          : nothing
      }
    </li>`;
  }

  private vendorTemplate(vendor: Vendor, draft: TcfChoices, granted: Set<number>) {
    const { t, texts, lang } = this.model;
    const asksConsent = consentPurposes(vendor).length > 0;
    const active = vendorHasPurpose(vendor, granted);
    const noteId = `v-${vendor.id}-note`;
    const urls = vendorUrls(vendor, lang);
    const names = (items: Record<string, GvlItem> | undefined, ids: number[] = []) => ids.map((id) => itemName(items, id)).join(' ; ');
    const retention = vendor.dataRetention;
    const overrides = Object.entries(retention?.purposes ?? {}).map(
      ([id, days]) => `${itemName(texts.purposes, Number(id))}${t.colon}${t.days(days)}`,
    );
    const liPurposes = vendor.legIntPurposes.filter((p) => this.model.liPurposes.includes(p));
    const info: [string, unknown][] = [
      [t.consentPurposes, names(texts.purposes, vendor.purposes)],
      [t.liPurposes, names(texts.purposes, liPurposes)],
      [t.specialPurposes, names(texts.specialPurposes, vendor.specialPurposes)],
      [t.features, names(texts.features, vendor.features)],
      [t.specialFeatures, names(texts.specialFeatures, vendor.specialFeatures)],
      [t.dataCategories, names(texts.dataCategories, vendor.dataDeclaration)],
      [
        t.retention,
        [retention?.stdRetention === undefined ? '' : t.days(retention.stdRetention), ...overrides].filter(Boolean).join(' ; '),
      ],
      [
        t.cookies,
        vendor.usesCookies
          ? `${vendor.cookieMaxAgeSeconds == null ? '—' : t.days(Math.ceil(vendor.cookieMaxAgeSeconds / 86400))}${vendor.cookieRefresh ? `, ${t.cookieRefresh}` : ''}`
          : t.noCookies,
      ],
      ['', vendor.usesNonCookieAccess ? t.nonCookieAccess : ''],
    ];
    return html`<li class="item">
      <div class="row">
        <h4>${vendor.name}</h4>
        ${
          asksConsent
            ? switchTemplate(
                `${t.consent}${t.colon}${vendor.name}`,
                active && !draft.refusedVendors.includes(vendor.id),
                active ? () => this.toggle('refusedVendors', vendor.id) : undefined,
                active ? undefined : noteId,
              )
            : nothing
        }
      </div>
      ${asksConsent && !active ? html`<small id=${noteId}>${t.needsPurpose}</small>` : nothing}
      ${asksConsent ? nothing : html`<small>${t.legitimateInterestOnly}</small>`}
      ${
        this.model.liVendors.includes(vendor.id)
          ? html`<div class="row">
              <span>${t.object}</span>
              ${switchTemplate(`${t.object}${t.colon}${vendor.name}`, draft.objectedVendors.includes(vendor.id), () => this.toggle('objectedVendors', vendor.id))}
            </div>`
          : nothing
      }
      <details>
        <summary>${t.details}<span class="hidden">${t.colon}${vendor.name}</span></summary>
        <dl>
          ${info
            .filter(([, value]) => value)
            .map(([term, value]) =>
              term
                ? html`<dt>${term}</dt>
                    <dd>${value}</dd>`
                : html`<dd>${value}</dd>`,
            )}
        </dl>
        ${urls.privacy ? html`<a href=${urls.privacy}>${t.privacy}<span class="hidden">${t.colon}${vendor.name}</span></a>` : nothing}
        ${
          urls.legIntClaim && liPurposes.length
            ? html` · <a href=${urls.legIntClaim}>${t.legIntClaim}<span class="hidden">${t.colon}${vendor.name}</span></a>`
            : nothing
        }
      </details>
    </li>`;
  }

  private atpTemplate() {
    const { atp, t, sitePurposes, lang } = this.model;
    if (!atp) return nothing;
    const label = localize(sitePurposes.find((p) => p.id === atp.purpose)?.label, lang);
    return html`<details>
      <summary>${t.atp} (${atp.providers.length})</summary>
      <p>${t.atpIntro} ${label}.</p>
      <ul class="plain">
        ${atp.providers.map((p) => html`<li>${p.privacyUrl ? html`<a href=${p.privacyUrl}>${p.name}</a>` : p.name}</li>`)}
      </ul>
    </details>`;
  }
}

function sortedItems(items: Record<string, GvlItem> | undefined): GvlItem[] {
  return Object.values(items ?? {}).sort((a, b) => a.id - b.id);
}

function itemList(items: GvlItem[]) {
  return html`<ul>
    ${items.map(
      (item) =>
        html`<li class="item">
          <h4>${item.name}</h4>
          <p>${item.description ?? ''}</p>
        </li>`,
    )}
  </ul>`;
}
