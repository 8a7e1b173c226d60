import { bannerMessages } from '../i18n/banner.js';
import { dirOf } from '../i18n/pack.js';
import { bannerStyles } from './banner-styles.js';
import { FocusDodge } from './focus-dodge.js';
import { layerStyles } from './layer-styles.js';
import type { FirstLayerRenderer, PanelHost } from './panel-ui.js';
import { say, statusLine } from './status-line.js';
import { setsThemeColors } from './theme-colors.js';

/** An element with its attributes (`part`, `id`…) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]);
  element.append(...children);
  return element;
}

/**
 * The first layer of one `<consent-panel>`, drawn with the DOM alone (no
 * lit-html: a first visit downloads only this file and the core): a landmark
 * named by its title, the text and the privacy link, the GPC note, the TCF
 * module's summary slot, and three choices of equal weight, none preselected.
 * It is built once, then updated in place, so that a render never moves focus.
 * "Personnaliser" opens the preferences through the element, which loads them.
 */
export class BannerRenderer implements FirstLayerRenderer {
  private readonly _dodge: FocusDodge;
  /** Holds the banner, with its language and direction. */
  private readonly _container = el('div', {});
  private readonly _title = el('h2', { id: 'banner-title' });
  private readonly _intro = document.createTextNode('');
  private readonly _text = el('p', { id: 'banner-text' }, this._intro);
  private readonly _link = el('a', { part: 'link' });
  private readonly _gpc = el('p', { class: 'note' });
  private readonly _buttons = [
    el('button', { type: 'button', part: 'button accept', class: 'button' }),
    el('button', { type: 'button', part: 'button reject', class: 'button' }),
    el('button', { type: 'button', part: 'button customize', class: 'button' }),
  ];
  private readonly _banner = el(
    'section',
    { part: 'banner', 'aria-labelledby': 'banner-title', 'aria-describedby': 'banner-text' },
    this._title,
    this._text,
    el('slot', { name: 'tcf-summary' }),
    el('div', { class: 'actions' }, ...this._buttons),
  );
  /** Whether the status line says the title: undefined, then false until the line is in the accessibility tree. */
  private _told: boolean | undefined;
  /** Shown only once the site's theme colours, if it sets any, are checked (so that an unreadable pair is never shown). */
  private _checked = true;

  constructor(private readonly _host: PanelHost) {
    _host.adopt(layerStyles + bannerStyles);
    // The theme check is a file of its own, fetched only by a page that sets `--consent-*` colours
    // (the element asked for it at the same time as this file: the load below is that one).
    if (setsThemeColors(_host.element)) {
      this._checked = false;
      const checked = () => {
        this._checked = true;
        this.update();
      };
      _host
        .load('theme')
        .then((theme) => theme.create(_host.root).check())
        .then(checked, (error: unknown) => {
          console.error('consent-panel: theme check failed:', error);
          checked();
        });
    }
    const [accept, reject, customize] = this._buttons;
    accept.addEventListener('click', () => _host.store()?.acceptAll('banner'));
    reject.addEventListener('click', () => _host.store()?.rejectAll('banner'));
    customize.addEventListener('click', () => void _host.element.openPreferences(customize));
    // The dialog's file is fetched at the first sign of intent (the pointer on "Personnaliser", or focus on it).
    const intent = () => void _host.load('ui').catch(() => {});
    customize.addEventListener('pointerenter', intent, { once: true });
    customize.addEventListener('focus', intent, { once: true });
    this._container.append(this._banner);
    this._dodge = new FocusDodge(
      _host.element,
      () => (this._container.isConnected ? this._banner : null),
      () => this.update(),
    );
    if (_host.element.isConnected) this._dodge.connect();
  }

  connect(): void {
    this._dodge.connect();
  }

  disconnect(): void {
    this._dodge.disconnect();
  }

  update(): void {
    const host = this._host;
    const store = host.store();
    const lang = host.lang();
    const t = bannerMessages(lang);
    const container = this._container;
    if (!store || store.decided) {
      container.remove();
      // The title is no longer news; "saved" (the dialog's) stays.
      const line = host.root.querySelector('[role=status]');
      if (line?.textContent == t.title) line.textContent = '';
      return;
    }
    const { privacyUrl, purposes } = store.config;
    container.lang = lang;
    container.dir = dirOf(lang);
    this._banner.className = this._dodge.atTop ? 'banner top' : 'banner';
    this._title.textContent = t.title;
    this._intro.data = privacyUrl ? `${t.intro} ` : t.intro;
    if (privacyUrl) {
      this._link.href = privacyUrl;
      this._link.textContent = t.privacy;
      this._text.append(this._link);
    } else this._link.remove();
    // Under GPC, a note after the text says what the browser asked.
    if (purposes.some((p) => store.gpcLimited(p))) {
      this._gpc.textContent = t.gpc;
      this._text.after(this._gpc);
    } else this._gpc.remove();
    [t.acceptAll, t.rejectAll, t.customize].forEach((label, i) => (this._buttons[i].textContent = label));
    if (!this._checked) return;
    if (!container.isConnected) host.root.append(container);
    // Announced without taking focus: the title goes into the status line once the line is in the accessibility
    // tree (text in a live region that appears with it is not read).
    statusLine(host.root);
    if (this._told) say(host.root, t.title, lang);
    else if (this._told === undefined) {
      this._told = false;
      setTimeout(() => {
        this._told = true;
        this.update();
      }, 200);
    }
  }
}
