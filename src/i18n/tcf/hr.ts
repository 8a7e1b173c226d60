import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const hr: TcfTexts = {
  title: 'Oglašivački partneri (IAB TCF)',
  intro:
    'Naši partneri ({n}) registrirani u okviru Transparency & Consent Frameworka udruženja IAB Europe upotrebljavaju ove svrhe samo u skladu s vašim odabirima iznad. Možete i odbiti pojedinog partnera ili uložiti prigovor na njegov legitimni interes.',
  purposes: 'Svrhe',
  specialPurposes: 'Posebne svrhe (bez privole: sigurnost, isporuka sadržaja, pamćenje vaših odabira)',
  features: 'Značajke',
  specialFeatures: 'Posebne značajke (uz vašu privolu)',
  vendors: 'Partneri',
  coveredBy: 'Prema vašem odabiru za:',
  notUsed: 'Ne upotrebljava se na ovim stranicama.',
  object: 'Uloži prigovor na legitimni interes',
  consent: 'Privola',
  optIn: 'Dopusti',
  needsPurpose: 'Najprije dopustite jednu od svrha ovog partnera.',
  legitimateInterestOnly: 'Ovaj partner ne traži privolu, poziva se samo na svoj legitimni interes.',
  details: 'Pojedinosti',
  consentPurposes: 'Svrhe (privola)',
  liPurposes: 'Svrhe (legitimni interes)',
  dataCategories: 'Podaci koji se koriste',
  retention: 'Razdoblje čuvanja',
  days: { one: '{n} dan', few: '{n} dana', other: '{n} dana' },
  cookies: 'Trajanje kolačića',
  cookieRefresh: 'produljuje se pri svakom posjetu',
  noCookies: 'Bez kolačića',
  nonCookieAccess: 'Pristupa uređaju i na druge načine osim kolačićima',
  privacy: 'Pravila privatnosti',
  legIntClaim: 'Legitimni interes',
  atp: 'Ostali Googleovi partneri (Additional Consent)',
  atpIntro: 'Ovi pružatelji nisu registrirani u TCF-u; slijede vaš odabir za svrhu:',
  summary: 'Surađujemo s oglašivačkim partnerima ({n}) registriranima u TCF-u udruženja IAB Europe.',
  summaryPurposes: 'Njihove svrhe',
  summarySpecialFeatures: 'Uz vašu privolu mogu i:',
  summaryLegitimateInterest:
    'Neki se pozivaju na legitimni interes: prigovor možete uložiti u odjeljku „Prilagodi”, gdje možete birati i partnera po partnera.',
};

export default hr;
