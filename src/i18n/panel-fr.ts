import { bannerFr } from './banner-fr.js';

/** The preferences' texts, with the first layer's (banner-fr.ts), loaded with the preferences dialog. */
export const panelFr = {
  ...bannerFr,
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
};

/** A language file may leave out `colon` (English's, `': '`, then applies). */
export type PanelMessages = Omit<typeof panelFr, 'colon'> & { colon?: string };
