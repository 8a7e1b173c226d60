import type { LanguagePack } from '../pack.js';

const ro: LanguagePack = {
  core: {
    manage: 'Setări cookie-uri',
    blocked: '{name}: conținut blocat',
    placeholder: '{name} folosește instrumente de urmărire ({purpose}): acest conținut se afișează numai cu acordul dumneavoastră.',
    unavailable: 'Panoul de consimțământ nu a putut fi afișat. Fără acordul dumneavoastră, nimic nu este activat.',
    rejectAll: 'Respinge tot',
    acceptAll: 'Acceptă tot',
    allow: 'Permite și afișează',
  },
  panel: {
    title: 'Gestionarea consimțământului',
    intro:
      'Cu acordul dumneavoastră, noi și partenerii noștri folosim cookie-uri pentru a măsura audiența și pentru a afișa publicitate și conținut din rețelele sociale. Puteți refuza și continua totuși să citiți, iar decizia o puteți schimba oricând.',
    privacy: 'Politica de confidențialitate',
    acceptAll: 'Acceptă tot',
    rejectAll: 'Respinge tot',
    customize: 'Personalizează',
    preferencesTitle: 'Opțiunile dumneavoastră, pe scopuri',
    preferencesIntro: 'Nimic nu este activat fără acordul dumneavoastră.',
    save: 'Salvează opțiunile',
    close: 'Închide',
    required: 'Întotdeauna activ',
    vendors: 'Parteneri',
    partial: 'Activat pentru unii parteneri',
    exempt: 'Nu necesită consimțământ (statistici anonime): vă puteți opune dezactivând-o.',
    vendorPrivacy: 'Confidențialitate',
    saved: 'Opțiunile dumneavoastră au fost salvate.',
    retention: 'Durata de păstrare:',
    gpc: 'Browserul dumneavoastră cere să nu fiți urmărit (Global Privacy Control): publicitatea rămâne refuzată, cu excepția cazului în care o activați.',
  },
  purposes: {
    necessary: ['Necesare', 'Reținerea opțiunilor dumneavoastră, autentificarea, securitatea.'],
    analytics: ['Măsurarea audienței', 'Numărarea vizitelor și a articolelor citite.'],
    ads: ['Publicitate', 'Afișarea reclamelor și măsurarea eficienței lor.'],
    social: [
      'Rețele sociale și videoclipuri',
      'Afișarea postărilor și videoclipurilor încorporate, care folosesc propriile instrumente de urmărire.',
    ],
    personalization: ['Personalizare', 'Recomandarea de articole pe baza a ceea ce citiți.'],
  },
};

export default ro;
