import { BannerRenderer } from './banner-renderer.js';
import type { FirstLayerUi } from './panel-ui.js';

/** The first layer's part of the panel's UI: what `<consent-panel>` loads on a first visit (no lit-html). */
export const bannerUi: FirstLayerUi = {
  create: (host) => new BannerRenderer(host),
};
