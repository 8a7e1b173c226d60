import { css } from './stylesheet.js';

/**
 * The embeds' placeholders' own styles, on top of base-styles.ts: loaded
 * with the embeds plugin, only by pages that have a gated embed.
 */
export const placeholderStyles = css`
  :host {
    /* A placeholder's layout, from its embed (see placeholder.ts). */
    display: var(--consent-display);
    vertical-align: var(--consent-vertical-align);
    width: var(--consent-width);
    height: var(--consent-height);
  }
  /* A placeholder keeps the box the page gives it, so nothing moves when the embed loads. */
  .placeholder {
    height: 100%;
    overflow: auto;
    padding: 16px;
    font: 15px/1.5 var(--consent-font, system-ui, sans-serif);
    letter-spacing: normal;
    text-align: start;
    color: var(--panel-text);
    background: var(--consent-placeholder-background, #eef1f4);
    border: 1px solid var(--panel-border);
    border-radius: var(--panel-radius);
  }
  /* After .button (base-styles.ts), which it overrides: the placeholder's second choice is outlined. */
  .link {
    color: var(--panel-accent);
    background: none;
  }
`;
