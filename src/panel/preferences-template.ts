import { html, nothing } from 'lit/html.js';
import { atomsOf } from '../core/atoms.js';
import type { PurposeConfig, Text } from '../core/types.js';
import type { PanelMessages } from '../i18n/panel.js';

export interface PreferencesProps {
  t: PanelMessages;
  /** A configured text in the panel's language. */
  text: (value: Text | undefined) => string;
  purposes: PurposeConfig[];
  /** The switches' values while the dialog is open: purposes without vendors, and `purpose/vendor`. */
  draft: Record<string, boolean>;
  gpc: boolean;
  privacyUrl: string | undefined;
  /** Turns the atoms (a purpose's, or one vendor's) all on, or all off when they all are. */
  onToggle: (atoms: string[]) => void;
  onSave: () => void;
  onAccept: () => void;
  onReject: () => void;
  onClose: () => void;
}

type Checked = 'true' | 'false' | 'mixed';

/** On when all of the atoms are, mixed when some are. */
function switchState(atoms: string[], draft: Record<string, boolean>): Checked {
  const on = atoms.filter((atom) => draft[atom]).length;
  return on === atoms.length ? 'true' : on ? 'mixed' : 'false';
}

function switchTemplate(id: string, checked: Checked, disabled: boolean, onToggle: () => void, describedBy?: string) {
  return html`<button
    type="button"
    part="switch"
    role="switch"
    aria-checked=${checked}
    aria-labelledby=${id}
    aria-describedby=${describedBy ?? nothing}
    aria-disabled=${disabled ? 'true' : nothing}
    @click=${disabled ? nothing : onToggle}
  ></button>`;
}

function purposeTemplate(purpose: PurposeConfig, i: number, p: PreferencesProps) {
  const labelId = `purpose-${i}`;
  const descriptionId = `purpose-${i}-text`;
  const requiredId = `purpose-${i}-required`;
  const description = p.text(purpose.description);
  const atoms = atomsOf(purpose);
  const state = purpose.required ? 'true' : switchState(atoms, p.draft);
  const partialId = `purpose-${i}-partial`;
  return html`<li class="purpose">
    <div class="row">
      <div class="grow">
        <h3 id=${labelId}>${p.text(purpose.label)}</h3>
        ${
          purpose.required
            ? html`<small id=${requiredId}>${p.t.required}</small>`
            : purpose.exempt
              ? html`<small id=${requiredId}>${p.t.exempt}</small>`
              : nothing
        }
        ${state == 'mixed' ? html`<small id=${partialId}>${p.t.partial}</small>` : nothing}
      </div>
      ${switchTemplate(
        labelId,
        state,
        !!purpose.required,
        () => p.onToggle(atoms),
        // Screen readers read a switch as on or off: "mixed" is said in words, from the description.
        [(purpose.required || purpose.exempt) && requiredId, state == 'mixed' && partialId, description && descriptionId]
          .filter(Boolean)
          .join(' ') || undefined,
      )}
    </div>
    ${description ? html`<p id=${descriptionId}>${description}</p>` : nothing}
    ${
      purpose.vendors
        ? html`<ul class="vendors" aria-label="${p.t.vendors}${p.t.colon}${p.text(purpose.label)}">
            ${purpose.vendors.map((vendor, j) => {
              const gate = `${purpose.id}/${vendor.id}`;
              const vendorLabel = `${labelId}-vendor-${j}`;
              // The link under the name, not beside it: a row of name, link and switch leaves the name no room at 320 px.
              return html`<li class="vendor row">
                <span
                  ><span id=${vendorLabel}>${vendor.name}</span
                  >${vendor.retention ? html`<br /><small>${p.t.retention} ${p.text(vendor.retention)}</small>` : nothing}${
                    vendor.privacyUrl
                      ? html`<br /><a href=${vendor.privacyUrl}>${p.t.vendorPrivacy}<span class="hidden"> ${vendor.name}</span></a>`
                      : nothing
                  }</span
                >
                ${switchTemplate(vendorLabel, switchState([gate], p.draft), false, () => p.onToggle([gate]))}
              </li>`;
            })}
          </ul>`
        : nothing
    }
  </li>`;
}

/** The second layer: one switch per purpose (and vendor), all off until the reader turns them on. */
export function preferencesTemplate(p: PreferencesProps) {
  return html`
    <div class="head">
      <h2 id="dialog-title">${p.t.preferencesTitle}</h2>
      <button type="button" class="close" @click=${p.onClose} aria-label=${p.t.close}>✕</button>
    </div>
    <p id="dialog-text">${p.t.preferencesIntro} ${p.privacyUrl ? html`<a part="link" href=${p.privacyUrl}>${p.t.privacy}</a>` : nothing}</p>
    ${p.gpc ? html`<p class="note">${p.t.gpc}</p>` : nothing}
    <ul>
      ${p.purposes.map((purpose, i) => purposeTemplate(purpose, i, p))}
    </ul>
    <slot name="tcf"></slot>
    <div class="actions">
      <button type="button" part="button save" class="button" @click=${p.onSave}>${p.t.save}</button>
      <button type="button" part="button accept" class="button" @click=${p.onAccept}>${p.t.acceptAll}</button>
      <button type="button" part="button reject" class="button" @click=${p.onReject}>${p.t.rejectAll}</button>
    </div>
    <slot name="preferences-end"></slot>
  `;
}
