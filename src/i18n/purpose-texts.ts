import { DEFAULT_PURPOSES_KEY } from '../core/default-purposes.js';
import type { PurposeConfig } from '../core/types.js';
import { loadedPack } from './pack.js';

type Texts = Record<'fr' | 'en', Record<string, string>>;

/** The default purposes' labels in French and English, by id. */
const LABELS: Texts = {
  fr: {
    necessary: 'Fonctionnement du site',
    analytics: "Mesure d'audience",
    ads: 'Publicité',
    social: 'Réseaux sociaux et vidéos',
    personalization: 'Personnalisation',
  },
  en: {
    necessary: 'Essential',
    analytics: 'Audience measurement',
    ads: 'Advertising',
    social: 'Social media and videos',
    personalization: 'Personalisation',
  },
};

/** Their descriptions. */
const DESCRIPTIONS: Texts = {
  fr: {
    necessary: 'Mémoriser vos choix, la connexion, la sécurité.',
    analytics: 'Compter les visites et les articles lus.',
    ads: 'Afficher des publicités et les mesurer.',
    social: 'Afficher les publications et vidéos intégrées, qui déposent leurs propres traceurs.',
    personalization: 'Recommander des articles selon vos lectures.',
  },
  en: {
    necessary: 'Remembering your choices, signing in, security.',
    analytics: 'Counting visits and articles read.',
    ads: 'Showing ads and measuring them.',
    social: 'Showing embedded posts and videos, which set their own trackers.',
    personalization: 'Recommending articles from what you read.',
  },
};

/**
 * Fills in one text of the default purposes (`index`: where a language file
 * has it, in `[label, description]`) when `purposes` is the default list
 * (core/default-purposes.ts): French, English, and `lang` from its language
 * file when loaded. Any other list is left as it is.
 */
function fill(purposes: PurposeConfig[], lang: string, field: 'label' | 'description', texts: Texts, index: 0 | 1): PurposeConfig[] {
  if ((purposes as unknown as Record<symbol, unknown>)[DEFAULT_PURPOSES_KEY])
    for (const purpose of purposes) {
      const text = (purpose[field] ??= {}) as Record<string, string>;
      for (const code of ['fr', 'en', lang]) {
        // A language file is read like any response: only a text is taken.
        const value: unknown = texts[code as 'fr']?.[purpose.id] ?? loadedPack(code)?.purposes?.[purpose.id]?.[index];
        if (typeof value == 'string') text[code] = value;
      }
    }
  return purposes;
}

/**
 * `purposes`, with the default purposes' labels in `lang` (and French and
 * English) filled in (see `fill`): what the embeds' placeholders show.
 * Modules that show or hash purposes' texts call this or `withPurposeTexts`
 * first: the drop-in script itself does not carry them.
 */
export const withPurposeLabels = (purposes: PurposeConfig[], lang: string): PurposeConfig[] => fill(purposes, lang, 'label', LABELS, 0);

/** `purposes`, with the default purposes' labels and descriptions filled in: what the panel's UI and the receipts use. */
export const withPurposeTexts = (purposes: PurposeConfig[], lang: string): PurposeConfig[] =>
  fill(withPurposeLabels(purposes, lang), lang, 'description', DESCRIPTIONS, 1);
