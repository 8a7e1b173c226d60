import { dirOf, localize, messages, resolveLang, shownLang, whenLanguage } from '../i18n/index.js';
import type { ConsentStore } from '../core/store.js';
import type { ConsentPanelApi } from '../runtime/api.js';
import type { PreferencesState } from '../runtime/plugin.js';
import { pageRuntime, type PanelView } from '../runtime/runtime.js';
import { baseStyles } from './base-styles.js';
import type { FirstLayerRenderer, FirstLayerUi, PanelHost, PanelRenderer, PanelUi } from './panel-ui.js';
import { adoptStyles } from './stylesheet.js';
import { setsThemeColors } from './theme-colors.js';
import { loadUi } from './ui-loader.js';

// A server importing this module (to render a page) has no HTMLElement: a stand-in keeps the import from throwing.
const HTMLElement: typeof globalThis.HTMLElement = globalThis.HTMLElement ?? Object;

/**
 * The consent panel: a first layer on a reader's first visit, the preferences
 * dialog, and a "Gérer mes cookies" button afterwards. It is a view of the
 * page's consent store; it keeps no consent state of its own.
 *
 * The element itself draws only the manage button, with the DOM: that is all
 * a returning reader's page shows. The first layer and the dialog come from
 * the panel's UI (panel-ui.ts), in two parts each loaded when there is one to
 * show: the first layer on a first visit, the dialog when the reader opens it.
 *
 * @summary Consent panel for news sites.
 * @tag consent-panel
 * @attr {string} lang - Language of the panel: a supported code (`fr`, `de`, `ar`…) or `auto` (the default: the element's language, else `<html lang>`, else the browser's, else French).
 * @attr {string} revision - Bump to ask every reader again.
 * @attr {number} expires-days - Days a decision is kept (1–395, default 182).
 * @attr {string} storage-key - localStorage key of the record (default `consent-panel`).
 * @attr {string} privacy-url - Link to the privacy policy.
 * @attr {boolean} no-manage-button - Hides the "Gérer mes cookies" button.
 * @attr {string} cookie-domain - Shares the decision with this domain's subdomains through a cookie (`journal.example`).
 * @event {CustomEvent<ConsentDetail>} consent-ready - Once per page load, when the state is known (ConsentReadyEvent).
 * @event {CustomEvent<ConsentDetail>} consent-change - Each time consent is decided, changed, withdrawn or lost (ConsentChangeEvent).
 * @event {CustomEvent<PreferencesState>} consent-preferences - The preferences opened, their switches changed, or they closed (does not bubble).
 * @event {CustomEvent<ConsentReceiptDetail>} consent-receipt - With `receipts` configured: what became of a decision's receipt (ConsentReceiptEvent).
 * @slot preferences-end - The end of the preferences dialog: the receipts module's consent id.
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
export class ConsentPanelElement extends HTMLElement implements PanelView, ConsentPanelApi {
  /** @internal */
  readonly runtime = pageRuntime();
  private readonly _root: ShadowRoot;
  private _manageButton: HTMLButtonElement | undefined;
  /** Stands in for the panel when its UI cannot be loaded. */
  private _fallback: HTMLElement | undefined;
  /** The preferences dialog (consent-panel-ui.js) and the first layer (consent-panel-banner.js), once loaded. */
  private _renderer: PanelRenderer | undefined;
  private _banner: FirstLayerRenderer | undefined;
  /** The UI being loaded, then drawn. */
  private _loading: Promise<unknown> | undefined;
  private _pending: Promise<void> | undefined;
  /** The panel's language file, while it loads: nothing is drawn in another language meanwhile. */
  private _langLoad: Promise<void> | undefined;

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    adoptStyles(this._root, baseStyles);
    // The public API, as on window.consentPanel: the same functions, from the page's one runtime.
    Object.assign(this, this.runtime.api);
  }

  /**
   * The runtime asks for a render (refresh()) once it has the store and this element.
   * @internal
   */
  connectedCallback(): void {
    this._banner?.connect();
    this.runtime.attach(this);
  }

  /** @internal */
  disconnectedCallback(): void {
    this._banner?.disconnect();
  }

  /**
   * Settles once what was asked of the element is drawn, the panel's UI loaded first if it was needed.
   * @internal
   */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      // A render may load the UI, which renders in turn: wait until nothing is left to do.
      for (let waits = this._waits(); waits.length; waits = this._waits()) await Promise.all(waits);
      return true;
    })();
  }

  private _waits(): Promise<unknown>[] {
    return [this._pending, this._loading, this._langLoad].filter((wait) => wait !== undefined);
  }

  /**
   * The store changed (or is known): draws the element again at the next
   * microtask (several requests make one), and the panel's UI with it.
   */
  refresh(): void {
    this._pending ??= Promise.resolve().then(() => {
      this._pending = undefined;
      this._update();
    });
  }

  /** Opens the preferences dialog; focus returns to `opener` (else to what had focus) when it closes. */
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the runtime need not wait for the dialog; page code may await it
  async openPreferences(opener: Element | null = null): Promise<void> {
    if (!this._store()) return;
    const returnTo = opener ?? document.activeElement;
    const [renderer] = await Promise.all([this._ui(), whenLanguage(resolveLang(this._store()!.config.lang, this))]);
    if (renderer) renderer.openPreferences(returnTo);
    else this._drawFallback(true);
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
    return this.runtime.view === this ? this.runtime.shownStore : undefined;
  }

  /** A part of the panel's UI for this element (the first layer, else the dialog), loaded on first need; undefined (reported) when it cannot be had. */
  private _ui(first: true): Promise<FirstLayerRenderer | undefined>;
  private _ui(first?: false): Promise<PanelRenderer | undefined>;
  private _ui(first = false): Promise<FirstLayerRenderer | PanelRenderer | undefined> {
    const made = first ? this._banner : this._renderer;
    if (made) return Promise.resolve(made);
    // A themed page's first layer waits for the theme check: both files are asked for at once.
    if (first && setsThemeColors(this)) loadUi('theme').catch(() => {});
    const loading = loadUi(first ? 'banner' : 'ui')
      .then((ui) =>
        first ? (this._banner ??= (ui as FirstLayerUi).create(this._host())) : (this._renderer ??= (ui as PanelUi).create(this._host())),
      )
      .catch((error: unknown) => {
        console.error('consent-panel: the panel could not be loaded:', error);
        return undefined;
      });
    this._loading = loading;
    void loading.then(() => this._loading === loading && (this._loading = undefined));
    return loading;
  }

  private _host(): PanelHost {
    return {
      element: this,
      root: this._root,
      lang: () => this._lang(),
      text: (value) => localize(value, this._lang()),
      adopt: (styles) => adoptStyles(this._root, styles),
      store: () => this._store(),
      announce: (state: PreferencesState) => {
        // The manage button steps aside while the dialog is open.
        this.refresh();
        this.runtime.preferencesChanged(state);
        this.dispatchEvent(new CustomEvent('consent-preferences', { detail: state }));
      },
      fallbackFocus: () => {
        this._update();
        return this._manageButton?.isConnected ? this._manageButton : undefined;
      },
      refresh: () => this.refresh(),
      load: loadUi,
    };
  }

  /** The language the panel is shown in: the one asked for once its texts are here, English if they failed to load. */
  private _lang(): string {
    return shownLang(resolveLang(this._store()?.config.lang, this));
  }

  /**
   * "Gérer mes cookies" is drawn with the DOM alone: it is all a returning
   * reader's page shows. The first layer and the dialog need the panel's UI:
   * it is loaded when the reader has not decided (or was already loaded).
   */
  private _update(): void {
    const store = this._store();
    const wait = store && whenLanguage(resolveLang(store.config.lang, this));
    if (wait) {
      // The first layer's code comes at the same time as its texts.
      if (!store.decided) loadUi('banner').catch(() => {});
      this._langLoad ??= wait.then(() => {
        this._langLoad = undefined;
        this.refresh();
      });
      return;
    }
    const show = !!store && store.decided && store.config.manageButton && !this._renderer?.preferencesOpen;
    if (show) {
      let button = this._manageButton;
      if (!button) {
        button = this._manageButton = document.createElement('button');
        button.type = 'button';
        button.className = 'manage';
        button.setAttribute('part', 'manage-button');
        button.addEventListener('click', () => void this.openPreferences(button));
      }
      button.lang = this._lang();
      button.dir = dirOf(button.lang);
      button.textContent = messages(button.lang).manage;
      if (!button.isConnected) this._root.append(button);
    } else {
      this._manageButton?.remove();
    }
    if (!store?.decided) this._fallback?.remove();
    if (store && (!store.decided || this._banner))
      void this._ui(true).then((banner) => (banner ? banner.update() : this._drawFallback(false)));
    this._renderer?.update();
  }

  /**
   * The panel's UI could not be had (blocked, missing, broken): the reader is
   * never left without a way to refuse. A plain bar, drawn with the DOM, says
   * so and offers to refuse all (and, before any decision, to accept all).
   */
  private _drawFallback(asked: boolean): void {
    const store = this._store();
    if (!store || (store.decided && !asked)) return;
    const t = messages(this._lang());
    this._fallback?.remove();
    const bar = (this._fallback = document.createElement('section'));
    bar.lang = this._lang();
    bar.dir = dirOf(bar.lang);
    bar.className = 'fallback';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', t.unavailable);
    bar.append(Object.assign(document.createElement('p'), { textContent: t.unavailable }));
    const choices: [string, () => void][] = [[t.rejectAll, () => store.rejectAll('banner')]];
    if (!store.decided) choices.push([t.acceptAll, () => store.acceptAll('banner')]);
    for (const [label, decide] of choices) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: label });
      button.addEventListener('click', () => {
        decide();
        bar.remove();
      });
      bar.append(button);
    }
    this._root.append(bar);
  }
}
