// The README's vendor list is generated from presets/*.json: it must list
// every preset as the data says (run `node scripts/presets/readme.mjs`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readPresets } from '../../scripts/presets/catalogue.mjs';
import { README, readmeWithPresets } from '../../scripts/presets/readme.mjs';

test('the README lists every preset as presets/*.json says', async () => {
  const text = readFileSync(README, 'utf8');
  assert.equal(text, await readmeWithPresets(text), 'README.md is out of date: run node scripts/presets/readme.mjs');
  for (const { preset } of readPresets()) assert.ok(text.includes(`| \`${preset.id}\` `), preset.id);
});
