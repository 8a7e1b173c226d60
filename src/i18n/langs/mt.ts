import type { LanguagePack } from '../pack.js';

const mt: LanguagePack = {
  core: {
    manage: 'Issettja l-cookies',
    blocked: '{name}: kontenut imblukkat',
    placeholder: '{name} juża traċċaturi ({purpose}): dan il-kontenut jintwera biss bil-kunsens tiegħek.',
    unavailable: 'Il-pannell tal-kunsens ma setax jintwera. Mingħajr il-kunsens tiegħek, xejn mhu attivat.',
    rejectAll: 'Irrifjuta kollox',
    acceptAll: 'Aċċetta kollox',
    allow: 'Ippermetti u uri',
  },
  panel: {
    title: 'Immaniġġja l-kunsens tiegħek',
    intro:
      'Bil-kunsens tiegħek, aħna u s-sħab tagħna nużaw il-cookies biex inkejlu l-udjenza tagħna u biex nuru reklami u kontenut mill-midja soċjali. Tista’ tirrifjuta u xorta tkompli taqra, u tbiddel fehmtek fi kwalunkwe ħin.',
    privacy: 'Politika tal-privatezza',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    customize: 'Ippersonalizza',
    preferencesTitle: 'L-għażliet tiegħek, skont l-iskop',
    preferencesIntro: 'Xejn mhu attivat mingħajr il-kunsens tiegħek.',
    save: 'Salva l-għażliet tiegħi',
    close: 'Agħlaq',
    required: 'Dejjem attiv',
    vendors: 'Sħab',
    partial: 'Attiv għal xi sħab',
    exempt: 'Ma jeħtieġx kunsens (statistika anonima): tista’ toġġezzjona billi titfih.',
    vendorPrivacy: 'Privatezza',
    saved: 'L-għażliet tiegħek ġew salvati.',
    retention: 'Perjodu taż-żamma:',
    gpc: 'Il-browser tiegħek jitlob li ma tiġix traċċat (Global Privacy Control): ir-reklamar jibqa’ rrifjutat sakemm ma tattivahx int.',
  },
  purposes: {
    necessary: ['Meħtieġa', 'Niftakru l-għażliet tiegħek, id-dħul fil-kont u s-sigurtà.'],
    analytics: ['Kejl tal-udjenza', 'Ngħoddu ż-żjarat u l-artikli moqrija.'],
    ads: ['Reklamar', 'Nuru reklami u nkejlu r-riżultati tagħhom.'],
    social: ['Midja soċjali u vidjows', 'Nuru kitbiet u vidjows inkorporati, li jużaw it-traċċaturi tagħhom stess.'],
    personalization: ['Personalizzazzjoni', 'Nirrakkomandaw artikli skont dak li taqra.'],
  },
};

export default mt;
