import type { PurposeConfig } from './types.js';

/** The purposes a site gets when it configures none. Sites declare their own vendors. */
export const DEFAULT_PURPOSES: PurposeConfig[] = [
  {
    id: 'necessary',
    required: true,
    label: { fr: 'Fonctionnement du site', en: 'Essential' },
    description: {
      fr: 'Indispensables au site : mémoriser vos choix de consentement, la connexion, la sécurité. Ils ne peuvent pas être désactivés.',
      en: 'Needed for the site to work: remembering your consent choices, signing in, security. They cannot be turned off.',
    },
  },
  {
    id: 'analytics',
    label: { fr: "Mesure d'audience", en: 'Audience measurement' },
    description: {
      fr: 'Compter les visites et savoir quels articles sont lus, pour améliorer le journal.',
      en: 'Counting visits and seeing which articles are read, to improve the paper.',
    },
  },
  {
    id: 'ads',
    gpc: true,
    label: { fr: 'Publicité', en: 'Advertising' },
    description: {
      fr: 'Afficher des publicités, les mesurer et, avec votre accord, les adapter à vos centres d’intérêt.',
      en: 'Showing ads, measuring them and, if you agree, fitting them to your interests.',
    },
  },
  {
    id: 'social',
    label: { fr: 'Réseaux sociaux et vidéos', en: 'Social media and videos' },
    description: {
      fr: 'Afficher les contenus intégrés (publications, vidéos) et les boutons de partage, qui déposent leurs propres traceurs.',
      en: 'Showing embedded posts and videos and share buttons, which set their own trackers.',
    },
  },
  {
    id: 'personalization',
    label: { fr: 'Personnalisation', en: 'Personalisation' },
    description: {
      fr: 'Recommander des articles selon votre lecture.',
      en: 'Recommending articles based on what you read.',
    },
  },
];
