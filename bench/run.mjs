// `npm run bench` (after `npm run build`): consent-panel (configured in <head>, and the
// bare drop-in) and its peers, each in its fastest documented setup, side by side in
// one headless Chromium, on two pages served from 127.0.0.1 (the demo article and a
// short article page), runs interleaved library by library, for a first visit, a
// returning reader and a returning reader under the CPU profiler, plain and with 4x CPU
// throttling, with the "floor" (bench/libraries.mjs: the gated scripts released at no
// cost) in the same rounds as a reference. Writes docs/benchmarks.md,
// docs/benchmarks.svg, the README's "Performance" figures (between its bench markers)
// and the raw runs to .cache/bench/results.json (gitignored).
//
// Environment: BENCH_RUNS (runs per library, page, scenario and profile, default
// DEFAULT_RUNS below), BENCH_PROFILES (comma-separated subset of plain,phone),
// BENCH_PAGES (comma-separated subset of article,short), BENCH_LIBS (comma-separated
// library ids of bench/libraries.mjs, e.g. consent-panel,orejime; it may name the
// optional setups, which run only then), CHROME_PATH (see scripts/chromium.mjs). A
// quick look (fewer runs, one profile or page, some libraries) writes its report and
// results to .cache/bench/quick/ instead. `node bench/report.mjs` redoes the report
// from the last full run's results.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const t0 = Date.now();
const loadAtStart = os.loadavg();

