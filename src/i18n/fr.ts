export const fr = {
  title: 'Pour gérer vos consentements',
  intro:
    'Avec votre accord, nous et nos partenaires utilisons des cookies et traceurs pour mesurer l’audience, afficher des publicités et des contenus de réseaux sociaux. Refuser n’empêche pas de lire le journal. Vous pouvez changer d’avis à tout moment avec « Gérer mes cookies ».',
  privacy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  preferencesTitle: 'Vos choix, finalité par finalité',
  preferencesIntro: 'Chaque finalité reste désactivée tant que vous ne l’activez pas. Vous pourrez changer d’avis à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  required: 'Toujours actif',
  vendors: 'Partenaires',
  vendorPrivacy: 'Confidentialité',
  manage: 'Gérer mes cookies',
  saved: 'Vos choix sont enregistrés.',
  gpc: 'Votre navigateur envoie le signal Global Privacy Control : la publicité reste refusée, sauf si vous l’activez ici.',
};

export type Messages = typeof fr;
