/** The elements the embeds plugin gates: `<iframe data-consent data-src>` and the like. The core looks for them to know whether a page needs that plugin. */
export const EMBED_SELECTOR = ':is(iframe, img, video, audio, embed)[data-consent]';
