import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const de: TcfTexts = {
  title: 'Werbepartner (IAB TCF)',
  intro:
    'Unsere {n} Partner, die beim Transparency & Consent Framework von IAB Europe registriert sind, nutzen diese Zwecke nur gemäß Ihrer Auswahl oben. Sie können auch einzelne Partner ablehnen oder ihrem berechtigten Interesse widersprechen.',
  purposes: 'Zwecke',
  specialPurposes: 'Besondere Zwecke (ohne Einwilligung: Sicherheit, Auslieferung, Speicherung Ihrer Auswahl)',
  features: 'Funktionen',
  specialFeatures: 'Besondere Funktionen (mit Ihrer Einwilligung)',
  vendors: 'Partner',
  coveredBy: 'Gemäß Ihrer Auswahl für:',
  notUsed: 'Auf dieser Website nicht genutzt.',
  object: 'Dem berechtigten Interesse widersprechen',
  consent: 'Einwilligung',
  optIn: 'Zulassen',
  needsPurpose: 'Lassen Sie zuerst einen der Zwecke dieses Partners zu.',
  legitimateInterestOnly: 'Dieser Partner verlangt keine Einwilligung, sondern beruft sich nur auf sein berechtigtes Interesse.',
  details: 'Details',
  consentPurposes: 'Zwecke (Einwilligung)',
  liPurposes: 'Zwecke (berechtigtes Interesse)',
  dataCategories: 'Verwendete Daten',
  retention: 'Speicherdauer',
  days: { one: '{n} Tag', other: '{n} Tage' },
  cookies: 'Lebensdauer der Cookies',
  cookieRefresh: 'bei jedem Besuch verlängert',
  noCookies: 'Keine Cookies',
  nonCookieAccess: 'Greift auch auf anderem Weg als über Cookies auf das Gerät zu',
  privacy: 'Datenschutzerklärung',
  legIntClaim: 'Berechtigtes Interesse',
  atp: 'Weitere Partner von Google (Additional Consent)',
  atpIntro: 'Diese Anbieter sind nicht beim TCF registriert; sie folgen Ihrer Auswahl für den Zweck:',
  summary: 'Wir arbeiten mit {n} Werbepartnern zusammen, die beim TCF von IAB Europe registriert sind.',
  summaryPurposes: 'Ihre Zwecke',
  summarySpecialFeatures: 'Mit Ihrer Einwilligung dürfen sie außerdem:',
  summaryLegitimateInterest:
    'Einige berufen sich auf ihr berechtigtes Interesse: Sie können unter „Anpassen“ widersprechen und dort auch jeden Partner einzeln wählen.',
};

export default de;
