import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_PURPOSES as defaults } from '../../src/core/default-purposes.js';
import { PLACEHOLDER_TEXTS } from '../../src/i18n/placeholder-texts.js';
import { withPurposeTexts } from '../../src/i18n/purpose-texts.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { LANGUAGES, supportedLang } from '../../src/i18n/languages.js';
import type { LanguagePack } from '../../src/i18n/pack.js';
import { tcfFr, type TcfTexts } from '../../src/bridges/tcf/ui/messages.js';
import tcf_ar from '../../src/i18n/tcf/ar.js';
import tcf_bg from '../../src/i18n/tcf/bg.js';
import tcf_ca from '../../src/i18n/tcf/ca.js';
import tcf_cs from '../../src/i18n/tcf/cs.js';
import tcf_da from '../../src/i18n/tcf/da.js';
import tcf_de from '../../src/i18n/tcf/de.js';
import tcf_el from '../../src/i18n/tcf/el.js';
import tcf_es from '../../src/i18n/tcf/es.js';
import tcf_et from '../../src/i18n/tcf/et.js';
import tcf_fi from '../../src/i18n/tcf/fi.js';
import tcf_ga from '../../src/i18n/tcf/ga.js';
import tcf_hr from '../../src/i18n/tcf/hr.js';
import tcf_hu from '../../src/i18n/tcf/hu.js';
import tcf_it from '../../src/i18n/tcf/it.js';
import tcf_lt from '../../src/i18n/tcf/lt.js';
import tcf_lv from '../../src/i18n/tcf/lv.js';
import tcf_mt from '../../src/i18n/tcf/mt.js';
import tcf_nb from '../../src/i18n/tcf/nb.js';
import tcf_nl from '../../src/i18n/tcf/nl.js';
import tcf_pl from '../../src/i18n/tcf/pl.js';
import tcf_pt from '../../src/i18n/tcf/pt.js';
import tcf_ro from '../../src/i18n/tcf/ro.js';
import tcf_sk from '../../src/i18n/tcf/sk.js';
import tcf_sl from '../../src/i18n/tcf/sl.js';
import tcf_sv from '../../src/i18n/tcf/sv.js';

import { panelEn } from '../../src/i18n/panel-en.js';
import { panelFr } from '../../src/i18n/panel-fr.js';
import ar from '../../src/i18n/langs/ar.js';
import bg from '../../src/i18n/langs/bg.js';
import ca from '../../src/i18n/langs/ca.js';
import cs from '../../src/i18n/langs/cs.js';
import da from '../../src/i18n/langs/da.js';
import de from '../../src/i18n/langs/de.js';
import el from '../../src/i18n/langs/el.js';
import es from '../../src/i18n/langs/es.js';
import et from '../../src/i18n/langs/et.js';
import fi from '../../src/i18n/langs/fi.js';
import ga from '../../src/i18n/langs/ga.js';
import hr from '../../src/i18n/langs/hr.js';
import hu from '../../src/i18n/langs/hu.js';
import it from '../../src/i18n/langs/it.js';
import lt from '../../src/i18n/langs/lt.js';
import lv from '../../src/i18n/langs/lv.js';
import mt from '../../src/i18n/langs/mt.js';
import nb from '../../src/i18n/langs/nb.js';
import nl from '../../src/i18n/langs/nl.js';
import pl from '../../src/i18n/langs/pl.js';
import pt from '../../src/i18n/langs/pt.js';
import ro from '../../src/i18n/langs/ro.js';
import sk from '../../src/i18n/langs/sk.js';
import sl from '../../src/i18n/langs/sl.js';
import sv from '../../src/i18n/langs/sv.js';

// The default purposes with their texts, as the modules that show them have them.
const DEFAULT_PURPOSES = withPurposeTexts(defaults, 'fr');

/** French as a language file: the reference every language is checked against. */
const french: LanguagePack = {
  core: { ...fr, placeholder: PLACEHOLDER_TEXTS.fr },
  panel: panelFr,
  purposes: Object.fromEntries(
    DEFAULT_PURPOSES.map((p) => [p.id, [(p.label as Record<string, string>).fr, (p.description as Record<string, string>).fr]]),
  ),
};
const english: LanguagePack = {
  core: { ...en, placeholder: PLACEHOLDER_TEXTS.en },
  panel: panelEn,
  purposes: Object.fromEntries(
    DEFAULT_PURPOSES.map((p) => [p.id, [(p.label as Record<string, string>).en, (p.description as Record<string, string>).en]]),
  ),
};

/** Every text of a pack by key: `core.manage`, `panel.title`, `purposes.ads.0`… */
function flatten(pack: LanguagePack): Map<string, unknown> {
  const texts = new Map<string, unknown>();
  for (const part of ['core', 'panel', 'purposes'] as const)
    for (const [key, value] of Object.entries(pack[part] ?? {}))
      if (Array.isArray(value)) value.forEach((text, i) => texts.set(`${part}.${key}.${i}`, text));
      else texts.set(`${part}.${key}`, value);
  return texts;
}

