import type { LanguagePack } from '../pack.js';

const cs: LanguagePack = {
  core: {
    manage: 'Nastavení cookies',
    blocked: '{name}: zablokovaný obsah',
    placeholder: '{name} používá sledovací nástroje ({purpose}): tento obsah se zobrazí jen s vaším souhlasem.',
    unavailable: 'Panel souhlasu se nepodařilo zobrazit. Bez vašeho souhlasu není nic zapnuto.',
    rejectAll: 'Odmítnout vše',
    acceptAll: 'Přijmout vše',
    allow: 'Povolit a zobrazit',
  },
  panel: {
    title: 'Správa vašeho souhlasu',
    intro:
      'S vaším souhlasem používáme my i naši partneři cookies k měření návštěvnosti a k zobrazování reklam a obsahu sociálních sítí. Můžete odmítnout a přesto číst dál. Své rozhodnutí můžete kdykoli změnit.',
    privacy: 'Zásady ochrany osobních údajů',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    customize: 'Přizpůsobit',
    preferencesTitle: 'Vaše volby podle účelů',
    preferencesIntro: 'Bez vašeho souhlasu není nic zapnuto.',
    save: 'Uložit moje volby',
    close: 'Zavřít',
    required: 'Vždy aktivní',
    vendors: 'Partneři',
    partial: 'Zapnuto pro některé partnery',
    exempt: 'Nevyžaduje souhlas (anonymní statistiky): můžete vznést námitku vypnutím.',
    vendorPrivacy: 'Ochrana soukromí',
    saved: 'Vaše volby byly uloženy.',
    retention: 'Doba uložení:',
    gpc: 'Váš prohlížeč žádá, abyste nebyli sledováni (Global Privacy Control): reklama zůstává odmítnuta, pokud ji sami nezapnete.',
  },
  purposes: {
    necessary: ['Nezbytné', 'Zapamatování vašich voleb, přihlášení, zabezpečení.'],
    analytics: ['Měření návštěvnosti', 'Počítání návštěv a přečtených článků.'],
    ads: ['Reklama', 'Zobrazování reklam a měření jejich účinnosti.'],
    social: ['Sociální sítě a videa', 'Zobrazování vložených příspěvků a videí, která používají vlastní sledovací nástroje.'],
    personalization: ['Personalizace', 'Doporučování článků podle toho, co čtete.'],
  },
};

export default cs;
