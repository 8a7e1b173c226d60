import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const da: TcfTexts = {
  title: 'Annoncepartnere (IAB TCF)',
  intro:
    'Vores {n} partnere, der er registreret i IAB Europes Transparency & Consent Framework, bruger kun disse formål, som du vælger ovenfor. Du kan også afvise en partner eller gøre indsigelse mod deres legitime interesse.',
  purposes: 'Formål',
  specialPurposes: 'Særlige formål (uden samtykke: sikkerhed, levering, at huske dine valg)',
  features: 'Funktioner',
  specialFeatures: 'Særlige funktioner (med dit samtykke)',
  vendors: 'Partnere',
  coveredBy: 'Som du vælger for:',
  notUsed: 'Bruges ikke på dette website.',
  object: 'Gør indsigelse mod legitim interesse',
  consent: 'Samtykke',
  optIn: 'Tillad',
  needsPurpose: 'Tillad først et af denne partners formål.',
  legitimateInterestOnly: 'Denne partner beder ikke om samtykke, men henviser kun til sin legitime interesse.',
  details: 'Detaljer',
  consentPurposes: 'Formål (samtykke)',
  liPurposes: 'Formål (legitim interesse)',
  dataCategories: 'Anvendte data',
  retention: 'Opbevaringsperiode',
  days: { one: '{n} dag', other: '{n} dage' },
  cookies: 'Cookiernes levetid',
  cookieRefresh: 'fornyes ved hvert besøg',
  noCookies: 'Ingen cookies',
  nonCookieAccess: 'Tilgår også enheden på anden måde end med cookies',
  privacy: 'Privatlivspolitik',
  legIntClaim: 'Legitim interesse',
  atp: 'Andre Google-partnere (Additional Consent)',
  atpIntro: 'Disse udbydere er ikke registreret i TCF; de følger dit valg for formålet:',
  summary: 'Vi samarbejder med {n} annoncepartnere, der er registreret i IAB Europes TCF.',
  summaryPurposes: 'Deres formål',
  summarySpecialFeatures: 'Med dit samtykke må de også:',
  summaryLegitimateInterest:
    'Nogle henviser til deres legitime interesse: du kan gøre indsigelse under “Tilpas”, hvor du også kan vælge partner for partner.',
};

export default da;
