// dist/presets/<id>.js: each preset as the browser gets it, a classic script
// that hands it to the presets module (src/presets/registry.ts), whichever of
// the two arrives first. Checked against presets/schema.json on the way.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kindPiecesSource, pieceOf, readPresets, readSchema, registerSource, validate } from './catalogue.mjs';

/** src/presets/kind-pieces.ts, which the presets module is built with: written before rollup runs (scripts/build.mjs). */
export function writeKindPieces(file = fileURLToPath(new URL('../../src/presets/kind-pieces.ts', import.meta.url))) {
  const source = kindPiecesSource();
  if (!existsSync(file) || readFileSync(file, 'utf8') !== source) writeFileSync(file, source);
}

export function buildPresets(out = fileURLToPath(new URL('../../dist/presets/', import.meta.url))) {
  const schema = readSchema();
  mkdirSync(out, { recursive: true });
  const presets = readPresets();
  for (const { file, preset } of presets) {
    const problems = validate(preset, schema);
    if (problems.length) throw new Error(`presets/${file}: ${problems.join('; ')}`);
    writeFileSync(`${out}${preset.id}.js`, registerSource([preset]));
  }
  // For the configurator: every preset as people choose them (descriptions, purposes, parameters with examples).
  writeFileSync(
    `${out}catalogue.json`,
    JSON.stringify(presets.map(({ preset }) => ({ ...preset, $schema: undefined, piece: pieceOf(preset) || undefined }))),
  );
  // For the configurator: the code that writes a preset as the browser gets it, the same as bundle.mjs's.
  copyFileSync(fileURLToPath(new URL('source.mjs', import.meta.url)), `${out}source.mjs`);
  return presets.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`built ${buildPresets()} presets in dist/presets/`);
