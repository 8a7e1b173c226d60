import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const lv: TcfTexts = {
  title: 'Reklāmas partneri (IAB TCF)',
  intro:
    'Mūsu {n} partneri, kas reģistrēti IAB Europe Transparency & Consent Framework, izmanto šos nolūkus tikai atbilstoši jūsu izvēlei iepriekš. Varat arī noraidīt kādu partneri vai iebilst pret tā leģitīmajām interesēm.',
  purposes: 'Nolūki',
  specialPurposes: 'Īpašie nolūki (bez piekrišanas: drošība, satura piegāde, jūsu izvēles atcerēšanās)',
  features: 'Funkcijas',
  specialFeatures: 'Īpašās funkcijas (ar jūsu piekrišanu)',
  vendors: 'Partneri',
  coveredBy: 'Atbilstoši jūsu izvēlei:',
  notUsed: 'Šajā vietnē netiek izmantots.',
  object: 'Iebilst pret leģitīmajām interesēm',
  consent: 'Piekrišana',
  optIn: 'Atļaut',
  needsPurpose: 'Vispirms atļaujiet kādu no šī partnera nolūkiem.',
  legitimateInterestOnly: 'Šis partneris neprasa piekrišanu, bet atsaucas tikai uz savām leģitīmajām interesēm.',
  details: 'Sīkāk',
  consentPurposes: 'Nolūki (piekrišana)',
  liPurposes: 'Nolūki (leģitīmās intereses)',
  dataCategories: 'Izmantotie dati',
  retention: 'Glabāšanas laiks',
  days: { zero: '{n} dienu', one: '{n} diena', other: '{n} dienas' },
  cookies: 'Sīkdatņu derīguma laiks',
  cookieRefresh: 'atjaunots katrā apmeklējumā',
  noCookies: 'Nav sīkdatņu',
  nonCookieAccess: 'Piekļūst ierīcei arī citādi, ne tikai ar sīkdatnēm',
  privacy: 'Privātuma politika',
  legIntClaim: 'Leģitīmās intereses',
  atp: 'Citi Google partneri (Additional Consent)',
  atpIntro: 'Šie pakalpojumu sniedzēji nav reģistrēti TCF; tie ievēro jūsu izvēli šim nolūkam:',
  summary: 'Mēs sadarbojamies ar {n} reklāmas partneriem, kas reģistrēti IAB Europe TCF.',
  summaryPurposes: 'Viņu nolūki',
  summarySpecialFeatures: 'Ar jūsu piekrišanu tie var arī:',
  summaryLegitimateInterest:
    'Daži atsaucas uz savām leģitīmajām interesēm: varat iebilst sadaļā “Pielāgot”, kur varat arī izvēlēties katru partneri atsevišķi.',
};

export default lv;
