import type { LanguagePack } from '../pack.js';

const nl: LanguagePack = {
  core: {
    manage: 'Cookies beheren',
    blocked: '{name}: geblokkeerde inhoud',
    placeholder: '{name} plaatst trackers ({purpose}): deze inhoud wordt alleen getoond met uw toestemming.',
    unavailable: 'Het toestemmingsvenster kon niet worden getoond. Zonder uw toestemming wordt niets ingeschakeld.',
    rejectAll: 'Alles weigeren',
    acceptAll: 'Alles accepteren',
    allow: 'Toestaan en tonen',
  },
  panel: {
    title: 'Uw toestemming beheren',
    intro:
      'Met uw toestemming gebruiken wij en onze partners cookies om ons bereik te meten en advertenties en inhoud van sociale media te tonen. U kunt weigeren en toch verder lezen, en uw keuze op elk moment wijzigen.',
    privacy: 'Privacybeleid',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customize: 'Aanpassen',
    preferencesTitle: 'Uw keuzes, per doel',
    preferencesIntro: 'Zonder uw toestemming wordt niets ingeschakeld.',
    save: 'Mijn keuzes opslaan',
    close: 'Sluiten',
    required: 'Altijd actief',
    vendors: 'Partners',
    partial: 'Aan voor sommige partners',
    exempt: 'Geen toestemming nodig (anonieme statistieken): u kunt bezwaar maken door dit uit te zetten.',
    vendorPrivacy: 'Privacy',
    saved: 'Uw keuzes zijn opgeslagen.',
    retention: 'Bewaartermijn:',
    gpc: 'Uw browser geeft aan dat u niet gevolgd wilt worden (Global Privacy Control): advertenties blijven geweigerd, tenzij u ze zelf inschakelt.',
  },
  purposes: {
    necessary: ['Noodzakelijk', 'Uw keuzes onthouden, inloggen, beveiliging.'],
    analytics: ['Bereikmeting', 'Bezoeken en gelezen artikelen tellen.'],
    ads: ['Advertenties', 'Advertenties tonen en de resultaten ervan meten.'],
    social: ['Sociale media en video’s', 'Ingesloten berichten en video’s tonen, die hun eigen trackers plaatsen.'],
    personalization: ['Personalisatie', 'Artikelen aanbevelen op basis van wat u leest.'],
  },
};

export default nl;
