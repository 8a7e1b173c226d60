import type { PurposeConfig } from './types.js';

/** The purposes a site gets when it configures none. Sites declare their own vendors. */
export const DEFAULT_PURPOSES: PurposeConfig[] = [
  {
    id: 'necessary',
    required: true,
    label: { fr: 'Fonctionnement du site', en: 'Essential' },
    description: {
      fr: 'Mémoriser vos choix, la connexion, la sécurité.',
      en: 'Remembering your choices, signing in, security.',
    },
  },
  {
    id: 'analytics',
    label: { fr: "Mesure d'audience", en: 'Audience measurement' },
    description: { fr: 'Compter les visites et les articles lus.', en: 'Counting visits and articles read.' },
  },
  {
    id: 'ads',
    gpc: true,
    label: { fr: 'Publicité', en: 'Advertising' },
    description: { fr: 'Afficher des publicités et les mesurer.', en: 'Showing ads and measuring them.' },
  },
  {
    id: 'social',
    label: { fr: 'Réseaux sociaux et vidéos', en: 'Social media and videos' },
    description: {
      fr: 'Afficher les publications et vidéos intégrées, qui déposent leurs propres traceurs.',
      en: 'Showing embedded posts and videos, which set their own trackers.',
    },
  },
  {
    id: 'personalization',
    label: { fr: 'Personnalisation', en: 'Personalisation' },
    description: { fr: 'Recommander des articles selon vos lectures.', en: 'Recommending articles from what you read.' },
  },
];
