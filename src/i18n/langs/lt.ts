import type { LanguagePack } from '../pack.js';

const lt: LanguagePack = {
  core: {
    manage: 'Slapukų nustatymai',
    blocked: '{name}: užblokuotas turinys',
    placeholder: '{name} naudoja sekimo priemones ({purpose}): šis turinys rodomas tik gavus jūsų sutikimą.',
    unavailable: 'Sutikimo skydelio parodyti nepavyko. Be jūsų sutikimo niekas neįjungiama.',
    rejectAll: 'Atmesti visus',
    acceptAll: 'Priimti visus',
    allow: 'Leisti ir rodyti',
  },
  panel: {
    title: 'Jūsų sutikimo valdymas',
    intro:
      'Gavę jūsų sutikimą, mes ir mūsų partneriai naudojame slapukus auditorijai matuoti, reklamai ir socialinių tinklų turiniui rodyti. Galite atsisakyti ir vis tiek skaityti toliau, o savo sprendimą pakeisti bet kuriuo metu.',
    privacy: 'Privatumo politika',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    customize: 'Tinkinti',
    preferencesTitle: 'Jūsų pasirinkimai pagal tikslus',
    preferencesIntro: 'Be jūsų sutikimo niekas neįjungiama.',
    save: 'Išsaugoti pasirinkimus',
    close: 'Uždaryti',
    required: 'Visada įjungta',
    vendors: 'Partneriai',
    partial: 'Įjungta kai kuriems partneriams',
    exempt: 'Sutikimo nereikia (anoniminė statistika): galite pareikšti prieštaravimą jį išjungdami.',
    vendorPrivacy: 'Privatumas',
    saved: 'Jūsų pasirinkimai išsaugoti.',
    retention: 'Saugojimo laikas:',
    gpc: 'Jūsų naršyklė prašo jūsų nesekti (Global Privacy Control): reklama lieka atmesta, nebent ją įjungtumėte patys.',
  },
  purposes: {
    necessary: ['Būtinieji', 'Jūsų pasirinkimų įsiminimas, prisijungimas, saugumas.'],
    analytics: ['Auditorijos matavimas', 'Apsilankymų ir perskaitytų straipsnių skaičiavimas.'],
    ads: ['Reklama', 'Reklamos rodymas ir jos veiksmingumo matavimas.'],
    social: ['Socialiniai tinklai ir vaizdo įrašai', 'Įterptų įrašų ir vaizdo įrašų rodymas; jie naudoja savo sekimo priemones.'],
    personalization: ['Suasmeninimas', 'Straipsnių rekomendavimas pagal tai, ką skaitote.'],
  },
};

export default lt;
