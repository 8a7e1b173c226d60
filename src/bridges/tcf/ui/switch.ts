import { html, nothing } from 'lit/html.js';

/** A switch as the panel draws them: a button with role="switch" and an accessible name. */
export function switchTemplate(label: string, checked: boolean, onToggle: (() => void) | undefined, describedBy?: string) {
  return html`<button
    type="button"
    role="switch"
    part="switch"
    aria-label=${label}
    aria-checked=${checked ? 'true' : 'false'}
    aria-disabled=${onToggle ? nothing : 'true'}
    aria-describedby=${describedBy ?? nothing}
    @click=${onToggle ?? nothing}
  ></button>`;
}