const placeholders = (text: string) => [...text.matchAll(/\{[^}]*\}/g)].map((m) => m[0]).sort();

// From the test's compiled place (.cache/unit/test/core) to the sources.
const files = readdirSync(new URL('../../../../src/i18n/langs/', import.meta.url)).filter((f) => f.endsWith('.ts'));
const PACKS: Record<string, LanguagePack> = {
  ar,
  bg,
  ca,
  cs,
  da,
  de,
  el,
  es,
  et,
  fi,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nb,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
};

test('a language file for every supported language but French and English, and no other', () => {
  assert.deepEqual(
    files.map((f) => f.slice(0, -3)),
    LANGUAGES.filter((lang) => lang !== 'fr' && lang !== 'en'),
  );
});

test('every language has every key of French, no other, no empty text, and the same placeholders', () => {
  const reference = flatten(french);
  const packs: [string, LanguagePack][] = [['en', english]];
  for (const file of files) packs.push([file.slice(0, -3), PACKS[file.slice(0, -3)]]);
  // The separator between a label and what it names is punctuation, not a text:
  // French's has a space before the colon; a language may leave it out and take English's.
  reference.delete('panel.colon');
  for (const [lang, pack] of packs) {
    const texts = flatten(pack);
    const colon = texts.get('panel.colon');
    if (lang === 'en' || colon !== undefined) assert.equal(colon, ': ', `${lang}: panel.colon`);
    texts.delete('panel.colon');
    assert.deepEqual([...texts.keys()].sort(), [...reference.keys()].sort(), `${lang}: the same keys as French`);
    for (const [key, text] of texts) {
      assert.ok(typeof text === 'string' && text.trim() !== '', `${lang}: ${key} is a text`);
      assert.equal(text, text.trim(), `${lang}: ${key} has no surrounding spaces`);
      assert.deepEqual(placeholders(text), placeholders(reference.get(key) as string), `${lang}: ${key} has French's placeholders`);
    }
  }
});

test('region subtags fold to the language; Norwegian to Bokmål; anything else is not supported', () => {
  const cases: [unknown, string | undefined][] = [
    ['fr-BE', 'fr'],
    ['pt-BR', 'pt'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    [' DE_at ', 'de'],
    ['ar-EG', 'ar'],
    ['zh', undefined],
    ['auto', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['', undefined],
    [42, undefined],
    [undefined, undefined],
  ];
  for (const [value, lang] of cases) assert.equal(supportedLang(value), lang, String(value));
});

const TCF: Record<string, TcfTexts> = {
  ar: tcf_ar,
  bg: tcf_bg,
  ca: tcf_ca,
  cs: tcf_cs,
  da: tcf_da,
  de: tcf_de,
  el: tcf_el,
  es: tcf_es,
  et: tcf_et,
  fi: tcf_fi,
  ga: tcf_ga,
  hr: tcf_hr,
  hu: tcf_hu,
  it: tcf_it,
  lt: tcf_lt,
  lv: tcf_lv,
  mt: tcf_mt,
  nb: tcf_nb,
  nl: tcf_nl,
  pl: tcf_pl,
  pt: tcf_pt,
  ro: tcf_ro,
  sk: tcf_sk,
  sl: tcf_sl,
  sv: tcf_sv,
};
/** The TCF texts that take the number: `{n}`. */
const COUNTED = ['intro', 'summary'];

test("the TCF module's texts: every language has French's keys, no empty text, {n} where French has the number, and the days' forms for its plural rules", () => {
  assert.deepEqual(
    Object.keys(TCF).sort(),
    LANGUAGES.filter((lang) => lang !== 'fr' && lang !== 'en'),
  );
  for (const [lang, texts] of Object.entries(TCF)) {
    // `colon` as in the panel's texts above: English's unless a language sets its own.
    const { colon, ...rest } = texts;
    if (colon !== undefined) assert.equal(colon, ': ', `${lang}: colon`);
    assert.deepEqual(
      Object.keys(rest).sort(),
      Object.keys(tcfFr)
        .filter((key) => key !== 'colon')
        .sort(),
      `${lang}: the same keys as French`,
    );
    for (const [key, text] of Object.entries(rest)) {
      if (key === 'days') continue;
      assert.ok(typeof text === 'string' && text.trim() !== '', `${lang}: ${key} is a text`);
      assert.deepEqual(placeholders(text), COUNTED.includes(key) ? ['{n}'] : [], `${lang}: ${key}'s placeholders`);
    }
    const days = texts.days;
    assert.ok(days.other, `${lang}: days has the "other" form`);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [category, text] of Object.entries(days)) {
      assert.ok(categories.includes(category as Intl.LDMLPluralRule), `${lang}: days.${category} is one of ${categories.join(', ')}`);
      assert.deepEqual(placeholders(text), ['{n}'], `${lang}: days.${category} has {n}`);
    }
  }
});
