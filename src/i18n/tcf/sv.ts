import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const sv: TcfTexts = {
  title: 'Annonspartner (IAB TCF)',
  intro:
    'Våra {n} partner som är registrerade i IAB Europes Transparency & Consent Framework använder dessa ändamål bara enligt dina val ovan. Du kan också avvisa en partner eller invända mot deras berättigade intresse.',
  purposes: 'Ändamål',
  specialPurposes: 'Särskilda ändamål (utan samtycke: säkerhet, leverans, att komma ihåg dina val)',
  features: 'Funktioner',
  specialFeatures: 'Särskilda funktioner (med ditt samtycke)',
  vendors: 'Partner',
  coveredBy: 'Enligt ditt val för:',
  notUsed: 'Används inte på den här webbplatsen.',
  object: 'Invänd mot berättigat intresse',
  consent: 'Samtycke',
  optIn: 'Tillåt',
  needsPurpose: 'Tillåt först ett av den här partnerns ändamål.',
  legitimateInterestOnly: 'Den här partnern ber inte om samtycke utan åberopar bara sitt berättigade intresse.',
  details: 'Detaljer',
  consentPurposes: 'Ändamål (samtycke)',
  liPurposes: 'Ändamål (berättigat intresse)',
  dataCategories: 'Uppgifter som används',
  retention: 'Lagringstid',
  days: { one: '{n} dag', other: '{n} dagar' },
  cookies: 'Cookiernas livslängd',
  cookieRefresh: 'förnyas vid varje besök',
  noCookies: 'Inga cookies',
  nonCookieAccess: 'Har även åtkomst till enheten på andra sätt än med cookies',
  privacy: 'Integritetspolicy',
  legIntClaim: 'Berättigat intresse',
  atp: 'Andra Google-partner (Additional Consent)',
  atpIntro: 'Dessa leverantörer är inte registrerade i TCF; de följer ditt val för ändamålet:',
  summary: 'Vi samarbetar med {n} annonspartner som är registrerade i IAB Europes TCF.',
  summaryPurposes: 'Deras ändamål',
  summarySpecialFeatures: 'Med ditt samtycke får de också:',
  summaryLegitimateInterest:
    'Vissa stöder sig på sitt berättigade intresse: du kan invända under ”Anpassa”, där du också kan välja partner för partner.',
};

export default sv;
