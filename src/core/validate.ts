import { reportError } from './report.js';
import type { Text } from './types.js';

/** Purpose and vendor ids: no spaces or slashes, since gates use both. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function validId(field: string, value: unknown): value is string {
  if (typeof value === 'string' && ID.test(value)) return true;
  reportError(field, value, 'is not a valid id (1 to 64 letters, digits, "_" or "-"); entry dropped.');
  return false;
}

/** A text is a non-empty string or an object of non-empty strings per language. */
export function readText(field: string, value: unknown): Text | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  if (isObject(value)) {
    const texts: Record<string, string> = {};
    for (const [lang, text] of Object.entries(value)) {
      if (typeof text === 'string' && text.trim()) texts[lang] = text;
      else reportError(`${field}.${lang}`, text, 'is not a non-empty string; ignored.');
    }
    if (Object.keys(texts).length) return texts;
  }
  reportError(field, value, 'is not a text (a string or { fr, en, … }).');
  return undefined;
}

/** Links shown to readers: http(s) or relative only, never `javascript:` and the like. */
export function readUrl(field: string, value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) {
    const url = value.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    if (!scheme || /^https?$/i.test(scheme[1]!)) return url;
  }
  reportError(field, value, 'is not an http(s) or relative URL; ignored.');
  return undefined;
}

export function readBoolean(field: string, value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value !== undefined) reportError(field, value, `is not true or false; using ${fallback}.`);
  return fallback;
}
