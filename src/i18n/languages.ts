import { reportError } from '../core/report.js';

/**
 * The supported languages: the 24 official languages of the EU, Catalan,
 * Norwegian (Bokmål) and Arabic. French and English are in the drop-in
 * script; each other one is a file of its own (dist/i18n/xx.js), loaded when
 * a reader needs it.
 */
export const LANGUAGES = 'ar bg ca cs da de el en es et fi fr ga hr hu it lt lv mt nb nl pl pt ro sk sl sv'.split(' ');

/** `fr-BE` → `fr`, `pt-BR` → `pt`, `no`/`nn`/`nb-NO` → `nb`; undefined when not supported. */
export function supportedLang(lang: unknown): string | undefined {
  const base = typeof lang == 'string' ? lang.trim().toLowerCase().split(/[-_]/)[0] : '';
  const folded = base == 'no' || base == 'nn' ? 'nb' : base;
  return LANGUAGES.includes(folded) ? folded : undefined;
}

const reported = new Set<unknown>();

/**
 * The panel's language: the configured one (`lang`: a supported code, or
 * `auto`, the default); for `auto`, the language the element is in (its
 * closest ancestor with `lang`), else `<html lang>`, else the reader's
 * browser languages, else French. An unsupported value is reported once and
 * `auto` is used.
 */
export function resolveLang(configured: string | undefined, element?: Element | null): string {
  if (configured && configured != 'auto' && !supportedLang(configured) && !reported.has(configured)) {
    reported.add(configured);
    reportError('lang', configured, 'is not a supported language; using "auto".');
  }
  return pickLang(configured, element);
}

/** resolveLang without the report, for modules that follow the panel's choice (the IAB TCF module). */
export function pickLang(configured: string | undefined, element?: Element | null): string {
  // Each source is read only when the ones before it name no supported language: asked on
  // every render, the configured one most often settles it without a look at the page.
  return (
    supportedLang(configured) ??
    supportedLang(element?.parentElement?.closest('[lang]')?.getAttribute('lang')) ??
    supportedLang(document.documentElement.lang) ??
    navigator.languages.map(supportedLang).find(Boolean) ??
    'fr'
  );
}
