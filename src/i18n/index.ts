import { reportError } from '../core/report.js';
import type { Text } from '../core/types.js';
import { en } from './en.js';
import { fr, type Messages } from './fr.js';

export type { Messages };
/** No prototype: `constructor` or `__proto__` is no language. */
export const MESSAGES = { __proto__: null, fr, en } as unknown as Record<string, Messages>;
export const DEFAULT_LANG = 'fr';

/** `fr-FR` → `fr` when supported, else undefined. */
export function supportedLang(lang: string | null | undefined): string | undefined {
  const base = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return base && base in MESSAGES ? base : undefined;
}

/**
 * A configured text in the reader's language, else French, else English, else
 * any. Only own keys are found: `lang` is a supported language, and texts come
 * from readText (no prototype) or the default purposes (no other keys).
 */
export function localize(text: Text | undefined, lang: string): string {
  if (typeof text !== 'object') return text ?? '';
  return text[lang] ?? text[DEFAULT_LANG] ?? text.en ?? Object.values(text)[0] ?? '';
}

const reported = new Set<string>();

/** The configured language when supported (else reported once), else `<html lang>`, else French. */
export function resolveLang(configured: string | undefined): string {
  const lang = supportedLang(configured);
  if (configured && !lang && !reported.has(configured)) {
    reported.add(configured);
    reportError('lang', configured, "is not a supported language; using the page's or French.");
  }
  return lang ?? supportedLang(document.documentElement.lang) ?? DEFAULT_LANG;
}
