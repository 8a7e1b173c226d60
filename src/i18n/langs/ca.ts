import type { LanguagePack } from '../pack.js';

const ca: LanguagePack = {
  core: {
    manage: 'Gestiona les galetes',
    blocked: '{name}: contingut bloquejat',
    placeholder: '{name} instal·la rastrejadors ({purpose}): aquest contingut només es mostra amb el vostre consentiment.',
    unavailable: 'No s’ha pogut mostrar el tauler de consentiment. Sense el vostre consentiment, no s’activa res.',
    rejectAll: 'Rebutja-ho tot',
    acceptAll: 'Accepta-ho tot',
    allow: 'Permet i mostra',
  },
  panel: {
    title: 'Gestió del consentiment',
    intro:
      'Amb el vostre consentiment, nosaltres i els nostres socis fem servir galetes per mesurar l’audiència i mostrar publicitat i continguts de xarxes socials. Podeu rebutjar-les i continuar llegint, i canviar d’opinió en qualsevol moment.',
    privacy: 'Política de privadesa',
    acceptAll: 'Accepta-ho tot',
    rejectAll: 'Rebutja-ho tot',
    customize: 'Personalitza',
    preferencesTitle: 'Les vostres opcions, finalitat per finalitat',
    preferencesIntro: 'No s’activa res sense el vostre consentiment.',
    save: 'Desa les meves opcions',
    close: 'Tanca',
    required: 'Sempre actiu',
    vendors: 'Socis',
    partial: 'Activat per a alguns socis',
    exempt: 'No requereix consentiment (estadístiques anònimes): us hi podeu oposar desactivant-la.',
    vendorPrivacy: 'Privadesa',
    saved: 'S’han desat les vostres opcions.',
    retention: 'Conservació:',
    gpc: 'El vostre navegador demana que no us rastregin (Global Privacy Control): la publicitat continua rebutjada tret que l’activeu vosaltres.',
  },
  purposes: {
    necessary: ['Funcionament del lloc', 'Recordar les vostres opcions, l’inici de sessió i la seguretat.'],
    analytics: ['Mesura d’audiència', 'Comptar les visites i els articles llegits.'],
    ads: ['Publicitat', 'Mostrar anuncis i mesurar-ne el rendiment.'],
    social: ['Xarxes socials i vídeos', 'Mostrar publicacions i vídeos incrustats, que instal·len els seus propis rastrejadors.'],
    personalization: ['Personalització', 'Recomanar articles segons el que llegiu.'],
  },
};

export default ca;
