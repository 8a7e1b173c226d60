/** The first layer's texts, in French: drawn by consent-panel-banner.js, and by the preferences with the rest (panel-fr.ts). */
export const bannerFr = {
  title: 'Pour gérer vos consentements',
  intro:
    'Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l’audience, afficher des publicités et des contenus de réseaux sociaux. Vous pouvez refuser et lire quand même, et changer d’avis à tout moment.',
  privacy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  gpc: 'Votre navigateur demande de ne pas être suivi (Global Privacy Control) : la publicité reste refusée sauf si vous l’activez.',
};

export type BannerMessages = typeof bannerFr;
