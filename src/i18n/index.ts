import { reportWarning } from '../core/report.js';
import type { Text } from '../core/types.js';
import { en } from './en.js';
import { fr, type Messages, type PackMessages } from './fr.js';
import { loadedPack } from './pack.js';

export type { Messages };
export { resolveLang, supportedLang } from './languages.js';
export { dirOf, fill } from './pack.js';

/** The core's texts by language: French and English built in, the others once their file is loaded. No prototype. */
const MESSAGES = { __proto__: null, fr, en } as unknown as Record<string, Messages & Partial<PackMessages>>;

/** The core's texts in `lang` when they are here (built in, or loaded: then with the placeholders' text), else in English. */
export const messages = (lang: string): Messages & Partial<PackMessages> => MESSAGES[lang] ?? en;

/** The language texts are shown in: `lang` when its texts are here, else English (its file failed). */
export const shownLang = (lang: string): string => (MESSAGES[lang] ? lang : 'en');

let loader: ((lang: string) => Promise<unknown>) | undefined;
/** Languages whose texts can be shown: built in, loaded, or failed (then English is shown). */
const settled = new Set(['fr', 'en']);
const loads = new Map<string, Promise<void>>();

/** Set by the entry point: how this build gets a language's file (a sibling file, or a dynamic import). */
export function setLanguageLoader(load: (lang: string) => Promise<unknown>): void {
  loader = load;
}

/**
 * Takes in a loaded language file's core texts. Its default purposes' texts
 * are taken by the modules that show them (purpose-texts.ts).
 */
function install(lang: string): void {
  const pack = loadedPack(lang);
  if (!pack?.core) throw new Error('the file did not provide them');
  MESSAGES[lang] = { ...en, ...pack.core };
}

/**
 * Undefined when `lang`'s texts can be shown now; else a promise that
 * settles once its file is loaded (a build with the language inlined has it
 * already), or failed to load: then English is shown, and the console says
 * so. The file is requested once.
 */
export function whenLanguage(lang: string): Promise<void> | undefined {
  if (settled.has(lang)) return;
  let load = loads.get(lang);
  if (!load)
    loads.set(
      lang,
      (load = (loadedPack(lang) ? Promise.resolve() : loader ? loader(lang) : Promise.reject(new Error('no loader')))
        .then(() => install(lang))
        .catch((error: unknown) =>
          console.error(`consent-panel: the ${lang} texts could not be loaded (${String(error)}); showing English.`),
        )
        .then(() => void settled.add(lang))),
    );
  return load;
}

const warned = new Set<string>();

/**
 * A configured text in the reader's language; a text without that language
 * is shown in English, else French, else the first one given, with one
 * warning naming the text and the language.
 */
export function localize(text: Text | undefined, lang: string): string {
  if (typeof text !== 'object') return text ?? '';
  const shown = text[lang] ?? text.en ?? text.fr ?? Object.values(text)[0] ?? '';
  if (!(lang in text) && !warned.has(lang + shown)) {
    warned.add(lang + shown);
    reportWarning(`no "${lang}" text for ${JSON.stringify(shown)}; shown as it is.`);
  }
  return shown;
}
