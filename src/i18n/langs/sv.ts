import type { LanguagePack } from '../pack.js';

const sv: LanguagePack = {
  core: {
    manage: 'Hantera cookies',
    blocked: '{name}: blockerat innehåll',
    placeholder: '{name} använder spårare ({purpose}): innehållet visas bara med ditt samtycke.',
    unavailable: 'Samtyckespanelen kunde inte visas. Utan ditt samtycke aktiveras ingenting.',
    rejectAll: 'Avvisa alla',
    acceptAll: 'Godkänn alla',
    allow: 'Tillåt och visa',
  },
  panel: {
    title: 'Hantera ditt samtycke',
    intro:
      'Med ditt samtycke använder vi och våra partner cookies för att mäta vår publik och visa annonser och innehåll från sociala medier. Du kan avvisa och ändå läsa vidare, och ändra dig när som helst.',
    privacy: 'Integritetspolicy',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    customize: 'Anpassa',
    preferencesTitle: 'Dina val, ändamål för ändamål',
    preferencesIntro: 'Ingenting aktiveras utan ditt samtycke.',
    save: 'Spara mina val',
    close: 'Stäng',
    required: 'Alltid aktiv',
    vendors: 'Partner',
    partial: 'På för vissa partner',
    exempt: 'Kräver inget samtycke (anonym statistik): du kan invända genom att stänga av den.',
    vendorPrivacy: 'Integritet',
    saved: 'Dina val har sparats.',
    retention: 'Lagringstid:',
    gpc: 'Din webbläsare ber om att du inte ska spåras (Global Privacy Control): annonser förblir avvisade om du inte själv aktiverar dem.',
  },
  purposes: {
    necessary: ['Nödvändiga', 'Komma ihåg dina val, inloggning, säkerhet.'],
    analytics: ['Publikmätning', 'Räkna besök och lästa artiklar.'],
    ads: ['Annonser', 'Visa annonser och mäta deras resultat.'],
    social: ['Sociala medier och videor', 'Visa inbäddade inlägg och videor, som använder egna spårare.'],
    personalization: ['Anpassning', 'Rekommendera artiklar utifrån vad du läser.'],
  },
};

export default sv;
