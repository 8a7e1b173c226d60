import type { LanguagePack } from '../pack.js';

const lv: LanguagePack = {
  core: {
    manage: 'Sīkdatņu iestatījumi',
    blocked: '{name}: bloķēts saturs',
    placeholder: '{name} izmanto izsekošanas rīkus ({purpose}): šis saturs tiek rādīts tikai ar jūsu piekrišanu.',
    unavailable: 'Piekrišanas paneli neizdevās parādīt. Bez jūsu piekrišanas nekas netiek ieslēgts.',
    rejectAll: 'Noraidīt visu',
    acceptAll: 'Pieņemt visu',
    allow: 'Atļaut un rādīt',
  },
  panel: {
    title: 'Jūsu piekrišanas pārvaldība',
    intro:
      'Ar jūsu piekrišanu mēs un mūsu partneri izmantojam sīkdatnes, lai mērītu auditoriju un rādītu reklāmas un sociālo tīklu saturu. Jūs varat atteikties un tomēr turpināt lasīt, kā arī jebkurā laikā mainīt savu izvēli.',
    privacy: 'Privātuma politika',
    acceptAll: 'Pieņemt visu',
    rejectAll: 'Noraidīt visu',
    customize: 'Pielāgot',
    preferencesTitle: 'Jūsu izvēle katram nolūkam',
    preferencesIntro: 'Bez jūsu piekrišanas nekas netiek ieslēgts.',
    save: 'Saglabāt izvēli',
    close: 'Aizvērt',
    required: 'Vienmēr ieslēgts',
    vendors: 'Partneri',
    partial: 'Ieslēgts dažiem partneriem',
    exempt: 'Piekrišana nav vajadzīga (anonīma statistika): varat iebilst, to izslēdzot.',
    vendorPrivacy: 'Privātums',
    saved: 'Jūsu izvēle ir saglabāta.',
    retention: 'Glabāšanas laiks:',
    gpc: 'Jūsu pārlūks lūdz jūs neizsekot (Global Privacy Control): reklāmas paliek noraidītas, ja vien jūs tās neieslēdzat paši.',
  },
  purposes: {
    necessary: ['Nepieciešamās', 'Jūsu izvēles atcerēšanās, pieteikšanās, drošība.'],
    analytics: ['Auditorijas mērīšana', 'Apmeklējumu un izlasīto rakstu skaitīšana.'],
    ads: ['Reklāma', 'Reklāmu rādīšana un to efektivitātes mērīšana.'],
    social: ['Sociālie tīkli un video', 'Iegultu ierakstu un video rādīšana; tie izmanto savus izsekošanas rīkus.'],
    personalization: ['Personalizēšana', 'Rakstu ieteikšana atbilstoši tam, ko lasāt.'],
  },
};

export default lv;
