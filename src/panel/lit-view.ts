import { adoptStyles } from './stylesheet.js';
import { render } from 'lit/html.js';

/**
 * The part of LitElement the panel uses: an open shadow root with an
 * adopted stylesheet, and batched lit-html rendering. The panel has no
 * reactive properties (its state lives in the store), so LitElement's
 * property system would be bytes that every reader downloads for nothing.
 *
 * lit-html only runs once `render()` has something to draw: until then the
 * shadow root holds no lit-html container at all, so a view that draws its few
 * static nodes itself (the panel's "manage" button on a returning reader's
 * page) never pays for template parsing.
 */
export abstract class LitView extends HTMLElement {
  /** @internal */
  protected readonly renderRoot: ShadowRoot;
  private _pending: Promise<void> | undefined;
  private _container: HTMLElement | undefined;

  /** @internal */
  constructor(styles: string) {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    adoptStyles(this.renderRoot, styles);
  }

  /**
   * Resolves once the pending render, if any, is done.
   * @internal
   */
  get updateComplete(): Promise<boolean> {
    return (this._pending ?? Promise.resolve()).then(() => true);
  }

  /**
   * Renders at the next microtask; several requests make one render.
   * @internal
   */
  requestUpdate(): void {
    this._pending ??= Promise.resolve().then(() => {
      this._pending = undefined;
      try {
        this.update();
      } catch (error) {
        console.error('consent-panel: rendering failed:', error);
      }
    });
  }

  /**
   * Draws the view: what `render()` returns, through lit-html, once there is something.
   * @internal
   */
  protected update(): void {
    const template = this.render();
    if (template === undefined && !this._container) return;
    this._container ??= this.renderRoot.appendChild(document.createElement('div'));
    render(template, this._container, { host: this });
  }

  /**
   * The lit-html template, or `undefined` while there is nothing for it to draw.
   * @internal
   */
  protected abstract render(): unknown;
}
