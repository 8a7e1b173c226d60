import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const sl: TcfTexts = {
  title: 'Oglaševalski partnerji (IAB TCF)',
  intro:
    'Naši partnerji ({n}), registrirani v okviru Transparency & Consent Framework združenja IAB Europe, te namene uporabljajo le v skladu z vašimi izbirami zgoraj. Lahko tudi zavrnete posameznega partnerja ali ugovarjate njegovemu zakonitemu interesu.',
  purposes: 'Nameni',
  specialPurposes: 'Posebni nameni (brez privolitve: varnost, dostava vsebin, pomnjenje vaših izbir)',
  features: 'Funkcije',
  specialFeatures: 'Posebne funkcije (z vašo privolitvijo)',
  vendors: 'Partnerji',
  coveredBy: 'V skladu z vašo izbiro za:',
  notUsed: 'Na tem spletnem mestu se ne uporablja.',
  object: 'Ugovarjaj zakonitemu interesu',
  consent: 'Privolitev',
  optIn: 'Dovoli',
  needsPurpose: 'Najprej dovolite enega od namenov tega partnerja.',
  legitimateInterestOnly: 'Ta partner ne zahteva privolitve, sklicuje se le na svoj zakoniti interes.',
  details: 'Podrobnosti',
  consentPurposes: 'Nameni (privolitev)',
  liPurposes: 'Nameni (zakoniti interes)',
  dataCategories: 'Uporabljeni podatki',
  retention: 'Čas hrambe',
  days: { one: '{n} dan', two: '{n} dneva', few: '{n} dnevi', other: '{n} dni' },
  cookies: 'Življenjska doba piškotkov',
  cookieRefresh: 'podaljša se ob vsakem obisku',
  noCookies: 'Brez piškotkov',
  nonCookieAccess: 'Do naprave dostopa tudi drugače kot s piškotki',
  privacy: 'Politika zasebnosti',
  legIntClaim: 'Zakoniti interes',
  atp: 'Drugi Googlovi partnerji (Additional Consent)',
  atpIntro: 'Ti ponudniki niso registrirani v TCF; upoštevajo vašo izbiro za namen:',
  summary: 'Sodelujemo z oglaševalskimi partnerji ({n}), registriranimi v TCF združenja IAB Europe.',
  summaryPurposes: 'Njihovi nameni',
  summarySpecialFeatures: 'Z vašo privolitvijo lahko tudi:',
  summaryLegitimateInterest:
    'Nekateri se sklicujejo na zakoniti interes: ugovarjate lahko v razdelku »Prilagodi«, kjer lahko izberete tudi vsakega partnerja posebej.',
};

export default sl;
