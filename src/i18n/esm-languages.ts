import { LANG_KEY, type LanguagePack } from './pack.js';

type Module = Promise<{ default: LanguagePack }>;

/** For bundlers (`consent-panel/define.js`): each language other than French and English is a chunk of its own, imported when a reader needs it. */
const FILES: Record<string, () => Module> = {
  ar: () => import('./langs/ar.js'),
  bg: () => import('./langs/bg.js'),
  ca: () => import('./langs/ca.js'),
  cs: () => import('./langs/cs.js'),
  da: () => import('./langs/da.js'),
  de: () => import('./langs/de.js'),
  el: () => import('./langs/el.js'),
  es: () => import('./langs/es.js'),
  et: () => import('./langs/et.js'),
  fi: () => import('./langs/fi.js'),
  ga: () => import('./langs/ga.js'),
  hr: () => import('./langs/hr.js'),
  hu: () => import('./langs/hu.js'),
  it: () => import('./langs/it.js'),
  lt: () => import('./langs/lt.js'),
  lv: () => import('./langs/lv.js'),
  mt: () => import('./langs/mt.js'),
  nb: () => import('./langs/nb.js'),
  nl: () => import('./langs/nl.js'),
  pl: () => import('./langs/pl.js'),
  pt: () => import('./langs/pt.js'),
  ro: () => import('./langs/ro.js'),
  sk: () => import('./langs/sk.js'),
  sl: () => import('./langs/sl.js'),
  sv: () => import('./langs/sv.js'),
};

export function importLanguage(lang: string): Promise<unknown> {
  if (!Object.prototype.hasOwnProperty.call(FILES, lang)) return Promise.reject(new Error(`no ${lang} file`));
  return FILES[lang]().then((module) => {
    const holder = window as unknown as Record<symbol, Record<string, LanguagePack> | undefined>;
    (holder[LANG_KEY] ??= {})[lang] = module.default;
  });
}
