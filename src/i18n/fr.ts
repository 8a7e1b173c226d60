/**
 * The texts the core shows (the manage button, the fallback bar, the plain
 * button standing in for a placeholder); the placeholders' own text comes with
 * them (placeholder-texts.ts), the panel's with its UI (panel-fr.ts).
 */
export const fr = {
  manage: 'Gérer mes cookies',
  blocked: '{name} : contenu bloqué',
  unavailable: 'Le panneau de consentement n’a pas pu s’afficher. Sans votre accord, rien n’est activé.',
  rejectAll: 'Tout refuser',
  acceptAll: 'Tout accepter',
  allow: 'Autoriser et afficher',
};

export type Messages = typeof fr;

/** The core's texts in a language file: with the placeholders' text. */
export type PackMessages = Messages & { placeholder: string };
