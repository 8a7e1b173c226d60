import { EmbedGate } from '../gate/embeds.js';
import { messages, resolveLang, shownLang, whenLanguage } from '../i18n/index.js';
import { createPlaceholder } from '../panel/placeholder.js';
import type { ConsentPlugin } from '../runtime/plugin.js';

/** `<iframe data-consent data-src>` and other embeds: a placeholder until granted, the embed once granted. */
export function embedsPlugin(): ConsentPlugin {
  let gate: EmbedGate | undefined;
  return {
    name: 'embeds',
    start({ store, open }) {
      const { purposes, lang } = store.config;
      gate = new EmbedGate(store, (embed, gates) =>
        createPlaceholder(embed, gates, {
          purposes,
          lang,
          allow: (allowed) => store.decide(Object.fromEntries(allowed.split(' ').map((gate) => [gate, true])), 'placeholder'),
          manage: open,
          texts: { resolveLang, whenLanguage, shownLang, messages },
        }),
      );
    },
    collect(root) {
      gate?.collect(root);
    },
    change() {
      gate?.release();
    },
  };
}
