import type { PackMessages } from './fr.js';
import type { PanelMessages } from './panel-fr.js';

/**
 * A language file (src/i18n/langs/xx.ts, built to dist/i18n/xx.js): every
 * text a reader sees in that language. `core`: the manage button, the
 * placeholders and the fallback bar (drawn by the drop-in script, and by
 * consent-panel-embeds.js for the placeholders); `panel`:
 * the first layer and the preferences (drawn by the panel's UI); `purposes`:
 * the default purposes' label and description, by id. Texts may hold
 * placeholders in braces (`{name}`), the same as French.
 */
export interface LanguagePack {
  core: PackMessages;
  panel: PanelMessages;
  purposes: Record<string, [label: string, description: string]>;
}

/** Where a loaded language file leaves its pack, under its code: `window[LANG_KEY].de`. */
export const LANG_KEY = Symbol.for('consent-panel.i18n');

/** The pack a language file left, if any (own properties only). */
export function loadedPack(lang: string): Partial<LanguagePack> | undefined {
  const holder = (globalThis as unknown as Record<symbol, Record<string, Partial<LanguagePack>> | undefined>)[LANG_KEY];
  return holder && Object.prototype.hasOwnProperty.call(holder, lang) ? holder[lang] : undefined;
}

/** Fills `{name}`-style placeholders. */
export const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

/** The direction of a language's script. */
export const dirOf = (lang: string): 'rtl' | 'ltr' => (lang == 'ar' ? 'rtl' : 'ltr');