/** Installs bench/'s own dependencies (the peers) when they are missing or not the pinned versions. */
function ensureDependencies() {
  const { devDependencies } = JSON.parse(readFileSync(join(benchDir, 'package.json'), 'utf8'));
  const stale = Object.entries(devDependencies).filter(([name, want]) => {
    try {
      return JSON.parse(readFileSync(join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version !== want;
    } catch {
      return true;
    }
  });
  if (!stale.length) return;
  console.log(`bench: installing ${stale.map(([n, v]) => `${n}@${v}`).join(', ')} (npm ci --prefix bench)`);
  execFileSync('npm', ['ci', '--prefix', benchDir, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: root });
}

ensureDependencies();
if (!existsSync(join(root, 'dist/consent-panel.js'))) {
  console.error('bench: dist/consent-panel.js is missing: run `npm run bench` (it builds first) or `npm run build`');
  process.exit(1);
}

// Imported after the install: libraries.mjs reads the peers' package.json.
const { chromium } = await import('playwright-core');
const { CHROMIUM_ARGS, resolveChromium } = await import('../scripts/chromium.mjs');
const { startServer } = await import('../test/e2e/harness.mjs');
const { LIBRARIES: ALL_LIBRARIES, BASELINE, FLOOR, GATED_PURPOSES } = await import('./libraries.mjs');
const { PAGES: ALL_PAGES, buildPage } = await import('./page.mjs');
const { probeScript } = await import('./probe.mjs');
const { fileSizes, textSizes } = await import('./sizes.mjs');
const { writeReport } = await import('./report.mjs');
const { libraryCodeTime, TRACE_CATEGORIES } = await import('./trace.mjs');

const list = (name) =>
  process.env[name]
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);

const WANTED = list('BENCH_LIBS');
const unknownLibs = WANTED?.filter((id) => !ALL_LIBRARIES.some((lib) => lib.id === id)) ?? [];
if (unknownLibs.length)
  throw new Error(`BENCH_LIBS: no library ${unknownLibs.join(', ')} (known: ${ALL_LIBRARIES.map((l) => l.id).join(', ')})`);
const DEFAULT_LIBRARIES = ALL_LIBRARIES.filter((lib) => !lib.optional);
const LIBRARIES = WANTED?.length ? ALL_LIBRARIES.filter((lib) => WANTED.includes(lib.id)) : DEFAULT_LIBRARIES;
// The libraries, then the floor, in every round; the floor is no peer (no bytes, ratio or target).
const MEASURED = [...LIBRARIES, FLOOR];

const WANTED_PAGES = list('BENCH_PAGES');
const unknownPages = WANTED_PAGES?.filter((id) => !ALL_PAGES.some((p) => p.id === id)) ?? [];
if (unknownPages.length)
  throw new Error(`BENCH_PAGES: no page ${unknownPages.join(', ')} (known: ${ALL_PAGES.map((p) => p.id).join(', ')})`);
const PAGES = WANTED_PAGES?.length ? ALL_PAGES.filter((p) => WANTED_PAGES.includes(p.id)) : ALL_PAGES;

// Runs per library, page, scenario and profile: with two pages, two consent-panel setups,
// four peers, the floor and a profiled returning visit, a round of both profiles is 84
// page views, 75-100 s on a busy 2-core machine (9 rounds took 14 minutes there, with the
// build); 7 rounds, as the issue measured, keep a full run well under 15 minutes.
const DEFAULT_RUNS = 7;
const RUNS = Number(process.env.BENCH_RUNS ?? DEFAULT_RUNS);
if (!(RUNS >= 1)) throw new Error(`BENCH_RUNS=${process.env.BENCH_RUNS} is not a number of runs`);
if (RUNS < DEFAULT_RUNS) console.warn(`bench: BENCH_RUNS=${RUNS}, below the default ${DEFAULT_RUNS}: a quick look, not a result`);

/** Time left after the page's load event and the scenario's end (banner painted, gated scripts run) for late work. */
const SETTLE_MS = 250;
const TIMEOUT_MS = 20_000;

const PROFILES = [
  {
    id: 'plain',
    label: 'Plain: desktop viewport, no throttling',
    throttle: 1,
    context: { viewport: { width: 1280, height: 800 } },
  },
  {
    id: 'phone',
    label: 'Phone-like: CPU throttled 4× (Emulation.setCPUThrottlingRate), 412×915 mobile viewport with touch',
    throttle: 4,
    context: { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  },
].filter((p) => !process.env.BENCH_PROFILES || process.env.BENCH_PROFILES.split(',').includes(p.id));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class BenchError extends Error {}

// --- the pages, the server, the browser -------------------------------------------

const articles = new Map(PAGES.map((page) => [page.id, page.article()]));
const server = await startServer({ root });
// Served from memory: the test server reads a file from disk with a stat and a read
// stream, which took 18-30 ms per request on a busy machine (measured in the server),
// a delay of the bench's own; from memory it answers in under 1 ms, as a CDN's cache
// would. consent-panel's files (every file at the top of dist/, so a sibling file it
// loads lazily too), the pages' stylesheets and images and the gated scripts are read
// now: other work in this tree (a rebuild of dist/, an edit of the demo) must not change
// or remove a file in the middle of the runs. Every other file the pages fetch (the
// peers' files) is read after the warm-up, from what the pages fetched in it
// (serveFetchedFromMemory below): every library gets the same server.
const snapshots = new Map();
const snapshot = (path) => {
  const body = readFileSync(join(root, decodeURIComponent(path)));
  snapshots.set(path, body);
  server.page(path, body);
};
const pageAssets = [...articles.values()].flatMap((a) => [
  ...a.css,
  ...[...a.body.matchAll(/<img\b[^>]*\bsrc="(\/[^"]+)"/gi)].map((m) => m[1]),
]);
const distFiles = readdirSync(join(root, 'dist'), { withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => `/dist/${e.name}`);
for (const path of new Set([...distFiles, ...pageAssets, ...GATED_PURPOSES.map((p) => `/bench/gated/${p}.js`)])) snapshot(path);
/** After the warm-up: every other file the pages fetched (the peers' scripts, stylesheets and language files), from memory too. */
function serveFetchedFromMemory() {
  for (const { path } of server.requests) {
    if (snapshots.has(path) || path.startsWith('/bench/page/') || path === '/favicon.ico') continue;
    if (existsSync(join(root, decodeURIComponent(path)))) snapshot(path);
  }
}
const readServed = (path) => snapshots.get(path) ?? readFileSync(join(root, decodeURIComponent(path)));
// The demo article at the URL it had before the short page came (a longer URL is a few more bytes of heap).
const pagePath = (page, lib) => (page.id === 'article' ? `/bench/page/${lib.id}.html` : `/bench/page/${page.id}/${lib.id}.html`);
for (const page of PAGES) {
  for (const lib of [BASELINE, ...MEASURED]) {
    new Function(probeScript(lib.banner, GATED_PURPOSES)); // a syntax error here, not a silent page
    server.page(
      pagePath(page, lib),
      buildPage(articles.get(page.id), {
        probe: probeScript(lib.banner, GATED_PURPOSES),
        head: lib.head,
        gated: lib.gated,
        bodyEnd: lib.bodyEnd,
      }),
    );
  }
}

const chromiumInfo = await resolveChromium();
const browser = await chromium.launch({
  executablePath: chromiumInfo.executablePath,
  headless: chromiumInfo.headless,
  args: [
    ...CHROMIUM_ARGS,
    // Headless pages are visible, but make sure no timer or frame is held back.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});

async function shutdown() {
  await browser.close().catch(() => {});
  await server.close().catch(() => {});
}

// --- one page view ----------------------------------------------------------------

const metricsOf = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** A fresh context and page, with CDP metrics on and the profile's throttling. */
async function open(profile, storageState) {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    ...profile.context,
    ...(storageState ? { storageState } : {}),
  });
  const page = await context.newPage();
  const view = { context, page, problems: [], requests: [], cdp: null };
  page.on('pageerror', (err) => view.problems.push(`uncaught error in the page: ${err.message}`));
  page.on('requestfailed', (req) => view.problems.push(`request failed: ${new URL(req.url()).pathname} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    const { pathname } = new URL(res.url());
    view.requests.push(pathname);
    if (res.status() >= 400 && pathname !== '/favicon.ico') view.problems.push(`HTTP ${res.status()} for ${pathname}`);
  });
  view.cdp = await context.newCDPSession(page);
  // Thread time: the main thread's own CPU time, which other processes on the machine
  // do not inflate as they do wall time; the CPU throttling does stretch it.
  await view.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (profile.throttle > 1) await view.cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.throttle });
  return view;
}

/** Awaits the probe's promise `window.__bench[name]`, failing after `ms` with `message`. */
function pageWait(page, name, ms, message) {
  return page.evaluate(
    ([key, timeout, msg]) =>
      Promise.race([window.__bench[key].then(() => true), new Promise((_, reject) => setTimeout(() => reject(new Error(msg)), timeout))]),
    [name, ms, message],
  );
}

const readState = (page) =>
  page.evaluate(() => {
    const b = window.__bench;
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      start: performance.getEntriesByName('consent:start')[0]?.startTime,
      banner: b.banner,
      bannerVisible: b.bannerVisible(),
      longtasks: b.longtasks.slice(),
      cls: b.cls,
      shifts: b.shifts,
      clicks: b.clicks.slice(),
      // When each gated script was put in the DOM: its fetch's start (resource timing), which
      // the insertion begins at once; the probe's MutationObserver only sees it once the
      // library's click handler has returned.
      inserted: Object.fromEntries(
        Object.entries(b.inserted).map(([p, seen]) => {
          const fetch = performance
            .getEntriesByType('resource')
            .find((e) => e.name.endsWith(`/bench/gated/${p}.js`) && e.startTime >= b.clicks[0]);
          return [p, Math.min(seen, fetch?.startTime ?? seen)];
        }),
      ),
      gated: JSON.parse(JSON.stringify(window.__gated || {})),
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
    };
  });

function pageFigures(m0, m1, state) {
  return {
    taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
    scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
    layoutMs: (m1.LayoutDuration + m1.RecalcStyleDuration - m0.LayoutDuration - m0.RecalcStyleDuration) * 1000,
    longTasks: state.longtasks.length,
    longTaskMs: state.longtasks.reduce((a, b) => a + b, 0),
    cls: state.cls,
    loadMs: state.load - state.start,
  };
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metricsOf(cdp)).JSHeapUsedSize;
}

const libraryFiles = (lib, requests) => [...new Set(requests.filter((p) => lib.files.some((prefix) => p.startsWith(prefix))))];

/**
 * A first visit: load, banner painted, settle, figures; then a click on "accept
 * all" and the time to the gated scripts. Returns the figures, the library files
 * loaded and, with `keepState`, the storage state after the accept.
 */
async function firstVisit(lib, page, profile, { keepState = false } = {}) {
  const v = await open(profile);
  try {
    const m0 = await metricsOf(v.cdp);
    await v.page.goto(server.url(pagePath(page, lib)), { waitUntil: 'load', timeout: TIMEOUT_MS });
    if (lib.banner) await pageWait(v.page, 'whenBanner', TIMEOUT_MS, `no banner seen painted within ${TIMEOUT_MS} ms`);
    await sleep(SETTLE_MS);
    const m1 = await metricsOf(v.cdp);
    const state = await readState(v.page);
    const files = libraryFiles(lib, v.requests);
    if (Object.keys(state.gated).length) throw new BenchError(`gated scripts ran before any consent: ${JSON.stringify(state.gated)}`);
    const figures = { ...pageFigures(m0, m1, state), heap: await heapAfterGc(v.cdp) };
    // Read after the heap, which it must not change: the page's first frame.
    figures.firstPaintMs = (await v.page.evaluate(() => performance.getEntriesByName('first-paint')[0]?.startTime)) - state.start;
    if (lib.banner) figures.bannerMs = state.banner.painted - state.start;
    let storageState;
    if (lib.accept) {
      const since = await v.page.evaluate(() => performance.now() - window.__bench.banner.painted);
      if ((lib.acceptAfterMs ?? 0) > since) await sleep(lib.acceptAfterMs - since);
      await v.page.locator(lib.accept).click({ timeout: TIMEOUT_MS });
      await pageWait(v.page, 'whenGated', TIMEOUT_MS, 'the gated scripts did not run after "accept all"');
      const after = await readState(v.page);
      for (const p of GATED_PURPOSES) {
        if (after.gated[p]?.length !== 1)
          throw new BenchError(`gated script "${p}" ran ${after.gated[p]?.length ?? 0} times after the accept`);
      }
      if (after.clicks.length !== 1) throw new BenchError(`expected one click, saw ${after.clicks.length}`);
      figures.acceptMs = Math.max(...GATED_PURPOSES.map((p) => after.gated[p][0])) - after.clicks[0];
      // The library's own share: the click to the last gated <script> put in the DOM.
      if (GATED_PURPOSES.every((p) => after.inserted[p])) {
        figures.acceptInsertFirstMs = Math.min(...GATED_PURPOSES.map((p) => after.inserted[p])) - after.clicks[0];
        figures.acceptInsertMs = Math.max(...GATED_PURPOSES.map((p) => after.inserted[p])) - after.clicks[0];
      }
      if (keepState) storageState = await v.context.storageState();
    }
    if (v.problems.length) throw new BenchError(v.problems.join('; '));
    return { figures, files, storageState };
  } finally {
    await v.context.close();
  }
}

/** Starts a trace of the page's renderer (CPU profile and timeline events); the returned function ends it and gives its events. */
async function startTrace(cdp) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/**
 * A returning reader (decision stored): load, gated scripts released, settle, figures.
 * With `profiled`, the same visit under a trace with the CPU profiler (bench/trace.mjs),
 * whose figures are only the main-thread time in the library's own code: the
 * profiler's overhead changes every other figure of that visit.
 */
async function returningVisit(lib, page, profile, storageState, { profiled = false } = {}) {
  const v = await open(profile, storageState);
  try {
    const m0 = await metricsOf(v.cdp);
    const endTrace = profiled ? await startTrace(v.cdp) : null;
    const url = server.url(`${pagePath(page, lib)}?returning`);
    await v.page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await pageWait(v.page, 'whenGated', TIMEOUT_MS, `the gated scripts were not released within ${TIMEOUT_MS} ms`);
    await sleep(SETTLE_MS);
    const events = endTrace ? await endTrace() : null;
    const m1 = await metricsOf(v.cdp);
    const state = await readState(v.page);
    const files = libraryFiles(lib, v.requests);
    for (const p of GATED_PURPOSES) {
      if (state.gated[p]?.length !== 1) throw new BenchError(`gated script "${p}" ran ${state.gated[p]?.length ?? 0} times`);
    }
    if (state.bannerVisible) throw new BenchError('the banner is shown again to a reader who has decided');
    if (v.problems.length) throw new BenchError(v.problems.join('; '));
    if (events) return { figures: libraryCodeTime(events, { pageUrl: url, prefixes: lib.files }), files };
    const figures = {
      ...pageFigures(m0, m1, state),
      releasedMs: Math.max(...GATED_PURPOSES.map((p) => state.gated[p][0])) - state.start,
      heap: await heapAfterGc(v.cdp),
    };
    return { figures, files };
  } finally {
    await v.context.close();
  }
}

async function attempt(what, fn) {
  try {
    return await fn();
  } catch (err) {
    throw new BenchError(`${what}: ${err.message.split('\n')[0]}`, { cause: err });
  }
}

// --- the runs -----------------------------------------------------------------------

const runs = []; // { lib, page, profile, scenario, round, ...figures }
const files = {}; // lib -> page -> { first: [...], returning: [...] }
const states = {};
let exitCode = 0;
const secondsSince = (t) => ((Date.now() - t) / 1000).toFixed(1);

try {
  console.log(
    `bench: Chromium ${browser.version()} (${chromiumInfo.source}); ${RUNS} run(s) per library, page, scenario and profile; ` +
      `pages ${PAGES.map((p) => p.id).join(', ')}; ${LIBRARIES.map((l) => l.id).join(', ')}`,
  );

  // Warm-up, not measured: each library's real "accept all" in a fresh context, whose
  // storage state then seeds every returning-reader run (the floor stores nothing), and a
  // returning visit, on every page.
  for (const page of PAGES) {
    for (const lib of MEASURED) {
      const warm = await attempt(`${lib.id}, ${page.id}, warm-up first visit`, () =>
        firstVisit(lib, page, PROFILES[0], { keepState: true }),
      );
      states[lib.id] ??= warm.storageState;
      await attempt(`${lib.id}, ${page.id}, warm-up returning visit`, () => returningVisit(lib, page, PROFILES[0], states[lib.id]));
    }
    await attempt(`page alone, ${page.id}, warm-up`, () => firstVisit(BASELINE, page, PROFILES[0]));
  }
  serveFetchedFromMemory();
  console.log(`bench: warm-up done in ${secondsSince(t0)} s; each library showed its banner and released its gated scripts on every page`);

  for (const profile of PROFILES) {
    for (let round = 1; round <= RUNS; round++) {
      const tr = Date.now();
      for (const page of PAGES) {
        const where = `${page.id}, ${profile.id}, run ${round}`;
        const row = (lib, scenario, figures) => runs.push({ lib: lib.id, page: page.id, profile: profile.id, scenario, round, ...figures });
        const base = await attempt(`page alone, ${where}`, () => firstVisit(BASELINE, page, profile));
        row(BASELINE, 'page', base.figures);
        for (const lib of MEASURED) {
          const r = await attempt(`${lib.id}, first visit, ${where}`, () => firstVisit(lib, page, profile));
          row(lib, 'first', r.figures);
          ((files[lib.id] ??= {})[page.id] ??= {}).first ??= r.files;
        }
        for (const lib of MEASURED) {
          const r = await attempt(`${lib.id}, returning reader, ${where}`, () => returningVisit(lib, page, profile, states[lib.id]));
          row(lib, 'returning', r.figures);
          files[lib.id][page.id].returning ??= r.files;
        }
        // The floor has no library code to profile.
        for (const lib of LIBRARIES) {
          const r = await attempt(`${lib.id}, profiled returning reader, ${where}`, () =>
            returningVisit(lib, page, profile, states[lib.id], { profiled: true }),
          );
          row(lib, 'profiled', r.figures);
        }
      }
      console.log(`bench: ${profile.id} round ${round}/${RUNS} (${secondsSince(tr)} s, ${secondsSince(t0)} s in all)`);
    }
  }
} catch (err) {
  exitCode = 1;
  console.error(`bench: FAILED: ${err.message}`);
} finally {
  await shutdown();
}
if (exitCode) process.exit(exitCode);

// --- bytes, machine, report -----------------------------------------------------------

// Every file of the library's that a page fetched (under its URL prefixes, from the
// responses the page saw): on a first visit, by the time its first layer was painted and
// had settled; for a returning reader, by the end of the visit. The same files on every
// page as a rule; the union over the pages, and each page's own list.
const union = (lists) => [...new Set(lists.flat())];
const bytes = Object.fromEntries(
  LIBRARIES.map((lib) => {
    const byPage = files[lib.id];
    const of = (scenario) => union(PAGES.map((page) => byPage[page.id][scenario]));
    return [
      lib.id,
      {
        first: fileSizes(of('first'), readServed),
        returning: fileSizes(of('returning'), readServed),
        pages: Object.fromEntries(PAGES.map((page) => [page.id, { first: byPage[page.id].first, returning: byPage[page.id].returning }])),
        markup: textSizes(`${lib.head}\n${lib.gated}\n${lib.bodyEnd ?? ''}`),
      },
    ];
  }),
);

function gitDescribe() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'package.json', 'rollup.config.mjs', 'scripts') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

const machine = {
  consentPanelBuild: gitDescribe(),
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()} (${os.arch()})`,
  node: process.version,
  chromium: browser.version(),
  chromiumSource: chromiumInfo.source,
  playwright: JSON.parse(readFileSync(join(root, 'node_modules/playwright-core/package.json'), 'utf8')).version,
  date: new Date().toISOString(),
  durationS: Math.round((Date.now() - t0) / 1000),
  // Other processes on the machine add noise: the 1-minute load average at the start and at the end.
  loadAverage: [loadAtStart[0], os.loadavg()[0]],
};

const results = {
  machine,
  runsPerScenario: RUNS,
  settleMs: SETTLE_MS,
  profiles: PROFILES.map(({ id, label, throttle, context }) => ({ id, label, throttle, context })),
  pages: PAGES.map(({ id, label, phrase, notes }) => ({ id, label, phrase, notes })),
  libraries: [BASELINE, ...LIBRARIES].map(({ id, name, setup, version, notes, source, storage, files: prefixes }) => ({
    id,
    name,
    setup,
    version,
    notes,
    source,
    storage,
    prefixes,
  })),
  // Its runs are in `runs` under its id; not in `libraries`, so no peer table, ratio or target has it.
  floor: { id: FLOOR.id, name: FLOOR.name, notes: FLOOR.notes },
  bytes,
  runs,
};
// A full run (the default runs or more, both profiles, both pages, every default library)
// is the one that goes into docs/ and the README; a quick look (fewer BENCH_RUNS,
// BENCH_PROFILES, BENCH_PAGES, BENCH_LIBS without a default library) stays in .cache/bench/quick/.
const full =
  RUNS >= DEFAULT_RUNS &&
  PROFILES.length === 2 &&
  PAGES.length === ALL_PAGES.length &&
  DEFAULT_LIBRARIES.every((lib) => LIBRARIES.includes(lib));
const dir = full ? 'docs' : '.cache/bench/quick';
const rawFile = full ? '.cache/bench/results.json' : '.cache/bench/quick/results.json';
mkdirSync(dirname(join(root, rawFile)), { recursive: true });
writeFileSync(join(root, rawFile), JSON.stringify(results, null, 1));
const { targets, readme } = writeReport(root, results, { dir: join(root, dir), readme: full });

console.log('\nbench: targets');
for (const t of targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.label}: ${t.detail}`);
const readmeNote = !full ? '' : readme ? " and the README's Performance figures" : ' (README.md has no bench markers: not updated)';
console.log(`\nbench: wrote ${dir}/benchmarks.md, ${dir}/benchmarks.svg, ${rawFile}${readmeNote} in ${machine.durationS} s`);
