/** The first layer's and the preferences' texts, loaded with the panel's UI. */
export const panelFr = {
  title: 'Pour gérer vos consentements',
  intro:
    'Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l’audience, afficher des publicités et des contenus de réseaux sociaux. Vous pouvez refuser et lire quand même, et changer d’avis à tout moment.',
  privacy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  preferencesTitle: 'Vos choix, finalité par finalité',
  preferencesIntro: 'Rien n’est activé sans votre accord.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  required: 'Toujours actif',
  partial: 'Activé pour une partie des partenaires',
  exempt: 'Exemptée de consentement (statistiques anonymes) : vous pouvez vous y opposer en la désactivant.',
  vendors: 'Partenaires',
  /** Between a label and what it names ("Partenaires : Audience"): French sets a space before the colon, other languages take English's. */
  colon: ' : ',
  vendorPrivacy: 'Confidentialité',
  saved: 'Vos choix sont enregistrés.',
  retention: 'Conservation :',
  gpc: 'Votre navigateur demande de ne pas être suivi (Global Privacy Control) : la publicité reste refusée sauf si vous l’activez.',
};

/** A language file may leave out `colon` (English's, `': '`, then applies). */
export type PanelMessages = Omit<typeof panelFr, 'colon'> & { colon?: string };
