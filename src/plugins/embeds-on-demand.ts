import { EMBED_SELECTOR } from '../gate/embed-selector.js';
import { EmbedGate } from '../gate/embeds.js';
import { find } from '../gate/gates.js';
import { fill, messages, resolveLang, shownLang, whenLanguage } from '../i18n/index.js';
import type { createPlaceholder, PlaceholderContext } from '../panel/placeholder.js';
import type { ConsentPlugin } from '../runtime/plugin.js';

type MakePlaceholder = typeof createPlaceholder;

/**
 * When the placeholders cannot be had (their file blocked or missing): a
 * plain button in the embed's place, named as the placeholder's own, that
 * allows it.
 */
const plainPlaceholder: MakePlaceholder = (_embed, gates, context) => {
  const t = messages(shownLang(resolveLang(context.lang)));
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    textContent: t.allow,
    title: fill(t.blocked, { name: gates }),
  });
  button.addEventListener('click', () => context.allow(gates));
  return button;
};

/**
 * The embeds plugin of the drop-in script: the gate (gate/embeds.ts) with the
 * placeholders (panel/placeholder.ts and their styles) loaded from their own
 * file when the page has a gated embed (`<iframe data-consent data-src>`,
 * img, video, audio, embed), now or later. A page without one never
 * downloads them. Until they arrive the embeds wait as they are, without a
 * `src`: nothing loads; then the gate looks at the whole page.
 */
export const embedsOnDemand = (load: () => Promise<MakePlaceholder>) => (): ConsentPlugin => {
  let gate: EmbedGate | undefined;
  let asked = false;
  let start: (make: MakePlaceholder) => void;
  return {
    name: 'embeds',
    start({ store, open }) {
      const { purposes, lang } = store.config;
      const context: PlaceholderContext = {
        purposes,
        lang,
        allow: (allowed) => store.decide(Object.fromEntries(allowed.split(' ').map((gate) => [gate, true])), 'placeholder'),
        manage: open,
        texts: { resolveLang, whenLanguage, shownLang, messages },
      };
      start = (make) => {
        gate = new EmbedGate(store, (embed, gates) => make(embed, gates, context));
        gate.collect(document);
      };
    },
    collect(root) {
      if (gate) return gate.collect(root);
      if (asked || !find(root, EMBED_SELECTOR).length) return;
      asked = true;
      load()
        .catch((error: unknown) => {
          console.error('consent-panel: the placeholders could not be loaded:', error);
          return plainPlaceholder;
        })
        .then(start, (error: unknown) => console.error('consent-panel: the embeds plugin:', error));
    },
    change() {
      gate?.release();
    },
  };
};
