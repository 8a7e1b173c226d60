import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const ro: TcfTexts = {
  title: 'Parteneri de publicitate (IAB TCF)',
  intro:
    'Cei {n} parteneri ai noștri înregistrați în Transparency & Consent Framework al IAB Europe folosesc aceste scopuri numai conform opțiunilor dumneavoastră de mai sus. Puteți, de asemenea, să refuzați un partener sau să vă opuneți interesului său legitim.',
  purposes: 'Scopuri',
  specialPurposes: 'Scopuri speciale (fără consimțământ: securitate, livrarea conținutului, reținerea opțiunilor dumneavoastră)',
  features: 'Funcții',
  specialFeatures: 'Funcții speciale (cu consimțământul dumneavoastră)',
  vendors: 'Parteneri',
  coveredBy: 'Conform opțiunii dumneavoastră pentru:',
  notUsed: 'Nu este folosit pe acest site.',
  object: 'Mă opun interesului legitim',
  consent: 'Consimțământ',
  optIn: 'Permite',
  needsPurpose: 'Permiteți mai întâi unul dintre scopurile acestui partener.',
  legitimateInterestOnly: 'Acest partener nu cere consimțământul: invocă doar interesul său legitim.',
  details: 'Detalii',
  consentPurposes: 'Scopuri (consimțământ)',
  liPurposes: 'Scopuri (interes legitim)',
  dataCategories: 'Date utilizate',
  retention: 'Durata de păstrare',
  days: { one: '{n} zi', few: '{n} zile', other: '{n} de zile' },
  cookies: 'Durata de viață a cookie-urilor',
  cookieRefresh: 'reînnoită la fiecare vizită',
  noCookies: 'Fără cookie-uri',
  nonCookieAccess: 'Accesează dispozitivul și prin alte mijloace decât cookie-urile',
  privacy: 'Politica de confidențialitate',
  legIntClaim: 'Interes legitim',
  atp: 'Alți parteneri Google (Additional Consent)',
  atpIntro: 'Acești furnizori nu sunt înregistrați în TCF; ei respectă opțiunea dumneavoastră pentru scopul:',
  summary: 'Colaborăm cu {n} parteneri de publicitate înregistrați în TCF al IAB Europe.',
  summaryPurposes: 'Scopurile lor',
  summarySpecialFeatures: 'Cu consimțământul dumneavoastră, ei pot și:',
  summaryLegitimateInterest:
    'Unii invocă interesul lor legitim: vă puteți opune în „Personalizează”, unde puteți alege și partener cu partener.',
};

export default ro;
