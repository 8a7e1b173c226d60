import type { LanguagePack } from '../pack.js';

const sk: LanguagePack = {
  core: {
    manage: 'Nastavenia súborov cookie',
    blocked: '{name}: zablokovaný obsah',
    placeholder: '{name} používa sledovacie nástroje ({purpose}): tento obsah sa zobrazí len s vaším súhlasom.',
    unavailable: 'Panel súhlasu sa nepodarilo zobraziť. Bez vášho súhlasu nie je nič zapnuté.',
    rejectAll: 'Odmietnuť všetko',
    acceptAll: 'Prijať všetko',
    allow: 'Povoliť a zobraziť',
  },
  panel: {
    title: 'Správa vášho súhlasu',
    intro:
      'S vaším súhlasom používame my aj naši partneri súbory cookie na meranie návštevnosti a na zobrazovanie reklám a obsahu sociálnych sietí. Môžete odmietnuť a aj tak čítať ďalej. Svoje rozhodnutie môžete kedykoľvek zmeniť.',
    privacy: 'Zásady ochrany súkromia',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    customize: 'Prispôsobiť',
    preferencesTitle: 'Vaše voľby podľa účelov',
    preferencesIntro: 'Bez vášho súhlasu nie je nič zapnuté.',
    save: 'Uložiť moje voľby',
    close: 'Zavrieť',
    required: 'Vždy aktívne',
    vendors: 'Partneri',
    partial: 'Zapnuté pre niektorých partnerov',
    exempt: 'Nevyžaduje súhlas (anonymné štatistiky): môžete vzniesť námietku vypnutím.',
    vendorPrivacy: 'Ochrana súkromia',
    saved: 'Vaše voľby boli uložené.',
    retention: 'Doba uchovávania:',
    gpc: 'Váš prehliadač žiada, aby ste neboli sledovaní (Global Privacy Control): reklama zostáva odmietnutá, kým ju sami nezapnete.',
  },
  purposes: {
    necessary: ['Nevyhnutné', 'Zapamätanie vašich volieb, prihlásenie, zabezpečenie.'],
    analytics: ['Meranie návštevnosti', 'Počítanie návštev a prečítaných článkov.'],
    ads: ['Reklama', 'Zobrazovanie reklám a meranie ich účinnosti.'],
    social: ['Sociálne siete a videá', 'Zobrazovanie vložených príspevkov a videí, ktoré používajú vlastné sledovacie nástroje.'],
    personalization: ['Personalizácia', 'Odporúčanie článkov podľa toho, čo čítate.'],
  },
};

export default sk;
