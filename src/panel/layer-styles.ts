import { css } from './stylesheet.js';

/**
 * What the first layer and the preferences dialog share, on top of base-styles.ts: each of
 * their files (consent-panel-banner.js, consent-panel-ui.js) adopts it with its own.
 */
export const layerStyles = css`
  .banner,
  dialog {
    color: var(--panel-text);
    background: var(--panel-background);
    border: 1px solid var(--panel-border);
    border-radius: var(--panel-radius);
  }
  h2 {
    margin: 0 0 8px;
    font-size: 20px;
  }
  a {
    color: var(--consent-link, #0b4f8a);
  }
  .note {
    padding: 8px 12px;
    border-inline-start: 4px solid var(--panel-accent);
  }
`;
