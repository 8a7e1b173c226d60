import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const fi: TcfTexts = {
  title: 'Mainoskumppanit (IAB TCF)',
  intro:
    'IAB Europen Transparency & Consent Framework -järjestelmään rekisteröityneet {n} kumppaniamme käyttävät näitä käyttötarkoituksia vain yllä tekemiesi valintojen mukaan. Voit myös hylätä yksittäisen kumppanin tai vastustaa sen oikeutettua etua.',
  purposes: 'Käyttötarkoitukset',
  specialPurposes: 'Erityiset käyttötarkoitukset (ilman suostumusta: tietoturva, sisällön toimitus, valintojesi muistaminen)',
  features: 'Ominaisuudet',
  specialFeatures: 'Erityisominaisuudet (suostumuksellasi)',
  vendors: 'Kumppanit',
  coveredBy: 'Valintasi mukaan kohdassa:',
  notUsed: 'Ei käytössä tällä sivustolla.',
  object: 'Vastusta oikeutettua etua',
  consent: 'Suostumus',
  optIn: 'Salli',
  needsPurpose: 'Salli ensin jokin tämän kumppanin käyttötarkoituksista.',
  legitimateInterestOnly: 'Tämä kumppani ei pyydä suostumusta, vaan vetoaa vain oikeutettuun etuunsa.',
  details: 'Lisätiedot',
  consentPurposes: 'Käyttötarkoitukset (suostumus)',
  liPurposes: 'Käyttötarkoitukset (oikeutettu etu)',
  dataCategories: 'Käytetyt tiedot',
  retention: 'Säilytysaika',
  days: { one: '{n} päivä', other: '{n} päivää' },
  cookies: 'Evästeiden voimassaoloaika',
  cookieRefresh: 'uusitaan jokaisella käynnillä',
  noCookies: 'Ei evästeitä',
  nonCookieAccess: 'Käyttää laitetta myös muulla tavoin kuin evästeillä',
  privacy: 'Tietosuojaseloste',
  legIntClaim: 'Oikeutettu etu',
  atp: 'Muut Googlen kumppanit (Additional Consent)',
  atpIntro: 'Nämä palveluntarjoajat eivät ole rekisteröityneet TCF:ään; ne noudattavat valintaasi käyttötarkoituksen osalta:',
  summary: 'Teemme yhteistyötä {n} mainoskumppanin kanssa, jotka ovat rekisteröityneet IAB Europen TCF:ään.',
  summaryPurposes: 'Niiden käyttötarkoitukset',
  summarySpecialFeatures: 'Suostumuksellasi ne voivat myös:',
  summaryLegitimateInterest:
    'Osa vetoaa oikeutettuun etuunsa: voit vastustaa sitä kohdassa ”Mukauta”, jossa voit myös valita kumppani kerrallaan.',
};

export default fi;
