import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** For bundlers (`consent-panel/tcf.js`): the TCF module's texts in each language other than French and English, a chunk each. */
const FILES: Record<string, () => Promise<{ default: TcfTexts }>> = {
  ar: () => import('./ar.js'),
  bg: () => import('./bg.js'),
  ca: () => import('./ca.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  ga: () => import('./ga.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  it: () => import('./it.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mt: () => import('./mt.js'),
  nb: () => import('./nb.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ro: () => import('./ro.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sv: () => import('./sv.js'),
};

export function importTcfTexts(lang: string): Promise<TcfTexts> {
  if (!Object.prototype.hasOwnProperty.call(FILES, lang)) return Promise.reject(new Error(`no ${lang} file`));
  return FILES[lang]().then((module) => module.default);
}
