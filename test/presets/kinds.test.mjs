// The tag loader kinds live in three places that must agree: the schema's list (KINDS and PIECES in
// src/presets/kind-pieces.ts, generated from presets/schema.json), the kinds usePresets() offers to bundlers
// (src/presets/kinds/all.ts), and the pieces the build makes for the drop-in script's module
// (dist/presets/kind-<kind>.js, from rollup.config.mjs). A kind added to one only fails here. Needs npm run build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { readSchema } from '../../scripts/presets/catalogue.mjs';

const dist = new URL('../../dist/', import.meta.url);
const { KINDS, PIECES } = await import(new URL('esm/presets/kind-pieces.js', dist));
const { ALL_KINDS } = await import(new URL('esm/presets/kinds/all.js', dist));
/** Every kind but `script`, which needs no loader (the module's own script loader). */
const LOADERS = readSchema()
  .properties.tag.properties.kind.enum.filter((kind) => kind !== 'script')
  .sort();

test('KINDS is the schema’s list of kinds, and PIECES has a piece for each kind but script', () => {
  assert.deepEqual([...KINDS].sort(), [...LOADERS, 'script'].sort());
  assert.deepEqual(Object.keys(PIECES).sort(), LOADERS);
});

test('usePresets() offers every kind of KINDS but script, and no other', () => {
  assert.deepEqual(Object.keys(ALL_KINDS).sort(), LOADERS);
  for (const kind of LOADERS) assert.equal(typeof ALL_KINDS[kind], 'function', kind);
});

test('each kind has its piece built, which registers that kind and no other', () => {
  for (const kind of LOADERS) {
    const file = new URL(`presets/kind-${kind}.js`, dist);
    assert.ok(existsSync(file), `dist/presets/kind-${kind}.js is built (rollup.config.mjs)`);
    // Run as a page would: the piece adds { kinds } to the registry, self.consentPanelPresets.
    const page = {};
    page.self = page;
    runInNewContext(readFileSync(file, 'utf8'), page);
    const entries = page.consentPanelPresets;
    assert.equal(entries?.length, 1, `kind-${kind}.js adds one entry to the registry`);
    assert.deepEqual(Object.keys(entries[0].kinds), [kind], `kind-${kind}.js registers ${kind}`);
    assert.equal(typeof entries[0].kinds[kind], 'function');
  }
});
