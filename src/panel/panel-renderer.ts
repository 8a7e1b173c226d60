import { html, nothing, render } from 'lit/html.js';
import { dirOf } from '../i18n/pack.js';
import { panelMessages } from '../i18n/panel.js';
import { withPurposeTexts } from '../i18n/purpose-texts.js';
import { bannerTemplate } from './banner-template.js';
import { FocusDodge } from './focus-dodge.js';
import type { PanelHost, PanelRenderer } from './panel-ui.js';
import { preferencesTemplate } from './preferences-template.js';
import { ThemeGuard } from './theme-contrast.js';
import { uiStyles } from './ui-styles.js';

/**
 * The first layer and the preferences dialog of one `<consent-panel>`, drawn
 * with lit-html. It keeps no consent state: the store has it. What it keeps is
 * the view's own: the switches' values while the dialog is open (`draft`),
 * the element that opened it, and whether the dialog's choices were just saved.
 */
export class LitPanelRenderer implements PanelRenderer {
  private readonly _dodge: FocusDodge;
  private readonly _container: HTMLElement;
  private _draft: Record<string, boolean> | null = null;
  /** The stored values the open dialog's switches last followed. */
  private _stored: Record<string, boolean> = {};
  private _opener: Element | null = null;
  private _saved = false;
  private _pending: Promise<void> | undefined;
  private readonly _theme: ThemeGuard;
  /** Whether the status line says the first layer's title: undefined, then false until it is in the accessibility tree. */
  private _told: boolean | undefined;

  constructor(private readonly _host: PanelHost) {
    _host.adopt(uiStyles);
    this._theme = new ThemeGuard(_host.root);
    this._theme.check();
    this._container = _host.root.appendChild(document.createElement('div'));
    this._dodge = new FocusDodge(
      _host.element,
      () => _host.root.querySelector('.banner'),
      () => this.requestUpdate(),
    );
    if (_host.element.isConnected) this._dodge.connect();
  }

  get preferencesOpen(): boolean {
    return this._draft !== null;
  }

  get updateComplete(): Promise<unknown> | undefined {
    return this._pending;
  }

  connect(): void {
    this._dodge.connect();
  }

  disconnect(): void {
    this._dodge.disconnect();
  }

  /** Renders at the next microtask; several requests make one render. */
  requestUpdate(): void {
    this._pending ??= Promise.resolve().then(() => {
      this._pending = undefined;
      this.update();
    });
  }

  openPreferences(opener: Element | null): void {
    const store = this._host.store();
    if (!store) return;
    this._opener = opener;
    this._draft = { ...(this._stored = store.choices()) };
    this._saved = false;
    this._theme.check();
    this._announce();
    this.update();
    const dialog = this._dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  /**
   * Draws the panel as the store now is. An open dialog follows the store: a
   * value the store changed (another tab, reset(), expiry) shows in its
   * switch, so that saving cannot grant again what was withdrawn; a switch the
   * reader turned whose stored value did not change keeps the reader's position.
   */
  update(): void {
    const store = this._host.store();
    if (this._draft && store) {
      const stored = store.choices();
      let followed = false;
      for (const atom in stored) {
        if (stored[atom] === this._stored[atom]) continue;
        this._draft[atom] = stored[atom]!;
        followed = true;
      }
      this._stored = stored;
      if (followed) this._announce();
    }
    try {
      render(this._template(), this._container, { host: this._host.element });
    } catch (error) {
      console.error('consent-panel: rendering failed:', error);
    }
  }

  private _dialog(): HTMLDialogElement | null {
    return this._host.root.querySelector('dialog');
  }

  /** Tells the element (and through it the plugins) of the dialog: a frozen copy, so no listener can change the reader's switches. */
  private _announce(): void {
    this._host.announce({ open: this.preferencesOpen, choices: Object.freeze({ ...(this._draft ?? this._host.store()?.choices()) }) });
  }

  private _decideFromDialog(decide: () => void): void {
    decide();
    this._saved = true;
    // Closed as of now, for the plugins too: the dialog's close event comes a task later.
    this._draft = null;
    this._announce();
    this._dialog()?.close();
  }

  private readonly _onDialogClose = (): void => {
    // A decision from the dialog has announced it closed already.
    if (this._draft) {
      this._draft = null;
      this._announce();
    }
    this._host.refresh();
    this.update();
    const opener = this._opener;
    this._opener = null;
    // The opener may be gone (the banner hides once the reader decides); else the manage button,
    // drawn by the element at its next render.
    void Promise.resolve().then(() => {
      const target = opener?.isConnected && opener.checkVisibility?.() !== false ? opener : this._host.fallbackFocus();
      (target as HTMLElement | undefined)?.focus();
    });
  };

  private _toggle(atoms: string[]): void {
    const draft = { ...this._draft };
    const on = !atoms.every((atom) => draft[atom]);
    for (const atom of atoms) draft[atom] = on;
    this._draft = draft;
    this._announce();
    this.update();
  }

  /** The first layer and the dialog; nothing once the reader has decided and closed the dialog untouched. */
  private _template() {
    const store = this._host.store();
    if (!store || (store.decided && !this._draft && !this._saved)) return nothing;
    const { config } = store;
    const lang = this._host.lang();
    const t = panelMessages(lang);
    const gpc = config.purposes.some((p) => store.gpcLimited(p));
    const draft = this._draft;
    // The first layer is announced without taking focus: its title goes into the status line, once the line is
    // in the accessibility tree (text in a live region that appears with it is not read).
    if (!store.decided && this._told === undefined) {
      this._told = false;
      setTimeout(() => {
        this._told = true;
        this.requestUpdate();
      }, 200);
    }
    return html`
      <div lang=${lang} dir=${dirOf(lang)}>
        ${
          store.decided
            ? nothing
            : bannerTemplate({
                t,
                privacyUrl: config.privacyUrl,
                atTop: this._dodge.atTop,
                gpc,
                onAccept: () => store.acceptAll('banner'),
                onReject: () => store.rejectAll('banner'),
                onCustomize: (event) => this.openPreferences(event.currentTarget as Element),
              })
        }
        <dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text" @close=${this._onDialogClose}>
          ${
            draft
              ? preferencesTemplate({
                  t,
                  text: (value) => this._host.text(value),
                  purposes: withPurposeTexts(config.purposes, lang),
                  draft,
                  gpc,
                  privacyUrl: config.privacyUrl,
                  onToggle: (atoms) => this._toggle(atoms),
                  onSave: () => this._decideFromDialog(() => store.decide(this._draft!, 'preferences')),
                  // Under GPC, a switch the reader turned on here counts.
                  onAccept: () => this._decideFromDialog(() => store.acceptAll('preferences', this._draft!)),
                  onReject: () => this._decideFromDialog(() => store.rejectAll('preferences')),
                  onClose: () => this._dialog()?.close(),
                })
              : nothing
          }
        </dialog>
        <p class="hidden" role="status">${this._saved ? t.saved : this._told && !store.decided ? t.title : ''}</p>
      </div>
    `;
  }
}
