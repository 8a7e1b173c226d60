import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const pl: TcfTexts = {
  title: 'Partnerzy reklamowi (IAB TCF)',
  intro:
    'Nasi partnerzy ({n}) zarejestrowani w Transparency & Consent Framework IAB Europe korzystają z tych celów wyłącznie zgodnie z Twoimi wyborami powyżej. Możesz też odrzucić wybranego partnera lub sprzeciwić się jego prawnie uzasadnionemu interesowi.',
  purposes: 'Cele',
  specialPurposes: 'Cele specjalne (bez zgody: bezpieczeństwo, dostarczanie treści, zapamiętanie Twoich wyborów)',
  features: 'Funkcje',
  specialFeatures: 'Funkcje specjalne (za Twoją zgodą)',
  vendors: 'Partnerzy',
  coveredBy: 'Zgodnie z Twoim wyborem dla:',
  notUsed: 'Nieużywane w tym serwisie.',
  object: 'Sprzeciw wobec prawnie uzasadnionego interesu',
  consent: 'Zgoda',
  optIn: 'Zezwól',
  needsPurpose: 'Najpierw zezwól na jeden z celów tego partnera.',
  legitimateInterestOnly: 'Ten partner nie prosi o zgodę: powołuje się wyłącznie na swój prawnie uzasadniony interes.',
  details: 'Szczegóły',
  consentPurposes: 'Cele (zgoda)',
  liPurposes: 'Cele (prawnie uzasadniony interes)',
  dataCategories: 'Wykorzystywane dane',
  retention: 'Okres przechowywania',
  days: { one: '{n} dzień', few: '{n} dni', many: '{n} dni', other: '{n} dnia' },
  cookies: 'Okres ważności plików cookie',
  cookieRefresh: 'odnawiany przy każdej wizycie',
  noCookies: 'Brak plików cookie',
  nonCookieAccess: 'Uzyskuje dostęp do urządzenia także w inny sposób niż przez pliki cookie',
  privacy: 'Polityka prywatności',
  legIntClaim: 'Prawnie uzasadniony interes',
  atp: 'Inni partnerzy Google (Additional Consent)',
  atpIntro: 'Ci dostawcy nie są zarejestrowani w TCF; stosują się do Twojego wyboru dla celu:',
  summary: 'Współpracujemy z partnerami reklamowymi ({n}) zarejestrowanymi w TCF IAB Europe.',
  summaryPurposes: 'Ich cele',
  summarySpecialFeatures: 'Za Twoją zgodą mogą również:',
  summaryLegitimateInterest:
    'Niektórzy powołują się na prawnie uzasadniony interes: możesz się mu sprzeciwić w sekcji „Dostosuj”, gdzie możesz też wybrać każdego partnera osobno.',
};

export default pl;
