import type { LanguagePack } from '../pack.js';

const ga: LanguagePack = {
  core: {
    manage: 'Socruithe fianán',
    blocked: '{name}: ábhar blocáilte',
    placeholder: 'Úsáideann {name} rianairí ({purpose}): ní thaispeántar an t-ábhar seo ach le do thoiliú.',
    unavailable: 'Níorbh fhéidir an painéal toilithe a thaispeáint. Gan do thoiliú, níl aon rud ar siúl.',
    rejectAll: 'Diúltaigh do gach rud',
    acceptAll: 'Glac le gach rud',
    allow: 'Ceadaigh agus taispeáin',
  },
  panel: {
    title: 'Bainistigh do thoiliú',
    intro:
      'Le do thoiliú, úsáidimidne agus ár gcomhpháirtithe fianáin chun ár lucht léitheoireachta a thomhas agus chun fógraí agus ábhar ó na meáin shóisialta a thaispeáint. Is féidir leat diúltú agus leanúint ort ag léamh, agus d’intinn a athrú am ar bith.',
    privacy: 'Beartas príobháideachais',
    acceptAll: 'Glac le gach rud',
    rejectAll: 'Diúltaigh do gach rud',
    customize: 'Saincheap',
    preferencesTitle: 'Do roghanna, cuspóir ar chuspóir',
    preferencesIntro: 'Níl aon rud ar siúl gan do thoiliú.',
    save: 'Sábháil mo roghanna',
    close: 'Dún',
    required: 'Ar siúl i gcónaí',
    vendors: 'Comhpháirtithe',
    partial: 'Ar siúl do chuid de na comhpháirtithe',
    exempt: 'Ní gá toiliú (staitisticí gan ainm): is féidir leat agóid a dhéanamh trína mhúchadh.',
    vendorPrivacy: 'Príobháideachas',
    saved: 'Tá do roghanna sábháilte.',
    retention: 'Tréimhse choinneála:',
    gpc: 'Iarrann do bhrabhsálaí gan tú a rianú (Global Privacy Control): fanann an fhógraíocht diúltaithe mura gcuireann tú féin ar siúl í.',
  },
  purposes: {
    necessary: ['Riachtanach', 'Do roghanna a mheabhrú, síniú isteach, slándáil.'],
    analytics: ['Tomhas lucht léitheoireachta', 'Cuairteanna agus ailt a léadh a chomhaireamh.'],
    ads: ['Fógraíocht', 'Fógraí a thaispeáint agus a dtorthaí a thomhas.'],
    social: ['Na meáin shóisialta agus físeáin', 'Postálacha agus físeáin leabaithe a thaispeáint, a úsáideann a rianairí féin.'],
    personalization: ['Pearsantú', 'Ailt a mholadh bunaithe ar a léann tú.'],
  },
};

export default ga;
