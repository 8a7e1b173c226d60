/** The texts the core shows (the manage button, placeholders, the fallback bar); the panel's own are in panel-fr.ts. */
export const fr = {
  manage: 'Gérer mes cookies',
  blocked: '{name} : contenu bloqué',
  placeholder: '{name} dépose des traceurs ({purpose}) : ce contenu ne s’affiche qu’avec votre accord.',
  unavailable: 'Le panneau de consentement n’a pas pu s’afficher. Sans votre accord, rien n’est activé.',
  rejectAll: 'Tout refuser',
  acceptAll: 'Tout accepter',
  allow: 'Autoriser et afficher',
};

export type Messages = typeof fr;
