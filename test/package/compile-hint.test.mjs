// The drop-in script's first line is V8's explicit compile hint (rollup.config.mjs adds it
// after the minifier, which removes comments): without it, a returning reader's main thread
// compiles the script's functions one by one at their first call (README, "Size").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('dist/consent-panel.js starts with //# allFunctionsCalledOnLoad, alone on its first line', () => {
  const code = readFileSync(new URL('../../dist/consent-panel.js', import.meta.url), 'utf8');
  assert.equal(code.split('\n', 1)[0], '//# allFunctionsCalledOnLoad', 'run `npm run build` first');
  assert.ok(code.length > 1_000 && !code.slice(30).includes('allFunctionsCalledOnLoad'), 'the hint once, before the code');
});
