import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const bg: TcfTexts = {
  title: 'Рекламни партньори (IAB TCF)',
  intro:
    'Нашите {n} партньори, регистрирани в Transparency & Consent Framework на IAB Europe, използват тези цели само според избора ви по-горе. Можете също да откажете отделен партньор или да възразите срещу законния му интерес.',
  purposes: 'Цели',
  specialPurposes: 'Специални цели (без съгласие: сигурност, доставяне на съдържание, запомняне на избора ви)',
  features: 'Функции',
  specialFeatures: 'Специални функции (с вашето съгласие)',
  vendors: 'Партньори',
  coveredBy: 'Според избора ви за:',
  notUsed: 'Не се използва на този сайт.',
  object: 'Възразяване срещу законния интерес',
  consent: 'Съгласие',
  optIn: 'Разрешаване',
  needsPurpose: 'Първо разрешете някоя от целите на този партньор.',
  legitimateInterestOnly: 'Този партньор не иска съгласие, а се позовава само на законния си интерес.',
  details: 'Подробности',
  consentPurposes: 'Цели (съгласие)',
  liPurposes: 'Цели (законен интерес)',
  dataCategories: 'Използвани данни',
  retention: 'Срок на съхранение',
  days: { one: '{n} ден', other: '{n} дни' },
  cookies: 'Срок на бисквитките',
  cookieRefresh: 'подновява се при всяко посещение',
  noCookies: 'Без бисквитки',
  nonCookieAccess: 'Осъществява достъп до устройството и по други начини освен чрез бисквитки',
  privacy: 'Политика за поверителност',
  legIntClaim: 'Законен интерес',
  atp: 'Други партньори на Google (Additional Consent)',
  atpIntro: 'Тези доставчици не са регистрирани в TCF; те следват избора ви за целта:',
  summary: 'Работим с {n} рекламни партньори, регистрирани в TCF на IAB Europe.',
  summaryPurposes: 'Техните цели',
  summarySpecialFeatures: 'С вашето съгласие те могат също:',
  summaryLegitimateInterest:
    'Някои се позовават на законния си интерес: можете да възразите в „Персонализиране“, където можете да избирате и партньор по партньор.',
};

export default bg;
