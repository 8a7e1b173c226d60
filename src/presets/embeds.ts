import type { PluginContext } from '../runtime/plugin.js';
import type { PresetVendor } from './types.js';

const reported = new WeakSet<Element>();

/**
 * Embeds pasted with `src` renamed `data-src` and no `data-consent`: one whose
 * URL matches a configured preset's embed patterns gets that vendor's gate as
 * its `data-consent`, and is put back in its place so that the embeds plugin,
 * which watches what is added to the page, sees it and puts its placeholder
 * there. A URL that matches two presets is reported and left unloaded.
 */
export function tagEmbeds(root: ParentNode, vendors: PresetVendor[], { find, matches, report }: PluginContext): void {
  for (const embed of find(root, ':is(iframe,img,video,audio,embed)[data-src]:not([data-consent])')) {
    // Resolved as a link would be (against the page's base URL); a URL that does not parse stays as written, and
    // matches no embed pattern (each is a full https:// URL).
    const url = Object.assign(document.createElement('a'), { href: embed.getAttribute('data-src') }).href;
    const matching = vendors.filter((v) => v.preset.embeds?.some((pattern) => matches(pattern, url)));
    const presets = new Set(matching.map((v) => v.preset.id));
    if (presets.size > 1) {
      // Reported once; with no data-consent, nothing loads it.
      if (!reported.has(embed)) report('data-src', url, `matches the embeds of two presets (${[...presets].join(', ')}); not loaded.`);
      reported.add(embed);
    } else if (matching[0]) {
      embed.setAttribute('data-consent', matching.map((v) => v.gate).join(' '));
      // Taken out and put back: the page's observer reports it as added. After this look at the page, which may be
      // the one made just before the observer starts (while the page is parsed, the next look sees it as it is).
      if (document.readyState != 'loading') queueMicrotask(() => embed.after(embed));
    }
  }
}
