import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const ga: TcfTexts = {
  title: 'Comhpháirtithe fógraíochta (IAB TCF)',
  intro:
    'Ní úsáideann ár {n} comhpháirtí atá cláraithe le Transparency & Consent Framework IAB Europe na cuspóirí seo ach de réir na roghanna a rinne tú thuas. Is féidir leat diúltú do chomhpháirtí freisin, nó agóid a dhéanamh i gcoinne a leasa dhlisteanaigh.',
  purposes: 'Cuspóirí',
  specialPurposes: 'Cuspóirí speisialta (gan toiliú: slándáil, seachadadh, do roghanna a mheabhrú)',
  features: 'Gnéithe',
  specialFeatures: 'Gnéithe speisialta (le do thoiliú)',
  vendors: 'Comhpháirtithe',
  coveredBy: 'De réir do rogha do:',
  notUsed: 'Ní úsáidtear ar an suíomh seo é.',
  object: 'Déan agóid i gcoinne an leasa dhlisteanaigh',
  consent: 'Toiliú',
  optIn: 'Ceadaigh',
  needsPurpose: 'Ceadaigh ceann de chuspóirí an chomhpháirtí seo ar dtús.',
  legitimateInterestOnly: 'Ní iarrann an comhpháirtí seo toiliú: braitheann sé ar a leas dlisteanach amháin.',
  details: 'Sonraí breise',
  consentPurposes: 'Cuspóirí (toiliú)',
  liPurposes: 'Cuspóirí (leas dlisteanach)',
  dataCategories: 'Sonraí a úsáidtear',
  retention: 'Tréimhse choinneála',
  days: { other: '{n} lá' },
  cookies: 'Saolré na bhfianán',
  cookieRefresh: 'athnuaite ar gach cuairt',
  noCookies: 'Gan fianáin',
  nonCookieAccess: 'Faigheann sé rochtain ar an ngléas ar bhealaí eile seachas fianáin freisin',
  privacy: 'Beartas príobháideachais',
  legIntClaim: 'Leas dlisteanach',
  atp: 'Comhpháirtithe eile de chuid Google (Additional Consent)',
  atpIntro: 'Níl na soláthraithe seo cláraithe leis an TCF; leanann siad do rogha don chuspóir:',
  summary: 'Oibrímid le {n} comhpháirtí fógraíochta atá cláraithe le TCF IAB Europe.',
  summaryPurposes: 'A gcuspóirí',
  summarySpecialFeatures: 'Le do thoiliú, is féidir leo freisin:',
  summaryLegitimateInterest:
    'Braitheann cuid acu ar a leas dlisteanach: is féidir leat agóid a dhéanamh faoi “Saincheap”, áit ar féidir leat comhpháirtí ar chomhpháirtí a roghnú freisin.',
};

export default ga;
