import type { LanguagePack } from '../pack.js';

const hr: LanguagePack = {
  core: {
    manage: 'Postavke kolačića',
    blocked: '{name}: blokirani sadržaj',
    placeholder: '{name} upotrebljava alate za praćenje ({purpose}): ovaj se sadržaj prikazuje samo uz vašu privolu.',
    unavailable: 'Prozor za privolu nije se mogao prikazati. Bez vaše privole ništa nije uključeno.',
    rejectAll: 'Odbij sve',
    acceptAll: 'Prihvati sve',
    allow: 'Dopusti i prikaži',
  },
  panel: {
    title: 'Upravljanje privolom',
    intro:
      'Uz vašu privolu mi i naši partneri upotrebljavamo kolačiće za mjerenje posjećenosti te prikaz oglasa i sadržaja društvenih mreža. Možete odbiti i svejedno nastaviti čitati te svoju odluku promijeniti u bilo kojem trenutku.',
    privacy: 'Pravila privatnosti',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    customize: 'Prilagodi',
    preferencesTitle: 'Vaši odabiri po svrhama',
    preferencesIntro: 'Bez vaše privole ništa nije uključeno.',
    save: 'Spremi moje odabire',
    close: 'Zatvori',
    required: 'Uvijek uključeno',
    vendors: 'Partneri',
    partial: 'Uključeno za neke partnere',
    exempt: 'Ne zahtijeva privolu (anonimna statistika): možete uložiti prigovor tako da ga isključite.',
    vendorPrivacy: 'Privatnost',
    saved: 'Vaši su odabiri spremljeni.',
    retention: 'Razdoblje čuvanja:',
    gpc: 'Vaš preglednik traži da vas se ne prati (Global Privacy Control): oglašavanje ostaje odbijeno, osim ako ga sami ne uključite.',
  },
  purposes: {
    necessary: ['Nužni', 'Pamćenje vaših odabira, prijava, sigurnost.'],
    analytics: ['Mjerenje posjećenosti', 'Brojenje posjeta i pročitanih članaka.'],
    ads: ['Oglašavanje', 'Prikaz oglasa i mjerenje njihove učinkovitosti.'],
    social: ['Društvene mreže i videozapisi', 'Prikaz ugrađenih objava i videozapisa koji upotrebljavaju vlastite alate za praćenje.'],
    personalization: ['Personalizacija', 'Preporuke članaka na temelju onoga što čitate.'],
  },
};

export default hr;
