import { adoptStyles, css } from '../../panel/stylesheet.js';
import { receiptMessages } from './messages.js';

const STYLES = css`
  p {
    margin: 1em 0 0;
    font-size: 0.875em;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
    user-select: all;
    -webkit-user-select: all;
  }
`;

/**
 * The reader's consent id at the end of the preferences ("Identifiant de
 * votre consentement"), to quote in a request: the record's id, selectable
 * in one click. It is slotted into the panel's `preferences-end` slot, so
 * the panel's own UI holds nothing of it.
 */
export class ConsentIdPart {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private shown: string | undefined;

  constructor() {
    this.host = document.createElement('div');
    this.host.slot = 'preferences-end';
    this.host.setAttribute('data-consent-panel-receipts', '');
    this.root = this.host.attachShadow({ mode: 'open' });
    adoptStyles(this.root, STYLES);
  }

  /** Into the `<consent-panel>` that shows the preferences, if it is not there yet. */
  mount(view: HTMLElement | undefined): void {
    if (view && this.host.parentNode !== view) view.append(this.host);
  }

  /** The id of the current decision, or nothing while undecided. */
  render(id: string | undefined, lang: string): void {
    const key = id && `${lang} ${id}`;
    if (key === this.shown) return;
    this.shown = key;
    const paragraph = this.root.querySelector('p');
    paragraph?.remove();
    if (!id) return;
    const p = document.createElement('p');
    const code = document.createElement('code');
    code.textContent = id;
    p.lang = lang;
    p.append(`${receiptMessages(lang).consentId}${lang === 'fr' ? '\u00a0: ' : ': '}`, code);
    this.root.append(p);
  }
}
