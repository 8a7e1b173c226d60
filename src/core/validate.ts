import { LANGUAGES } from '../i18n/languages.js';
import { reportError, reportWarning } from './report.js';
import { table } from './table.js';
import type { Text } from './types.js';

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text is a non-empty string or an object of non-empty strings per language. */
export function readText(field: string, value: unknown): Text | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  if (isObject(value)) {
    // A table: a language key such as `constructor` is set like any other, even with Object.prototype frozen.
    const texts: Record<string, string> = table();
    for (const [lang, text] of Object.entries(value)) {
      if (!LANGUAGES.includes(lang)) reportWarning(`${field}.${lang}: "${lang}" is not a supported language; ignored.`);
      else if (typeof text === 'string' && text.trim()) texts[lang] = text;
      else reportError(`${field}.${lang}`, text, 'is not a text; ignored.');
    }
    if (Object.keys(texts).length) return { ...texts };
  }
  reportError(field, value, 'is not a text; ignored.');
  return undefined;
}

/**
 * Whether a URL that a link or a loaded element will get is http(s) or
 * relative (to `base`, the document's), decided on the URL the browser will
 * parse: it drops tabs and newlines anywhere and control characters at the
 * ends, so `java\tscript:` and `\u0001javascript:` are `javascript:` to it.
 * Anything else is reported as `field`: `value`.
 */
export function isWebUrl(field: string, url: unknown, base = 'http://x', value = url): boolean {
  try {
    if (typeof url == 'string' && /^https?:$/.test(new URL(url, base).protocol)) return true;
  } catch {
    /* not a URL */
  }
  reportError(field, value, 'is not an http(s) or relative URL; ignored.');
  return false;
}

/** Links shown to readers: http(s) or relative only, never `javascript:` and the like; kept as written. */
export function readUrl(field: string, value: unknown): string | undefined {
  const url = typeof value === 'string' ? value.trim() : '';
  return isWebUrl(field, url || undefined, undefined, value) ? url : undefined;
}

export function readBoolean(field: string, value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value !== undefined) reportError(field, value, `is not true or false; using ${fallback}.`);
  return fallback;
}
