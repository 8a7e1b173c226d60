import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const et: TcfTexts = {
  title: 'Reklaamipartnerid (IAB TCF)',
  intro:
    'Meie {n} partnerit, kes on registreeritud IAB Europe’i raamistikus Transparency & Consent Framework, kasutavad neid eesmärke ainult vastavalt teie ülaltoodud valikutele. Võite ka mõnest partnerist keelduda või esitada vastuväite tema õigustatud huvile.',
  purposes: 'Eesmärgid',
  specialPurposes: 'Erieesmärgid (nõusolekuta: turvalisus, sisu edastamine, teie valikute meelespidamine)',
  features: 'Funktsioonid',
  specialFeatures: 'Erifunktsioonid (teie nõusolekul)',
  vendors: 'Partnerid',
  coveredBy: 'Vastavalt teie valikule:',
  notUsed: 'Sellel saidil ei kasutata.',
  object: 'Esita vastuväide õigustatud huvile',
  consent: 'Nõusolek',
  optIn: 'Luba',
  needsPurpose: 'Lubage esmalt üks selle partneri eesmärkidest.',
  legitimateInterestOnly: 'See partner ei küsi nõusolekut, vaid tugineb ainult oma õigustatud huvile.',
  details: 'Üksikasjad',
  consentPurposes: 'Eesmärgid (nõusolek)',
  liPurposes: 'Eesmärgid (õigustatud huvi)',
  dataCategories: 'Kasutatavad andmed',
  retention: 'Säilitamisaeg',
  days: { one: '{n} päev', other: '{n} päeva' },
  cookies: 'Küpsiste eluiga',
  cookieRefresh: 'pikeneb iga külastusega',
  noCookies: 'Küpsiseid pole',
  nonCookieAccess: 'Pääseb seadmele juurde ka muul viisil kui küpsiste abil',
  privacy: 'Privaatsuspoliitika',
  legIntClaim: 'Õigustatud huvi',
  atp: 'Teised Google’i partnerid (Additional Consent)',
  atpIntro: 'Need teenusepakkujad ei ole TCF-is registreeritud; nad järgivad teie valikut eesmärgi puhul:',
  summary: 'Teeme koostööd {n} reklaamipartneriga, kes on registreeritud IAB Europe’i TCF-is.',
  summaryPurposes: 'Nende eesmärgid',
  summarySpecialFeatures: 'Teie nõusolekul võivad nad ka:',
  summaryLegitimateInterest:
    'Mõned tuginevad oma õigustatud huvile: saate esitada vastuväite jaotises „Kohanda“, kus saate valida ka iga partneri eraldi.',
};

export default et;
