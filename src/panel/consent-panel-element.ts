import { html, nothing } from 'lit/html.js';
import { MESSAGES, resolveLang } from '../i18n/index.js';
import type { ConsentStore } from '../core/store.js';
import type { ConsentPanelApi } from '../runtime/api.js';
import { pageRuntime, type PanelView } from '../runtime/runtime.js';
import { bannerTemplate } from './banner-template.js';
import { FocusDodge } from './focus-dodge.js';
import { LitView } from './lit-view.js';
import { preferencesTemplate } from './preferences-template.js';
import { styles } from './styles.js';

/**
 * The consent panel: a first layer on a reader's first visit, the preferences
 * dialog, and a "Gérer mes cookies" button afterwards. It is a view of the
 * page's consent store; it keeps no consent state of its own.
 *
 * @summary Consent panel for news sites.
 * @tag consent-panel
 * @attr {string} lang - Language of the panel (`fr`, `en`, `auto`); else `<html lang>`, else French.
 * @attr {string} revision - Bump to ask every reader again.
 * @attr {number} expires-days - Days a decision is kept (1–395, default 182).
 * @attr {string} storage-key - localStorage key of the record (default `consent-panel`).
 * @attr {string} privacy-url - Link to the privacy policy.
 * @attr {boolean} no-manage-button - Hides the "Gérer mes cookies" button.
 * @event {CustomEvent<ConsentDetail>} consent-ready - Once per page load, when the state is known (ConsentReadyEvent).
 * @event {CustomEvent<ConsentDetail>} consent-change - Each time consent is decided, changed, withdrawn or lost (ConsentChangeEvent).
 * @csspart banner - The first layer.
 * @csspart dialog - The preferences dialog.
 * @csspart button - Every choice button (also `accept`, `reject`, `customize`, `save`).
 * @csspart accept - The "Tout accepter" buttons.
 * @csspart reject - The "Tout refuser" buttons.
 * @csspart customize - The first layer's "Personnaliser" button.
 * @csspart save - The preferences' "Enregistrer mes choix" button.
 * @csspart switch - A purpose or vendor switch.
 * @csspart manage-button - The "Gérer mes cookies" button.
 * @csspart link - The privacy-policy link.
 * @cssprop [--consent-accent=#0b4f8a] - Buttons and switches.
 * @cssprop [--consent-button-text=#fff] - Text on buttons.
 * @cssprop [--consent-background=#fff] - Panel background.
 * @cssprop [--consent-text=#1a1a1a] - Panel text.
 * @cssprop [--consent-link=#0b4f8a] - Links.
 * @cssprop [--consent-border=#8a8a8a] - Borders.
 * @cssprop [--consent-focus=#c2410c] - Focus ring.
 * @cssprop [--consent-font=system-ui, sans-serif] - Font family.
 * @cssprop [--consent-radius=8px] - Corner radius.
 * @cssprop [--consent-z-index=2147483000] - Stacking order.
 */
export class ConsentPanelElement extends LitView implements PanelView, ConsentPanelApi {

  /** @internal */
  readonly runtime = pageRuntime();
  private readonly _dodge = new FocusDodge(this, () => this.renderRoot.querySelector('.banner'));
  /**
   * Switch values while the preferences are open (read by the IAB TCF module).
   * @internal
   */
  draft: Record<string, boolean> | null = null;
  /** The stored values the open dialog's switches last followed. */
  private _stored: Record<string, boolean> = {};
  private _opener: Element | null = null;
  private _manageButton: HTMLButtonElement | undefined;
  /** The dialog's choices were just saved: the status line says so. */
  private _saved = false;

  constructor() {
    super(styles);
    // The public API, as on window.consentPanel: the same functions, from the page's one runtime.
    Object.assign(this, this.runtime.api);
  }

  /**
   * The runtime asks for a render (refresh()) once it has the store and this element.
   * @internal
   */
  connectedCallback(): void {
    this._dodge.connect();
    this.runtime.attach(this);
  }

  /** @internal */
  disconnectedCallback(): void {
    this._dodge.disconnect();
  }

  /**
   * The store changed (or is known). An open dialog follows it: a value the
   * store changed (another tab, reset(), expiry) shows in its switch, so that
   * saving cannot grant again what was withdrawn; a switch the reader turned
   * whose stored value did not change keeps the reader's position.
   */
  refresh(): void {
    if (this.draft) {
      // Open, so the store is known.
      const stored = this.runtime.store!.choices();
      for (const atom in stored) if (stored[atom] !== this._stored[atom]) this.draft[atom] = stored[atom]!;
      this._stored = stored;
    }
    this.requestUpdate();
  }

