import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const sk: TcfTexts = {
  title: 'Reklamní partneri (IAB TCF)',
  intro:
    'Naši partneri ({n}) registrovaní v rámci Transparency & Consent Framework združenia IAB Europe používajú tieto účely len podľa vašich volieb vyššie. Môžete tiež odmietnuť jednotlivého partnera alebo namietať proti jeho oprávnenému záujmu.',
  purposes: 'Účely',
  specialPurposes: 'Osobitné účely (bez súhlasu: zabezpečenie, doručovanie obsahu, zapamätanie vašich volieb)',
  features: 'Funkcie',
  specialFeatures: 'Osobitné funkcie (s vaším súhlasom)',
  vendors: 'Partneri',
  coveredBy: 'Podľa vašej voľby pre:',
  notUsed: 'Na tejto stránke sa nepoužíva.',
  object: 'Namietať proti oprávnenému záujmu',
  consent: 'Súhlas',
  optIn: 'Povoliť',
  needsPurpose: 'Najprv povoľte niektorý z účelov tohto partnera.',
  legitimateInterestOnly: 'Tento partner nežiada súhlas, odvoláva sa len na svoj oprávnený záujem.',
  details: 'Podrobnosti',
  consentPurposes: 'Účely (súhlas)',
  liPurposes: 'Účely (oprávnený záujem)',
  dataCategories: 'Používané údaje',
  retention: 'Doba uchovávania',
  days: { one: '{n} deň', few: '{n} dni', many: '{n} dňa', other: '{n} dní' },
  cookies: 'Platnosť súborov cookie',
  cookieRefresh: 'obnovuje sa pri každej návšteve',
  noCookies: 'Žiadne súbory cookie',
  nonCookieAccess: 'Pristupuje k zariadeniu aj inak než pomocou súborov cookie',
  privacy: 'Zásady ochrany súkromia',
  legIntClaim: 'Oprávnený záujem',
  atp: 'Ďalší partneri Googlu (Additional Consent)',
  atpIntro: 'Títo poskytovatelia nie sú registrovaní v TCF; riadia sa vašou voľbou pre účel:',
  summary: 'Spolupracujeme s reklamnými partnermi ({n}) registrovanými v TCF združenia IAB Europe.',
  summaryPurposes: 'Ich účely',
  summarySpecialFeatures: 'S vaším súhlasom môžu tiež:',
  summaryLegitimateInterest:
    'Niektorí sa odvolávajú na oprávnený záujem: namietať môžete v časti „Prispôsobiť“, kde môžete tiež voliť partnera po partnerovi.',
};

export default sk;
