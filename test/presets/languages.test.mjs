// A site's presets file built for the languages its panel can show
// (scripts/presets/bundle.mjs --lang): the presets' texts kept in those only,
// and, without the option, the file as it always was. Needs npm run build
// (dist/presets/site.js and the kinds' pieces).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readPresets, runtimeForm, siteFile, textIn } from '../../scripts/presets/catalogue.mjs';
import { panelLanguages, readArguments } from '../../scripts/presets/bundle.mjs';

const BUNDLE = fileURLToPath(new URL('../../scripts/presets/bundle.mjs', import.meta.url));
const PRESETS = readPresets().map(({ preset }) => preset);
const IDS = PRESETS.map((preset) => preset.id);
const WITH_TEXTS = PRESETS.filter((preset) => preset.retention);
const TEXT = { fr: 'Cookies : 13 mois.', en: 'Cookies: 13 months.' };

test('a text kept in the languages asked: one left is a plain string, several an object in its own order', () => {
  assert.equal(textIn(TEXT, ['fr']), TEXT.fr);
  assert.equal(textIn(TEXT, ['en']), TEXT.en);
  // A language the text lacks keeps the one the panel falls back on: English, else French.
  assert.equal(textIn(TEXT, ['de']), TEXT.en);
  assert.equal(textIn({ fr: 'seul' }, ['de']), 'seul');
  assert.deepEqual(textIn(TEXT, ['fr', 'de']), TEXT);
  assert.deepEqual(Object.keys(textIn(TEXT, ['en', 'fr'])), ['fr', 'en']);
  assert.deepEqual(textIn({ fr: 'a', en: 'b', de: 'c' }, ['de', 'it']), { en: 'b', de: 'c' });
  // None asked: the text as it is; a plain string stays one.
  assert.equal(textIn(TEXT, undefined), TEXT);
  assert.equal(textIn(TEXT, []), TEXT);
  assert.equal(textIn('as is', ['fr']), 'as is');
});

test('without languages, every preset’s texts go to the browser as written', () => {
  for (const preset of WITH_TEXTS) assert.equal(runtimeForm(preset).retention, preset.retention, preset.id);
  assert.ok(WITH_TEXTS.length >= 4);
});

test('the default file is the file with every language, byte for byte, and bundle.mjs without --lang writes it', () => {
  const all = siteFile(IDS);
  assert.equal(siteFile(IDS, { langs: ['fr', 'en'] }), all);
  assert.equal(siteFile(IDS, { langs: ['en', 'fr'] }), all);
  for (const preset of WITH_TEXTS)
    assert.ok(all.includes(JSON.stringify(preset.retention.en)) && all.includes(JSON.stringify(preset.retention.fr)));
  assert.equal(execFileSync(process.execPath, [BUNDLE, ...IDS], { encoding: 'utf8' }), all);
});

test('--lang fr: every French text and no English one; nothing else differs', () => {
  const fr = execFileSync(process.execPath, [BUNDLE, '--lang', 'fr', ...IDS], { encoding: 'utf8' });
  assert.equal(fr, siteFile(IDS, { langs: ['fr'] }));
  for (const preset of WITH_TEXTS) {
    assert.ok(fr.includes(`retention:${JSON.stringify(preset.retention.fr)}`), preset.id);
    assert.ok(!fr.includes(JSON.stringify(preset.retention.en)), preset.id);
  }
  // The same file once each preset's retention is written in French only.
  const french = readPresets().map(({ file, preset }) => ({ file, preset: { ...preset, retention: preset.retention?.fr } }));
  assert.equal(fr, siteFile(IDS, { presets: french }));
});

test('--lang de: the English texts, and bundle.mjs says so', () => {
  const run = spawnSync(process.execPath, [BUNDLE, '--lang=de', 'youtube', 'vimeo'], { encoding: 'utf8' });
  assert.equal(run.status, 0);
  assert.equal(run.stdout, siteFile(['youtube', 'vimeo'], { langs: ['en'] }));
  assert.match(run.stderr, /the presets have no "de" texts; the English ones are kept\./);
});

test('the command line: --lang takes the panel’s languages, folded as the panel folds them; anything else is refused', () => {
  assert.deepEqual(readArguments(['youtube', 'vimeo']), { ids: ['youtube', 'vimeo'], langs: undefined });
  assert.deepEqual(readArguments(['--lang', 'fr', 'youtube']), { ids: ['youtube'], langs: ['fr'] });
  assert.deepEqual(readArguments(['youtube', '--lang=fr-BE,EN,fr']), { ids: ['youtube'], langs: ['fr', 'en'] });
  assert.deepEqual(readArguments(['--lang', 'no', 'youtube']).langs, ['nb']);
  assert.throws(() => readArguments(['--lang', 'xx', 'youtube']), /--lang: "xx" is not a language the panel speaks/);
  assert.throws(() => readArguments(['youtube', '--lang']), /--lang needs a language/);
  assert.throws(() => readArguments(['--langs', 'fr', 'youtube']), /unknown option --langs/);
  assert.ok(panelLanguages().includes('de') && panelLanguages().includes('fr') && panelLanguages().length >= 27);
  const run = spawnSync(process.execPath, [BUNDLE, '--lang', 'klingon', 'youtube'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /"klingon" is not a language the panel speaks/);
});
