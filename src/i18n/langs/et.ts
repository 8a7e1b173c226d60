import type { LanguagePack } from '../pack.js';

const et: LanguagePack = {
  core: {
    manage: 'Küpsiste seaded',
    blocked: '{name}: blokeeritud sisu',
    placeholder: '{name} kasutab jälgimisvahendeid ({purpose}): seda sisu näidatakse ainult teie nõusolekul.',
    unavailable: 'Nõusolekupaneeli ei õnnestunud kuvada. Ilma teie nõusolekuta ei ole midagi sisse lülitatud.',
    rejectAll: 'Keeldu kõigist',
    acceptAll: 'Nõustu kõigiga',
    allow: 'Luba ja näita',
  },
  panel: {
    title: 'Nõusoleku haldamine',
    intro:
      'Teie nõusolekul kasutame meie ja meie partnerid küpsiseid, et mõõta lugejaskonda ning näidata reklaame ja sotsiaalmeedia sisu. Võite keelduda ja ikkagi edasi lugeda ning oma otsust igal ajal muuta.',
    privacy: 'Privaatsuspoliitika',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    customize: 'Kohanda',
    preferencesTitle: 'Teie valikud eesmärkide kaupa',
    preferencesIntro: 'Ilma teie nõusolekuta ei lülitata midagi sisse.',
    save: 'Salvesta valikud',
    close: 'Sulge',
    required: 'Alati sees',
    vendors: 'Partnerid',
    partial: 'Mõne partneri jaoks sisse lülitatud',
    exempt: 'Nõusolekut ei nõuta (anonüümne statistika): võite esitada vastuväite, lülitades selle välja.',
    vendorPrivacy: 'Privaatsus',
    saved: 'Teie valikud on salvestatud.',
    retention: 'Säilitamisaeg:',
    gpc: 'Teie brauser palub teid mitte jälgida (Global Privacy Control): reklaam jääb välja lülitatuks, kui te seda ise sisse ei lülita.',
  },
  purposes: {
    necessary: ['Hädavajalikud', 'Teie valikute meelespidamine, sisselogimine, turvalisus.'],
    analytics: ['Lugejaskonna mõõtmine', 'Külastuste ja loetud artiklite loendamine.'],
    ads: ['Reklaam', 'Reklaamide näitamine ja nende tulemuslikkuse mõõtmine.'],
    social: ['Sotsiaalmeedia ja videod', 'Manustatud postituste ja videote näitamine; need kasutavad oma jälgimisvahendeid.'],
    personalization: ['Isikupärastamine', 'Artiklite soovitamine selle põhjal, mida loete.'],
  },
};

export default et;
