#!/usr/bin/env node
// `node scripts/presets/bundle.mjs [--lang fr] youtube google-analytics … > consent-presets.js`:
// a site's presets file, one classic script: the presets module
// (dist/presets/site.js), the given presets and the tag loader kinds they use
// (dist/presets/kind-*.js, so after npm run build) and no other, for a site to
// serve (or inline) before the drop-in script, which then fetches neither the
// presets module nor any preset.
//
// `--lang fr` (or `--lang fr,en`, `--lang=fr`): the languages the site's panel
// can show, for a site whose configuration fixes `lang`; the presets' texts
// are kept in those only (a language the catalogue has no texts in keeps the
// English ones, which the panel would show). Without it: every language.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteFile } from './catalogue.mjs';

/** The languages the panel speaks: French and English built in, one file of src/i18n/langs/ for each other one. */
export const panelLanguages = () => [
  'fr',
  'en',
  ...readdirSync(fileURLToPath(new URL('../../src/i18n/langs/', import.meta.url)))
    .filter((name) => /^[a-z]{2}\.ts$/.test(name))
    .map((name) => name.slice(0, 2)),
];

/** The languages the presets' texts are written in (presets/schema.json's text). */
const TEXT_LANGUAGES = ['fr', 'en'];

/**
 * The command line read: `{ ids, langs }`, `langs` undefined without `--lang`. Codes fold as the panel folds them
 * (`fr-BE` → `fr`, `no`/`nn` → `nb`); one the panel does not speak throws.
 */
export function readArguments(args, languages = panelLanguages()) {
  const ids = [];
  let langs;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg != '--lang' && !arg.startsWith('--lang=')) {
      if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
      ids.push(arg);
      continue;
    }
    const value = arg == '--lang' ? args[++i] : arg.slice('--lang='.length);
    if (!value) throw new Error('--lang needs a language, such as --lang fr or --lang fr,en');
    langs = [
      ...new Set(
        value.split(',').map((code) => {
          const base = code.trim().toLowerCase().split(/[-_]/)[0];
          const lang = base == 'no' || base == 'nn' ? 'nb' : base;
          if (!languages.includes(lang))
            throw new Error(`--lang: ${JSON.stringify(code)} is not a language the panel speaks (${languages.join(' ')})`);
          return lang;
        }),
      ),
    ];
  }
  return { ids, langs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { ids, langs } = readArguments(process.argv.slice(2));
    if (!ids.length) {
      console.error('usage: node scripts/presets/bundle.mjs [--lang fr[,en]] <preset id>… > consent-presets.js');
      process.exit(2);
    }
    for (const lang of langs ?? [])
      if (!TEXT_LANGUAGES.includes(lang)) console.error(`bundle.mjs: the presets have no "${lang}" texts; the English ones are kept.`);
    process.stdout.write(siteFile(ids, { langs }));
  } catch (error) {
    console.error(String(error.message));
    process.exit(1);
  }
}
