import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const lt: TcfTexts = {
  title: 'Reklamos partneriai (IAB TCF)',
  intro:
    'Mūsų {n} partneriai, užsiregistravę „IAB Europe“ Transparency & Consent Framework, šiuos tikslus naudoja tik pagal jūsų pasirinkimus aukščiau. Taip pat galite atmesti partnerį arba nesutikti su jo teisėtu interesu.',
  purposes: 'Tikslai',
  specialPurposes: 'Specialieji tikslai (be sutikimo: saugumas, turinio pateikimas, jūsų pasirinkimų įsiminimas)',
  features: 'Funkcijos',
  specialFeatures: 'Specialiosios funkcijos (gavus jūsų sutikimą)',
  vendors: 'Partneriai',
  coveredBy: 'Pagal jūsų pasirinkimą:',
  notUsed: 'Šioje svetainėje nenaudojama.',
  object: 'Nesutikti su teisėtu interesu',
  consent: 'Sutikimas',
  optIn: 'Leisti',
  needsPurpose: 'Pirmiausia leiskite bent vieną šio partnerio tikslą.',
  legitimateInterestOnly: 'Šis partneris sutikimo neprašo: remiasi tik savo teisėtu interesu.',
  details: 'Išsami informacija',
  consentPurposes: 'Tikslai (sutikimas)',
  liPurposes: 'Tikslai (teisėtas interesas)',
  dataCategories: 'Naudojami duomenys',
  retention: 'Saugojimo laikas',
  days: { one: '{n} diena', few: '{n} dienos', many: '{n} dienos', other: '{n} dienų' },
  cookies: 'Slapukų galiojimo laikas',
  cookieRefresh: 'pratęsiamas per kiekvieną apsilankymą',
  noCookies: 'Slapukų nėra',
  nonCookieAccess: 'Prie įrenginio prieina ir kitais būdais, ne tik slapukais',
  privacy: 'Privatumo politika',
  legIntClaim: 'Teisėtas interesas',
  atp: 'Kiti „Google“ partneriai (Additional Consent)',
  atpIntro: 'Šie paslaugų teikėjai nėra užsiregistravę TCF; jie laikosi jūsų pasirinkimo šiam tikslui:',
  summary: 'Bendradarbiaujame su {n} reklamos partneriais, užsiregistravusiais „IAB Europe“ TCF.',
  summaryPurposes: 'Jų tikslai',
  summarySpecialFeatures: 'Gavę jūsų sutikimą, jie taip pat gali:',
  summaryLegitimateInterest:
    'Kai kurie remiasi teisėtu interesu: galite nesutikti skiltyje „Tinkinti“, kur taip pat galite rinktis kiekvieną partnerį atskirai.',
};

export default lt;
