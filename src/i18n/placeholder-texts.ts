import type { Messages, PackMessages } from './fr.js';

/**
 * The embeds' placeholders' text in French and English. It comes with the
 * placeholders (consent-panel-embeds.js), not with the drop-in script, which
 * a page without a gated embed never needs it in; a language file has it
 * among its core texts.
 */
export const PLACEHOLDER_TEXTS = {
  fr: '{name} dépose des traceurs ({purpose}) : ce contenu ne s’affiche qu’avec votre accord.',
  en: '{name} sets trackers ({purpose}): this content shows only with your consent.',
};

/** The placeholders' text among the core's texts in `lang` (a loaded language file's), else in French or English. */
export const placeholderText = (lang: string, t: Messages & Partial<PackMessages>): string =>
  t.placeholder ?? (lang == 'fr' ? PLACEHOLDER_TEXTS.fr : PLACEHOLDER_TEXTS.en);
