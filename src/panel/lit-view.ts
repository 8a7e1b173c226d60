import { adoptStyles } from './stylesheet.js';
import { render } from 'lit/html.js';

/**
 * The part of LitElement the panel uses: an open shadow root with an
 * adopted stylesheet, and batched lit-html rendering. The panel has no
 * reactive properties (its state lives in the store), so LitElement's
 * property system would be bytes that every reader downloads for nothing.
 */
export abstract class LitView extends HTMLElement {
  protected readonly renderRoot: ShadowRoot;
  private pending: Promise<void> | undefined;

  constructor(styles: string) {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    adoptStyles(this.renderRoot, styles);
  }

  /** Resolves once the pending render, if any, is done. */
  get updateComplete(): Promise<boolean> {
    return (this.pending ?? Promise.resolve()).then(() => true);
  }

  /** Renders at the next microtask; several requests make one render. */
  requestUpdate(): void {
    this.pending ??= Promise.resolve().then(() => {
      this.pending = undefined;
      try {
        render(this.render(), this.renderRoot, { host: this });
      } catch (error) {
        console.error('consent-panel: rendering failed:', error);
      }
    });
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  protected abstract render(): unknown;
}
