import { html, nothing, render } from 'lit/html.js';
import { dirOf } from '../i18n/pack.js';
import { panelMessages } from '../i18n/panel.js';
import { withPurposeTexts } from '../i18n/purpose-texts.js';
import { layerStyles } from './layer-styles.js';
import type { PanelHost, PanelRenderer } from './panel-ui.js';
import { preferencesTemplate } from './preferences-template.js';
import { say, statusLine } from './status-line.js';
import { themeGuard } from './theme-contrast.js';
import { uiStyles } from './ui-styles.js';

/**
 * The preferences dialog of one `<consent-panel>`, drawn with lit-html (the
 * first layer, banner-renderer.ts, is a file of its own). It keeps no
 * consent state: the store has it. What it keeps is the view's own: the switches' values while the dialog is open (`draft`),
 * the element that opened it, and whether the dialog's choices were just saved.
 */
export class LitPanelRenderer implements PanelRenderer {
  private readonly _container: HTMLElement;
  private _draft: Record<string, boolean> | null = null;
  /** The stored values the open dialog's switches last followed. */
  private _stored: Record<string, boolean> = {};
  private _opener: Element | null = null;
  private _saved = false;

  constructor(private readonly _host: PanelHost) {
    _host.adopt(layerStyles + uiStyles);
    this._container = _host.root.appendChild(document.createElement('div'));
    // In the tree before "saved" comes into it.
    statusLine(_host.root);
  }

  get preferencesOpen(): boolean {
    return this._draft !== null;
  }

  openPreferences(opener: Element | null): void {
    const store = this._host.store();
    if (!store) return;
    this._opener = opener;
    this._draft = { ...(this._stored = store.choices()) };
    // A second save is said again.
    if (this._saved) say(this._host.root, '', this._host.lang());
    this._saved = false;
    themeGuard(this._host.root).check();
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

  /** The dialog; nothing once the reader has decided and closed the dialog untouched. */
  private _template() {
    const store = this._host.store();
    const lang = this._host.lang();
    const t = panelMessages(lang);
    // "Saved" goes into the panel's one status line (shared with the first layer) once.
    if (this._saved) say(this._host.root, t.saved, lang);
    if (!store || (store.decided && !this._draft && !this._saved)) return nothing;
    const { config } = store;
    const gpc = config.purposes.some((p) => store.gpcLimited(p));
    const draft = this._draft;
    return html`
      <div lang=${lang} dir=${dirOf(lang)}>
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
      </div>
    `;
  }
}
