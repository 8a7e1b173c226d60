// `npm test`: every check in order, then one closing line `N passed, N failed`
// (CI reads it). `node scripts/test.mjs unit e2e` runs only the named steps.
// Every step runs even after a failure, so one CI log shows all problems.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, PATH: join(root, 'node_modules/.bin') + delimiter + process.env.PATH };

/** Runs a command with its output streamed live and also captured for counting. */
function run(cmd, args) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // Decoded per stream so a multi-byte character split across chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      output += d;
    });
    child.stderr.on('data', (d) => {
      process.stderr.write(d);
      output += d;
    });
    child.on('error', (err) => {
      output += String(err);
      console.error(err.message);
    });
    child.on('close', (code, signal) => resolve({ ok: code === 0 && !signal, output }));
  });
}

function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)))
    .sort();
}

const asOneTest = ({ ok }) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

// wtr's progress display leaves cursor codes at the start of the next line.
const plain = stripVTControlCharacters;

/**
 * Counts from a `label: N passed, N failed[, N skipped]` line. A missing line
 * or a non-zero exit without failures counts as one failure, so a broken
 * runner can never pass as "0 failed".
 */
function fromSummaryLine(label) {
  return ({ ok, output }) => {
    const m = [...plain(output).matchAll(new RegExp(`^${label}: (\\d+) passed, (\\d+) failed(?:, (\\d+) skipped)?$`, 'gm'))].pop();
    const c = { passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 0), skipped: Number(m?.[3] ?? 0) };
    if ((!ok || !m) && !c.failed) c.failed = 1;
    return c;
  };
}

/** Counts from node's test runner summary (TAP `# pass N` or spec `ℹ pass N`). */
function fromNodeTest({ ok, output, none }) {
  if (none) return { passed: 0, failed: 0, skipped: 0 };
  const totals = (key) => [...plain(output).matchAll(new RegExp(`^(?:# |ℹ )${key} (\\d+)$`, 'gm'))].pop()?.[1];
  const n = (key) => Number(totals(key) ?? 0);
  const c = { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
  if ((!ok || totals('pass') === undefined) && !c.failed) c.failed = 1;
  return c;
}

function nodeTest(files) {
  // With no files, `node --test` would go looking through the whole project.
  if (!files.length) {
    console.log('no test files');
    return { ok: true, output: '', none: true };
  }
  return run('node', ['--enable-source-maps', '--test', '--test-reporter=spec', ...files]);
}

const STEPS = {
  typecheck: {
    title: 'typecheck (tsc --noEmit: src, then src with the browser tests)',
    run: async () => {
      const src = await run('tsc', ['-p', 'tsconfig.json', '--noEmit']);
      return src.ok ? run('tsc', ['-p', 'tsconfig.test.json']) : src;
    },
    count: asOneTest,
  },
  lint: {
    title: 'lint (eslint)',
    run: () => run('eslint', ['.']),
    count: asOneTest,
  },
  format: {
    title: 'format (prettier --check .)',
    run: () => run('prettier', ['--check', '.']),
    count: asOneTest,
  },
  build: {
    title: 'build (npm run build)',
    run: () => run('npm', ['run', 'build', '--silent']),
    count: asOneTest,
  },
  size: {
    title: 'size budgets (scripts/size.mjs)',
    run: () => run('node', ['scripts/size.mjs']),
    count: fromSummaryLine('size'),
  },
  presets: {
    title: 'vendor presets (node --test: presets/*.json against presets/schema.json, sources)',
    run: () => nodeTest(findFiles(join(root, 'test/presets'), '.test.mjs')),
    count: fromNodeTest,
  },
  package: {
    title:
      'package tests (node --test: custom-elements.json; npm pack type-checked by a strict TypeScript consumer; the template minifier of the build; the compile hint of the drop-in script)',
    run: () => nodeTest(findFiles(join(root, 'test/package'), '.test.mjs')),
    count: fromNodeTest,
  },
  unit: {
    title: 'unit tests (tsc to .cache/unit, node --test)',
    async run() {
      // Stale output of a deleted test would otherwise still run.
      rmSync(join(root, '.cache/unit'), { recursive: true, force: true });
      const compiled = await run('tsc', ['-p', 'tsconfig.unit.json']);
      if (!compiled.ok) return compiled;
      return nodeTest(findFiles(join(root, '.cache/unit/test/core'), '.test.js'));
    },
    count: fromNodeTest,
  },
  browser: {
    title: 'browser tests (web-test-runner, Chromium)',
    run: () => run('wtr', ['--config', 'web-test-runner.config.mjs']),
    count: fromSummaryLine('wtr'),
  },
  e2e: {
    title: 'e2e tests (node --test, playwright-core against dist/)',
    run: () => nodeTest(findFiles(join(root, 'test/e2e'), '.test.mjs')),
    count: fromNodeTest,
  },
  server: {
    title: 'receiver tests (node --test: the receipts receiver on SQLite and on one embedded PostgreSQL for the run)',
    async run() {
      const typed = await run('tsc', ['-p', 'receiver/tsconfig.json']);
      if (!typed.ok) return typed;
      const files = findFiles(join(root, 'test/server'), '.test.mjs');
      if (!files.length) return nodeTest(files);
      return run('node', ['test/server/with-postgres.mjs', 'node', '--enable-source-maps', '--test', '--test-reporter=spec', ...files]);
    },
    count: fromNodeTest,
  },
};

const names = process.argv.slice(2);
const unknown = names.filter((n) => !(n in STEPS));
if (unknown.length) {
  console.error(`unknown step ${unknown.join(', ')}; steps: ${Object.keys(STEPS).join(', ')}`);
  process.exit(2);
}

const results = [];
for (const name of names.length ? names : Object.keys(STEPS)) {
  const step = STEPS[name];
  console.log(`\n=== ${step.title} ===`);
  const t0 = Date.now();
  const c = step.count(await step.run());
  results.push({ name, seconds: (Date.now() - t0) / 1000, ...c });
}

console.log('\n=== summary ===');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  const mark = r.failed ? 'FAIL' : 'ok  ';
  console.log(`${mark} ${r.name.padEnd(10)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.passed} passed, ${r.failed} failed${skipped}`);
}
const sum = (key) => results.reduce((n, r) => n + r[key], 0);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = sum('failed') ? 1 : 0;
