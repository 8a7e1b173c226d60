import { reportError } from './report.js';
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
      if (typeof text === 'string' && text.trim()) texts[lang] = text;
      else reportError(`${field}.${lang}`, text, 'is not a text; ignored.');
    }
    if (Object.keys(texts).length) return { ...texts };
  }
  reportError(field, value, 'is not a text; ignored.');
  return undefined;
}

/** Links shown to readers: http(s) or relative only, never `javascript:` and the like. */
export function readUrl(field: string, value: unknown): string | undefined {
  const url = typeof value === 'string' ? value.trim() : '';
  const scheme = /^([a-z][\w+.-]*):/i.exec(url);
  if (url && (!scheme || /^https?$/i.test(scheme[1]!))) return url;
  reportError(field, value, 'is not an http(s) or relative URL; ignored.');
  return undefined;
}

export function readBoolean(field: string, value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value !== undefined) reportError(field, value, `is not true or false; using ${fallback}.`);
  return fallback;
}
