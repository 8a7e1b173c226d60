import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, resolveChromium } from './scripts/chromium.mjs';

const chromium = await resolveChromium();
console.log(`wtr: chromium ${chromium.executablePath} (${chromium.source})`);

function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

/**
 * Prints `wtr: N passed, N failed, N skipped` for scripts/test.mjs. A test file
 * that failed to load, to launch, or in a hook has no failed test of its own,
 * so it counts as one failure.
 */
function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        if (session.passed !== true && totals.failed === before) totals.failed++;
      }
      console.log(`wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}

const concurrency = Number(process.env.WTR_CONCURRENCY) || 2;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    // The tsconfig path makes esbuild follow the project's decorator and
    // class-field settings, as tsc and rollup do.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromium.executablePath, headless: chromium.headless, args: CHROMIUM_ARGS },
    }),
  ],
  // Lit's dev build announces itself once per test file.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
