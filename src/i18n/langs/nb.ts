import type { LanguagePack } from '../pack.js';

const nb: LanguagePack = {
  core: {
    manage: 'Administrer informasjonskapsler',
    blocked: '{name}: blokkert innhold',
    placeholder: '{name} bruker sporingsteknologi ({purpose}): innholdet vises bare med ditt samtykke.',
    unavailable: 'Samtykkepanelet kunne ikke vises. Uten ditt samtykke er ingenting slått på.',
    rejectAll: 'Avvis alle',
    acceptAll: 'Godta alle',
    allow: 'Tillat og vis',
  },
  panel: {
    title: 'Administrer samtykket ditt',
    intro:
      'Med ditt samtykke bruker vi og partnerne våre informasjonskapsler til å måle publikum og vise annonser og innhold fra sosiale medier. Du kan avvise og likevel lese videre, og ombestemme deg når som helst.',
    privacy: 'Personvernerklæring',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    customize: 'Tilpass',
    preferencesTitle: 'Valgene dine, formål for formål',
    preferencesIntro: 'Ingenting er slått på uten ditt samtykke.',
    save: 'Lagre valgene mine',
    close: 'Lukk',
    required: 'Alltid aktiv',
    vendors: 'Partnere',
    partial: 'På for noen partnere',
    exempt: 'Krever ikke samtykke (anonym statistikk): du kan protestere ved å slå den av.',
    vendorPrivacy: 'Personvern',
    saved: 'Valgene dine er lagret.',
    retention: 'Lagringstid:',
    gpc: 'Nettleseren din ber om at du ikke skal spores (Global Privacy Control): annonser forblir avvist med mindre du slår dem på selv.',
  },
  purposes: {
    necessary: ['Nødvendige', 'Huske valgene dine, innlogging og sikkerhet.'],
    analytics: ['Publikumsmåling', 'Telle besøk og leste artikler.'],
    ads: ['Annonser', 'Vise annonser og måle effekten av dem.'],
    social: ['Sosiale medier og videoer', 'Vise innebygde innlegg og videoer, som bruker sin egen sporingsteknologi.'],
    personalization: ['Tilpasning', 'Anbefale artikler ut fra det du leser.'],
  },
};

export default nb;
