// Builds dist/: the drop-in script (rollup), the ESM modules with types (tsc), and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildPresets, writeKindPieces } from './presets/build.mjs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (cmd, args) => execFileSync(bin(cmd), args, { stdio: 'inherit' });

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
// The presets module is built with which tag loader piece each preset needs (src/presets/kind-pieces.ts).
writeKindPieces();
run('rollup', ['-c', '--silent']);
run('tsc', ['-p', 'tsconfig.build.json']);
execFileSync(process.execPath, [new URL('build-languages.mjs', import.meta.url).pathname], { stdio: 'inherit' });
// What it covers: custom-elements-manifest.config.mjs.
run('cem', ['analyze', '--quiet']);
// Vendor presets: dist/presets/<id>.js from presets/<id>.json.
buildPresets();
console.log('built dist/consent-panel.js, dist/esm/, custom-elements.json');
