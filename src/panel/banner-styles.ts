import { css } from './stylesheet.js';

/** The first layer's own styles (consent-panel-banner.js), on top of base-styles.ts and layer-styles.ts. */
export const bannerStyles = css`
  .banner {
    position: fixed;
    z-index: var(--panel-z-index);
    inset: auto 0 0;
    margin: 0 auto;
    max-width: 60em;
    max-height: 100vh;
    overflow: auto;
    /* Narrower sides in a narrow window, where every pixel of line counts. */
    padding: 16px min(20px, 5vw);
    box-shadow: 0 0 16px #0006;
  }
  .top {
    inset: 0 0 auto;
  }
`;
