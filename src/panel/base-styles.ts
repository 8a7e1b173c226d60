import { css } from './stylesheet.js';

/**
 * The styles every page may need: the host, the "Gérer mes cookies" button
 * and the fallback bar; the embeds' placeholders use them too, with their
 * own (placeholder-styles.ts) on top. The host resets everything it could inherit
 * from the page with `!important`: inside a shadow root that beats even the
 * page's own `!important` rules, so page fonts, colours and spacing cannot
 * shrink or hide the panel. Custom properties still inherit, which is how
 * sites theme it (`--consent-*`); the `--panel-*` ones are the panel's own.
 */
export const baseStyles = css`
  :host {
    --panel-accent: var(--consent-accent, #0b4f8a);
    --panel-background: var(--consent-background, #fff);
    --panel-text: var(--consent-text, #1a1a1a);
    --panel-border: var(--consent-border, #8a8a8a);
    --panel-radius: var(--consent-radius, 8px);
    --panel-z-index: var(--consent-z-index, 2147483000);
  }
  :host(consent-panel) {
    all: initial !important;
    display: block !important;
    font: 16px/1.5 var(--consent-font, system-ui, sans-serif) !important;
    color: var(--panel-text) !important;
  }
  /* Long words wrap rather than push a control out of a narrow window (320 px at 200 % zoom: 160 CSS px). */
  * {
    box-sizing: border-box;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 12px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    flex: 9em;
    min-height: 44px;
    padding: 8px 16px;
    font-weight: 600;
    color: var(--consent-button-text, #fff);
    background: var(--panel-accent);
    border: 2px solid var(--panel-accent);
    border-radius: var(--panel-radius);
  }
  :focus-visible {
    outline: 3px solid var(--consent-focus, #c2410c);
    outline-offset: 2px;
  }
  .manage {
    position: fixed;
    color: var(--panel-text);
    background: var(--panel-background);
    border-radius: var(--panel-radius);
    z-index: var(--panel-z-index);
    inset-inline-start: 12px;
    bottom: 12px;
    min-height: 32px;
    padding: 4px 12px;
    font-size: 14px;
    border: 2px solid var(--panel-accent);
  }
  /* Stands in for the first layer when the panel's UI cannot be loaded. */
  .fallback {
    position: fixed;
    z-index: var(--panel-z-index);
    inset: auto 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    padding: 12px;
    color: var(--panel-text);
    background: var(--panel-background);
    border-top: 2px solid var(--panel-accent);
  }
  .fallback p {
    flex: 1 1 100%;
    margin: 0;
  }
  .hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
