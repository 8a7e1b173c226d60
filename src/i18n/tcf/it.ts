import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const it: TcfTexts = {
  title: 'Partner pubblicitari (IAB TCF)',
  intro:
    'I nostri {n} partner registrati al Transparency & Consent Framework di IAB Europe utilizzano queste finalità solo secondo le tue scelte qui sopra. Puoi anche rifiutare un partner o opporti al suo legittimo interesse.',
  purposes: 'Finalità',
  specialPurposes: 'Finalità speciali (senza consenso: sicurezza, distribuzione, memorizzazione delle tue scelte)',
  features: 'Funzionalità',
  specialFeatures: 'Funzionalità speciali (con il tuo consenso)',
  vendors: 'Partner',
  coveredBy: 'Secondo la tua scelta per:',
  notUsed: 'Non utilizzata su questo sito.',
  object: 'Opponiti al legittimo interesse',
  consent: 'Consenso',
  optIn: 'Consenti',
  needsPurpose: 'Consenti prima una delle finalità di questo partner.',
  legitimateInterestOnly: 'Questo partner non chiede il consenso: si basa solo sul suo legittimo interesse.',
  details: 'Dettagli',
  consentPurposes: 'Finalità (consenso)',
  liPurposes: 'Finalità (legittimo interesse)',
  dataCategories: 'Dati utilizzati',
  retention: 'Conservazione',
  days: { one: '{n} giorno', other: '{n} giorni' },
  cookies: 'Durata dei cookie',
  cookieRefresh: 'rinnovata a ogni visita',
  noCookies: 'Nessun cookie',
  nonCookieAccess: 'Accede al dispositivo anche con mezzi diversi dai cookie',
  privacy: 'Informativa sulla privacy',
  legIntClaim: 'Legittimo interesse',
  atp: 'Altri partner di Google (Additional Consent)',
  atpIntro: 'Questi fornitori non sono registrati al TCF; seguono la tua scelta per la finalità:',
  summary: 'Collaboriamo con {n} partner pubblicitari registrati al TCF di IAB Europe.',
  summaryPurposes: 'Le loro finalità',
  summarySpecialFeatures: 'Con il tuo consenso, possono anche:',
  summaryLegitimateInterest:
    'Alcuni si basano sul loro legittimo interesse: puoi opporti in «Personalizza», dove puoi anche scegliere partner per partner.',
};

export default it;
