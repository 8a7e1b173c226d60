import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_PURPOSES } from '../../src/core/default-purposes.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { LANGUAGES, supportedLang } from '../../src/i18n/languages.js';
import type { LanguagePack } from '../../src/i18n/pack.js';
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

/** French as a language file: the reference every language is checked against. */
const french: LanguagePack = {
  core: fr,
  panel: panelFr,
  purposes: Object.fromEntries(
    DEFAULT_PURPOSES.map((p) => [p.id, [(p.label as Record<string, string>).fr, (p.description as Record<string, string>).fr]]),
  ),
};
const english: LanguagePack = {
  core: en,
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
  for (const [lang, pack] of packs) {
    const texts = flatten(pack);
    assert.deepEqual([...texts.keys()].sort(), [...reference.keys()].sort(), `${lang}: the same keys as French`);
    for (const [key, text] of texts) {
      assert.ok(typeof text === 'string' && text.trim() !== '', `${lang}: ${key} is a text`);
      assert.equal(text, text.trim(), `${lang}: ${key} has no surrounding spaces`);
      assert.deepEqual(
        placeholders(text),
        placeholders(reference.get(key) as string),
        `${lang}: ${key} has French's placeholders`,
      );
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
