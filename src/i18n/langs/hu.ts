import type { LanguagePack } from '../pack.js';

const hu: LanguagePack = {
  core: {
    manage: 'Sütibeállítások',
    blocked: '{name}: letiltott tartalom',
    placeholder: '{name} nyomkövetőket használ ({purpose}): ez a tartalom csak az Ön hozzájárulásával jelenik meg.',
    unavailable: 'A hozzájárulási panelt nem sikerült megjeleníteni. Az Ön hozzájárulása nélkül semmi sincs bekapcsolva.',
    rejectAll: 'Összes elutasítása',
    acceptAll: 'Összes elfogadása',
    allow: 'Engedélyezés és megjelenítés',
  },
  panel: {
    title: 'Hozzájárulásának kezelése',
    intro:
      'Az Ön hozzájárulásával mi és partnereink sütiket használunk a látogatottság mérésére, valamint hirdetések és közösségimédia-tartalmak megjelenítésére. Elutasíthatja őket, és így is tovább olvashat, döntését pedig bármikor megváltoztathatja.',
    privacy: 'Adatvédelmi tájékoztató',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    customize: 'Testreszabás',
    preferencesTitle: 'Az Ön választásai célonként',
    preferencesIntro: 'Az Ön hozzájárulása nélkül semmi sincs bekapcsolva.',
    save: 'Választásaim mentése',
    close: 'Bezárás',
    required: 'Mindig aktív',
    vendors: 'Partnerek',
    partial: 'Egyes partnereknél bekapcsolva',
    exempt: 'Nem igényel hozzájárulást (névtelen statisztika): kikapcsolásával tiltakozhat ellene.',
    vendorPrivacy: 'Adatvédelem',
    saved: 'Választásait mentettük.',
    retention: 'Megőrzési idő:',
    gpc: 'Böngészője azt kéri, hogy ne kövessék nyomon (Global Privacy Control): a hirdetések elutasítva maradnak, hacsak Ön be nem kapcsolja őket.',
  },
  purposes: {
    necessary: ['Működéshez szükséges', 'Választásai megjegyzése, bejelentkezés, biztonság.'],
    analytics: ['Látogatottságmérés', 'A látogatások és az elolvasott cikkek számlálása.'],
    ads: ['Hirdetések', 'Hirdetések megjelenítése és hatékonyságuk mérése.'],
    social: ['Közösségi média és videók', 'Beágyazott bejegyzések és videók megjelenítése, amelyek saját nyomkövetőket használnak.'],
    personalization: ['Személyre szabás', 'Cikkajánlások az Ön olvasási szokásai alapján.'],
  },
};

export default hu;