  /** Opens the preferences dialog; focus returns to `opener` when it closes. */
  async openPreferences(opener: Element | null = null): Promise<void> {
    const store = this._store();
    if (!store) return;
    // Without an opener (the API's open()), focus returns to what had it.
    this._opener = opener ?? document.activeElement;
    this.draft = { ...(this._stored = store.choices()) };
    this._saved = false;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this._dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  // The public API, as on window.consentPanel (assigned in the constructor).
  declare readonly ready: ConsentPanelApi['ready'];
  declare granted: ConsentPanelApi['granted'];
  declare onGranted: ConsentPanelApi['onGranted'];
  declare onChange: ConsentPanelApi['onChange'];
  declare acceptAll: ConsentPanelApi['acceptAll'];
  declare rejectAll: ConsentPanelApi['rejectAll'];
  declare set: ConsentPanelApi['set'];
  declare open: ConsentPanelApi['open'];
  declare reset: ConsentPanelApi['reset'];

  /** The page's consent store, once known, if this is the page's panel (only the first one shows anything). */
  private _store(): ConsentStore | undefined {
    return this.runtime.view === this ? this.runtime.store : undefined;
  }

  private _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private _decideFromDialog(decide: () => void): void {
    decide();
    this._saved = true;
    this._dialog()?.close();
  }

  private _onDialogClose = (): void => {
    this.draft = null;
    this.requestUpdate();
    const opener = this._opener;
    this._opener = null;
    // The opener may be gone (the banner hides once the reader decides).
    this.updateComplete.then(() => {
      // Else the manage button: out of the page when it is not shown, where focus() does nothing.
      const target = opener?.isConnected && opener.checkVisibility?.() !== false ? opener : this._manageButton;
      (target as HTMLElement | undefined)?.focus();
    });
  };

  private _toggle(atoms: string[]): void {
    const draft = { ...this.draft };
    const on = !atoms.every((atom) => draft[atom]);
    for (const atom of atoms) draft[atom] = on;
    this.draft = draft;
    this.requestUpdate();
  }

  /**
   * "Gérer mes cookies" is drawn with the DOM alone: it is all a returning
   * reader's page shows, and it should not cost that page lit-html's work.
   * @internal
   */
  protected override update(): void {
    const store = this._store();
    const show = !!store && store.decided && store.config.manageButton && !this.draft;
    if (show) {
      let button = this._manageButton;
      if (!button) {
        button = this._manageButton = document.createElement('button');
        button.className = 'manage';
        button.setAttribute('part', 'manage-button');
        button.addEventListener('click', () => this.openPreferences(button));
      }
      button.lang = resolveLang(store.config.lang);
      button.textContent = MESSAGES[button.lang]!.manage;
      if (!button.isConnected) this.renderRoot.append(button);
    } else {
      this._manageButton?.remove();
    }
    super.update();
  }

  /**
   * The first layer and the dialog; nothing once the reader has decided and closed the dialog untouched.
   * @internal
   */
  protected render() {
    const store = this._store();
    if (!store || (store.decided && !this.draft && !this._saved)) return undefined;
    const { config } = store;
    const lang = resolveLang(config.lang);
    const t = MESSAGES[lang]!;
    const gpc = config.purposes.some((p) => store.gpcLimited(p));
    return html`
      <div lang=${lang}>
        ${store.decided
          ? nothing
          : bannerTemplate({
              t,
              privacyUrl: config.privacyUrl,
              atTop: this._dodge.atTop,
              gpc,
              onAccept: () => store.acceptAll('banner'),
              onReject: () => store.rejectAll('banner'),
              onCustomize: (event) => this.openPreferences(event.currentTarget as Element),
            })}
        <dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text" @close=${this._onDialogClose}>
          ${this.draft
            ? preferencesTemplate({
                t,
                lang,
                purposes: config.purposes,
                draft: this.draft,
                gpc,
                privacyUrl: config.privacyUrl,
                onToggle: (atoms) => this._toggle(atoms),
                onSave: () => this._decideFromDialog(() => store.decide(this.draft!, 'preferences')),
                // Under GPC, a switch the reader turned on here counts.
                onAccept: () => this._decideFromDialog(() => store.acceptAll('preferences', this.draft!)),
                onReject: () => this._decideFromDialog(() => store.rejectAll('preferences')),
                onClose: () => this._dialog()?.close(),
              })
            : nothing}
        </dialog>
        <p class="hidden" role="status">${this._saved ? t.saved : ''}</p>
      </div>
    `;
  }
}
