import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const mt: TcfTexts = {
  title: 'Sħab tar-reklamar (IAB TCF)',
  intro:
    'Is-sħab tagħna ({n}) irreġistrati fit-Transparency & Consent Framework ta’ IAB Europe jużaw dawn l-iskopijiet biss skont l-għażliet tiegħek hawn fuq. Tista’ wkoll tirrifjuta sieħeb, jew toġġezzjona għall-interess leġittimu tiegħu.',
  purposes: 'Skopijiet',
  specialPurposes: 'Skopijiet speċjali (mingħajr kunsens: sigurtà, twassil, niftakru l-għażliet tiegħek)',
  features: 'Karatteristiċi',
  specialFeatures: 'Karatteristiċi speċjali (bil-kunsens tiegħek)',
  vendors: 'Sħab',
  coveredBy: 'Skont l-għażla tiegħek għal:',
  notUsed: 'Mhux użat f’dan is-sit.',
  object: 'Oġġezzjona għall-interess leġittimu',
  consent: 'Kunsens',
  optIn: 'Ippermetti',
  needsPurpose: 'L-ewwel ippermetti wieħed mill-iskopijiet ta’ dan is-sieħeb.',
  legitimateInterestOnly: 'Dan is-sieħeb ma jitlobx kunsens: jistrieħ biss fuq l-interess leġittimu tiegħu.',
  details: 'Dettalji',
  consentPurposes: 'Skopijiet (kunsens)',
  liPurposes: 'Skopijiet (interess leġittimu)',
  dataCategories: 'Data użata',
  retention: 'Perjodu taż-żamma',
  days: { one: '{n} jum', two: '{n} ijiem', few: '{n} ijiem', many: '{n}-il jum', other: '{n} jum' },
  cookies: 'Tul ta’ żmien tal-cookies',
  cookieRefresh: 'iġġedded f’kull żjara',
  noCookies: 'L-ebda cookie',
  nonCookieAccess: 'Jaċċessa l-apparat ukoll b’mezzi oħra minbarra l-cookies',
  privacy: 'Politika tal-privatezza',
  legIntClaim: 'Interess leġittimu',
  atp: 'Sħab oħra ta’ Google (Additional Consent)',
  atpIntro: 'Dawn il-fornituri mhumiex irreġistrati fit-TCF; isegwu l-għażla tiegħek għall-iskop:',
  summary: 'Naħdmu ma’ sħab tar-reklamar ({n}) irreġistrati fit-TCF ta’ IAB Europe.',
  summaryPurposes: 'L-iskopijiet tagħhom',
  summarySpecialFeatures: 'Bil-kunsens tiegħek, jistgħu wkoll:',
  summaryLegitimateInterest:
    'Xi wħud jistrieħu fuq l-interess leġittimu tagħhom: tista’ toġġezzjona taħt “Ippersonalizza”, fejn tista’ wkoll tagħżel sieħeb b’sieħeb.',
};

export default mt;
