import type { LanguagePack } from '../pack.js';

const fi: LanguagePack = {
  core: {
    manage: 'Evästeasetukset',
    blocked: '{name}: estetty sisältö',
    placeholder: '{name} käyttää seurantatekniikoita ({purpose}): sisältö näytetään vain suostumuksellasi.',
    unavailable: 'Suostumuspaneelia ei voitu näyttää. Ilman suostumustasi mitään ei ole otettu käyttöön.',
    rejectAll: 'Hylkää kaikki',
    acceptAll: 'Hyväksy kaikki',
    allow: 'Salli ja näytä',
  },
  panel: {
    title: 'Suostumuksesi hallinta',
    intro:
      'Suostumuksellasi me ja kumppanimme käytämme evästeitä yleisömäärien mittaamiseen sekä mainosten ja sosiaalisen median sisältöjen näyttämiseen. Voit kieltäytyä ja silti jatkaa lukemista, ja voit muuttaa valintaasi milloin tahansa.',
    privacy: 'Tietosuojaseloste',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    customize: 'Mukauta',
    preferencesTitle: 'Valintasi käyttötarkoituksittain',
    preferencesIntro: 'Mitään ei oteta käyttöön ilman suostumustasi.',
    save: 'Tallenna valintani',
    close: 'Sulje',
    required: 'Aina käytössä',
    vendors: 'Kumppanit',
    partial: 'Käytössä osalle kumppaneista',
    exempt: 'Ei vaadi suostumusta (anonyymi tilastointi): voit vastustaa sitä kytkemällä sen pois päältä.',
    vendorPrivacy: 'Tietosuoja',
    saved: 'Valintasi on tallennettu.',
    retention: 'Säilytysaika:',
    gpc: 'Selaimesi pyytää, ettei sinua seurata (Global Privacy Control): mainonta pysyy hylättynä, ellet itse ota sitä käyttöön.',
  },
  purposes: {
    necessary: ['Välttämättömät', 'Valintojesi muistaminen, kirjautuminen ja tietoturva.'],
    analytics: ['Yleisömittaus', 'Käyntien ja luettujen artikkelien laskeminen.'],
    ads: ['Mainonta', 'Mainosten näyttäminen ja niiden tehon mittaaminen.'],
    social: ['Sosiaalinen media ja videot', 'Upotettujen julkaisujen ja videoiden näyttäminen; ne käyttävät omia seurantatekniikoitaan.'],
    personalization: ['Personointi', 'Artikkelien suositteleminen sen perusteella, mitä luet.'],
  },
};

export default fi;
