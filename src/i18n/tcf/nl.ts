import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const nl: TcfTexts = {
  title: 'Advertentiepartners (IAB TCF)',
  intro:
    'Onze {n} partners die bij het Transparency & Consent Framework van IAB Europe zijn geregistreerd, gebruiken deze doeleinden alleen zoals u hierboven kiest. U kunt ook een partner weigeren of bezwaar maken tegen hun gerechtvaardigde belang.',
  purposes: 'Doeleinden',
  specialPurposes: 'Speciale doeleinden (zonder toestemming: beveiliging, levering, onthouden van uw keuzes)',
  features: 'Functies',
  specialFeatures: 'Speciale functies (met uw toestemming)',
  vendors: 'Partners',
  coveredBy: 'Volgens uw keuze voor:',
  notUsed: 'Niet gebruikt op deze website.',
  object: 'Bezwaar maken tegen gerechtvaardigd belang',
  consent: 'Toestemming',
  optIn: 'Toestaan',
  needsPurpose: 'Sta eerst een van de doeleinden van deze partner toe.',
  legitimateInterestOnly: 'Deze partner vraagt geen toestemming, maar beroept zich alleen op zijn gerechtvaardigde belang.',
  details: 'Details',
  consentPurposes: 'Doeleinden (toestemming)',
  liPurposes: 'Doeleinden (gerechtvaardigd belang)',
  dataCategories: 'Gebruikte gegevens',
  retention: 'Bewaartermijn',
  days: { one: '{n} dag', other: '{n} dagen' },
  cookies: 'Levensduur van cookies',
  cookieRefresh: 'bij elk bezoek verlengd',
  noCookies: 'Geen cookies',
  nonCookieAccess: 'Heeft ook op andere manieren dan via cookies toegang tot het apparaat',
  privacy: 'Privacybeleid',
  legIntClaim: 'Gerechtvaardigd belang',
  atp: 'Andere partners van Google (Additional Consent)',
  atpIntro: 'Deze aanbieders zijn niet bij het TCF geregistreerd; ze volgen uw keuze voor het doel:',
  summary: 'We werken samen met {n} advertentiepartners die bij het TCF van IAB Europe zijn geregistreerd.',
  summaryPurposes: 'Hun doeleinden',
  summarySpecialFeatures: 'Met uw toestemming mogen ze ook:',
  summaryLegitimateInterest:
    'Sommige beroepen zich op hun gerechtvaardigde belang: u kunt daartegen bezwaar maken onder ‘Aanpassen’, waar u ook per partner kunt kiezen.',
};

export default nl;
