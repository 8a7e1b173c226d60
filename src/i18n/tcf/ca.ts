import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const ca: TcfTexts = {
  title: 'Socis publicitaris (IAB TCF)',
  intro:
    'Els nostres {n} socis registrats al Transparency & Consent Framework d’IAB Europe només fan servir aquestes finalitats segons les vostres opcions de més amunt. També podeu rebutjar un soci o oposar-vos al seu interès legítim.',
  purposes: 'Finalitats',
  specialPurposes: 'Finalitats especials (sense consentiment: seguretat, lliurament, memòria de les vostres opcions)',
  features: 'Funcions',
  specialFeatures: 'Funcions especials (amb el vostre consentiment)',
  vendors: 'Socis',
  coveredBy: 'Segons la vostra opció per a:',
  notUsed: 'No s’utilitza en aquest lloc.',
  object: 'Oposa’t a l’interès legítim',
  consent: 'Consentiment',
  optIn: 'Permet',
  needsPurpose: 'Permeteu primer una de les finalitats d’aquest soci.',
  legitimateInterestOnly: 'Aquest soci no demana consentiment: només invoca el seu interès legítim.',
  details: 'Detalls',
  consentPurposes: 'Finalitats (consentiment)',
  liPurposes: 'Finalitats (interès legítim)',
  dataCategories: 'Dades utilitzades',
  retention: 'Conservació',
  days: { one: '{n} dia', other: '{n} dies' },
  cookies: 'Durada de les galetes',
  cookieRefresh: 'renovada a cada visita',
  noCookies: 'Sense galetes',
  nonCookieAccess: 'També accedeix al dispositiu per mitjans diferents de les galetes',
  privacy: 'Política de privadesa',
  legIntClaim: 'Interès legítim',
  atp: 'Altres socis de Google (Additional Consent)',
  atpIntro: 'Aquests proveïdors no estan registrats al TCF; segueixen la vostra opció per a la finalitat:',
  summary: 'Treballem amb {n} socis publicitaris registrats al TCF d’IAB Europe.',
  summaryPurposes: 'Les seves finalitats',
  summarySpecialFeatures: 'Amb el vostre consentiment, també poden:',
  summaryLegitimateInterest:
    'Alguns es basen en el seu interès legítim: podeu oposar-vos-hi a «Personalitza», on també podeu triar soci per soci.',
};

export default ca;
