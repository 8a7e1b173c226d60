import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const nb: TcfTexts = {
  title: 'Annonsepartnere (IAB TCF)',
  intro:
    'Våre {n} partnere som er registrert i IAB Europes Transparency & Consent Framework, bruker disse formålene bare slik du velger ovenfor. Du kan også avvise en partner eller protestere mot deres berettigede interesse.',
  purposes: 'Formål',
  specialPurposes: 'Spesielle formål (uten samtykke: sikkerhet, levering, å huske valgene dine)',
  features: 'Funksjoner',
  specialFeatures: 'Spesielle funksjoner (med ditt samtykke)',
  vendors: 'Partnere',
  coveredBy: 'Slik du velger for:',
  notUsed: 'Brukes ikke på dette nettstedet.',
  object: 'Protester mot berettiget interesse',
  consent: 'Samtykke',
  optIn: 'Tillat',
  needsPurpose: 'Tillat først ett av denne partnerens formål.',
  legitimateInterestOnly: 'Denne partneren ber ikke om samtykke, men viser bare til sin berettigede interesse.',
  details: 'Detaljer',
  consentPurposes: 'Formål (samtykke)',
  liPurposes: 'Formål (berettiget interesse)',
  dataCategories: 'Data som brukes',
  retention: 'Lagringstid',
  days: { one: '{n} dag', other: '{n} dager' },
  cookies: 'Levetid for informasjonskapsler',
  cookieRefresh: 'fornyes ved hvert besøk',
  noCookies: 'Ingen informasjonskapsler',
  nonCookieAccess: 'Har også tilgang til enheten på andre måter enn med informasjonskapsler',
  privacy: 'Personvernerklæring',
  legIntClaim: 'Berettiget interesse',
  atp: 'Andre Google-partnere (Additional Consent)',
  atpIntro: 'Disse leverandørene er ikke registrert i TCF; de følger valget ditt for formålet:',
  summary: 'Vi samarbeider med {n} annonsepartnere som er registrert i IAB Europes TCF.',
  summaryPurposes: 'Formålene deres',
  summarySpecialFeatures: 'Med ditt samtykke kan de også:',
  summaryLegitimateInterest:
    'Noen viser til sin berettigede interesse: du kan protestere under «Tilpass», der du også kan velge partner for partner.',
};

export default nb;
