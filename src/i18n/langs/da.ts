import type { LanguagePack } from '../pack.js';

const da: LanguagePack = {
  core: {
    manage: 'Administrer cookies',
    blocked: '{name}: blokeret indhold',
    placeholder: '{name} bruger sporingsteknologier ({purpose}): indholdet vises kun med dit samtykke.',
    unavailable: 'Samtykkepanelet kunne ikke vises. Uden dit samtykke er intet slået til.',
    rejectAll: 'Afvis alle',
    acceptAll: 'Accepter alle',
    allow: 'Tillad og vis',
  },
  panel: {
    title: 'Administrer dit samtykke',
    intro:
      'Med dit samtykke bruger vi og vores partnere cookies til at måle vores publikum og vise annoncer og indhold fra sociale medier. Du kan afvise og stadig læse videre, og du kan til enhver tid ændre dit valg.',
    privacy: 'Privatlivspolitik',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    customize: 'Tilpas',
    preferencesTitle: 'Dine valg, formål for formål',
    preferencesIntro: 'Intet er slået til uden dit samtykke.',
    save: 'Gem mine valg',
    close: 'Luk',
    required: 'Altid aktiv',
    vendors: 'Partnere',
    partial: 'Slået til for nogle partnere',
    exempt: 'Kræver ikke samtykke (anonym statistik): du kan gøre indsigelse ved at slå den fra.',
    vendorPrivacy: 'Privatliv',
    saved: 'Dine valg er gemt.',
    retention: 'Opbevaringsperiode:',
    gpc: 'Din browser beder om, at du ikke bliver sporet (Global Privacy Control): annoncer forbliver afvist, medmindre du selv slår dem til.',
  },
  purposes: {
    necessary: ['Nødvendige', 'Huske dine valg, login og sikkerhed.'],
    analytics: ['Publikumsmåling', 'Tælle besøg og læste artikler.'],
    ads: ['Annoncer', 'Vise annoncer og måle deres effekt.'],
    social: ['Sociale medier og videoer', 'Vise indlejrede opslag og videoer, der bruger deres egne sporingsteknologier.'],
    personalization: ['Personalisering', 'Anbefale artikler ud fra det, du læser.'],
  },
};

export default da;
