/**
 * WCAG 2.4.11: the non-modal banner must never hide the page control that has
 * keyboard focus. When focus lands under the banner, the banner moves to the
 * other edge of the window.
 */
export class FocusDodge {
  atTop = false;

  constructor(
    private readonly _host: HTMLElement,
    private readonly _banner: () => Element | null,
    private readonly _moved: () => void,
  ) {}

  connect(): void {
    document.addEventListener('focusin', this._onFocus);
  }

  disconnect(): void {
    document.removeEventListener('focusin', this._onFocus);
  }

  private readonly _onFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    const banner = this._banner();
    if (!banner || !(target instanceof Element) || this._host.contains(target) || this._host.shadowRoot?.contains(target)) return;
    const focused = target.getBoundingClientRect();
    const covered = banner.getBoundingClientRect();
    if (focused.bottom > covered.top && focused.top < covered.bottom) {
      this.atTop = !this.atTop;
      this._moved();
    }
  };
}
