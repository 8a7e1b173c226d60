// Turns the runs into docs/benchmarks.md, docs/benchmarks.svg and the figures of
// the README's "Performance" section (between its bench markers). The targets are
// those of the issue "A small core with plugins…" (item 8): on the short article page
// with the CPU throttled 4×, consent-panel against vanilla-cookieconsent in its fastest
// documented setup; on the demo article, consent-panel against its own figures before
// (bench/baseline-issue5.json).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, summary } from './stats.mjs';

const CP = 'consent-panel';
const CP_BARE = 'consent-panel-bare';
const CC = 'vanilla-cookieconsent';
const BASE = 'none';
const TARGET_PAGE = 'short';
const TARGET_PROFILE = 'phone';
const BASELINE_FILE = 'bench/baseline-issue5.json';
const RETURNING_BYTES_TARGET = 8_000;

/** Figures every load has, first visit or returning. */
const LOAD_FIGURES = [
  { key: 'libTaskMs', from: 'taskMs', lib: true, label: 'main-thread time of the library (above the page alone)', unit: 'ms' },
  { key: 'libScriptMs', from: 'scriptMs', lib: true, label: '… of which JavaScript', unit: 'ms' },
  { key: 'taskMs', label: 'main-thread time, whole page', unit: 'ms', base: true },
  { key: 'longTasks', label: 'long tasks, whole page (count)', unit: '', base: true, digits: 1 },
  { key: 'longTaskMs', label: 'long tasks, whole page (total)', unit: 'ms', base: true },
  { key: 'cls', label: 'cumulative layout shift', unit: '', base: true, digits: 4 },
  { key: 'libHeapKB', from: 'heap', lib: true, scale: 1 / 1024, label: 'JS heap used after load, library (after GC)', unit: 'KB' },
  { key: 'heapKB', from: 'heap', scale: 1 / 1024, label: 'JS heap used after load, whole page', unit: 'KB', base: true },
];

/**
 * Figures per scenario. `lib: true`: the run's value minus the median of the page alone
 * (same page and profile). `scenario`: the figure comes from other visits than the
 * table's (the profiled returning visits).
 */
const FIGURES = {
  first: [
    { key: 'bannerMs', label: 'script start → banner painted', unit: 'ms' },
    { key: 'firstPaintMs', label: 'script start → first paint of the page', unit: 'ms', base: true },
    ...LOAD_FIGURES,
    { key: 'acceptMs', label: 'click "accept all" → both gated scripts executed', unit: 'ms' },
    { key: 'acceptInsertFirstMs', label: '… → first gated script put in the DOM', unit: 'ms' },
    { key: 'acceptInsertMs', label: '… → both gated scripts put in the DOM', unit: 'ms' },
  ],
  returning: [
    { key: 'releasedMs', label: 'script start → both gated scripts executed', unit: 'ms' },
    {
      key: 'libCodeMs',
      scenario: 'profiled',
      label: 'main-thread time in the library’s own code (CPU profile self time + compile, profiled visits)',
      unit: 'ms',
    },
    { key: 'libSelfMs', scenario: 'profiled', label: '… of which self time of its functions', unit: 'ms' },
    { key: 'libCompileMs', scenario: 'profiled', label: '… of which compiling its scripts', unit: 'ms' },
    ...LOAD_FIGURES,
  ],
};
const figOf = (scenario, key) => FIGURES[scenario].find((f) => f.key === key);

/** The floor's figures (bench/libraries.mjs FLOOR), from the same runs' figures. */
const FLOOR_FIGURES = [
  ['first', 'acceptMs', 'click "accept all" → both gated scripts executed'],
  ['first', 'acceptInsertMs', 'click "accept all" → both gated scripts put in the DOM (their fetch started)'],
  ['returning', 'releasedMs', 'returning reader: script start → both gated scripts executed'],
  ['returning', 'libTaskMs', 'returning reader: main-thread time above the page alone'],
  ['returning', 'libScriptMs', '… of which JavaScript'],
];
const SCENARIOS = { first: 'First visit (no decision stored)', returning: 'Returning reader (decision stored: all accepted)' };

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
function fmt(v, digits) {
  if (!Number.isFinite(v)) return '–';
  if (digits !== undefined) return v.toFixed(digits);
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
}
const ratioText = (peer, cp) => (Number.isFinite(peer) && Number.isFinite(cp) && cp > 0 ? `×${(peer / cp).toFixed(2)}` : '–');
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Results from before the short page have no page on their runs: the demo article. */
const pageOfRun = (r) => r.page ?? 'article';
const pagesOf = (results) => results.pages ?? [{ id: 'article', label: 'Demo article', notes: 'the demo article' }];
const pageLabel = (results, id) => pagesOf(results).find((p) => p.id === id)?.label ?? id;
const pagesPhrase = (results) =>
  pagesOf(results)
    .map((p) => p.phrase ?? p.label.toLowerCase())
    .join(' and ');
/** A library's name, with its setup when it is not the library's only or main one (consent-panel's drop-in, a peer's optional setup). */
/** The short names the targets use for the pages. */
const PAGE_NAMES = { short: 'short page', article: 'demo article' };
/** The part of a byte set (files with their sizes) that one page fetched (`paths`). */
function onPage(set, paths) {
  const files = set.files.filter((f) => paths.includes(f.path));
  const sum = (k) => files.reduce((total, f) => total + f[k], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}
const libName = (l) => (l.setup && l.id !== l.name ? `${l.name} (${l.setup})` : l.name);

/** Per-run values of a figure for one library, page, profile and scenario. */
function values(results, fig, lib, page, profile, scenario) {
  const sc = fig.scenario ?? scenario;
  const runs = results.runs.filter((r) => r.lib === lib && pageOfRun(r) === page && r.profile === profile && r.scenario === sc);
  const src = fig.from ?? fig.key;
  const scale = fig.scale ?? 1;
  let offset = 0;
  if (fig.lib) {
    offset = median(results.runs.filter((r) => r.lib === BASE && pageOfRun(r) === page && r.profile === profile).map((r) => r[src]));
  }
  return runs.map((r) => (r[src] === undefined ? NaN : (r[src] - offset) * scale));
}

const stat = (results, fig, lib, page, profile, scenario) => summary(values(results, fig, lib, page, profile, scenario));

/** The floor's id when the results have its runs (older results have none), else null. */
const floorOf = (results) => (results.floor && results.runs.some((r) => r.lib === results.floor.id) ? results.floor.id : null);

/** bench/baseline-issue5.json, or null when it is missing. */
function readBaseline(root) {
  const path = join(root, BASELINE_FILE);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

// --- the demo article against the baseline ------------------------------------------

/** consent-panel's figures on the demo article in one profile, each with the baseline's. */
function baselineRows(results, baseline, profile) {
  const rows = [];
  for (const scenario of ['first', 'returning']) {
    for (const [key, then] of Object.entries(baseline.figures[profile]?.[scenario] ?? {})) {
      const fig = figOf(scenario, key);
      if (!fig) continue;
      const now = stat(results, fig, CP, 'article', profile, scenario);
      if (!now.n) continue;
      // The baseline has the figures as docs/benchmarks.md printed them: compared at that precision.
      rows.push({ scenario, key, fig, then: then.median, now: now.median, worse: Number(fmt(now.median, fig.digits)) > then.median });
    }
  }
  return rows;
}

// --- targets ------------------------------------------------------------------------

function targetsOf(results, baseline) {
  const t = [];
  const ids = results.libraries.map((l) => l.id);
  const has = (id) => ids.includes(id);
  const floor = floorOf(results);
  const b = results.bytes;
  const pages = pagesOf(results).map((p) => p.id);
  const profiles = results.profiles.map((p) => p.id);

  // The short page, 4× throttled, against vanilla-cookieconsent in its fastest setup.
  if (pages.includes(TARGET_PAGE) && profiles.includes(TARGET_PROFILE) && has(CC)) {
    const med = (scenario, key, lib) => stat(results, figOf(scenario, key), lib, TARGET_PAGE, TARGET_PROFILE, scenario).median;
    const floorText = (scenario, key) => (floor ? `; floor ${fmt(med(scenario, key, floor))} ms` : '');
    // No banner can be painted before the page's first frame: the page alone's first paint bounds it.
    const firstPaint = summary(
      results.runs.filter((r) => r.lib === BASE && pageOfRun(r) === TARGET_PAGE && r.profile === TARGET_PROFILE).map((r) => r.firstPaintMs),
    ).median;
    const paintText = Number.isFinite(firstPaint) ? `; floor: the page alone's first paint, ${fmt(firstPaint)} ms` : '';
    const ratioTarget = (lib, scenario, key, max, label, extra = '') => {
      const v = med(scenario, key, lib);
      const peer = med(scenario, key, CC);
      t.push({
        label: `[short page, phone] ${label}`,
        met: v <= max * peer,
        detail: `${fmt(v)} ms; vanilla-cookieconsent ${fmt(peer)} ms (×${(v / peer).toFixed(2)}${max !== 1 ? `; ×${max}: ${fmt(max * peer)} ms` : ''})${extra}`,
      });
    };
    if (has(CP))
      ratioTarget(CP, 'first', 'bannerMs', 1, 'banner painted, configured in <head>: at most ×1.0 vanilla-cookieconsent’s', paintText);
    if (has(CP_BARE))
      ratioTarget(CP_BARE, 'first', 'bannerMs', 1, 'banner painted, bare drop-in: at most ×1.0 vanilla-cookieconsent’s', paintText);
    if (has(CP)) {
      ratioTarget(
        CP,
        'returning',
        'releasedMs',
        1,
        'returning reader: gated scripts ran at most ×1.0 vanilla-cookieconsent’s',
        `${has(CP_BARE) ? `; bare drop-in ${fmt(med('returning', 'releasedMs', CP_BARE))} ms` : ''}${floorText('returning', 'releasedMs')}`,
      );
      ratioTarget(
        CP,
        'returning',
        'libCodeMs',
        0.5,
        'returning reader: main-thread time in the library’s own code at most ×0.5 vanilla-cookieconsent’s',
        `; self time ${fmt(med('returning', 'libSelfMs', CP))} + compile ${fmt(med('returning', 'libCompileMs', CP))} ms vs ${fmt(
          med('returning', 'libSelfMs', CC),
        )} + ${fmt(med('returning', 'libCompileMs', CC))} ms; main-thread time above the page alone ${fmt(med('returning', 'libTaskMs', CP))} vs ${fmt(
          med('returning', 'libTaskMs', CC),
        )} ms${floor ? ` (the floor's ${fmt(med('returning', 'libTaskMs', floor))} ms: the gated scripts; it has no library code)` : ''}`,
      );
    }
  }

  // Bytes: every file of the library's that the page fetched.
  if (b[CP]) {
    const files = (set) =>
      set.files.length > 1 ? ` (${set.files.map((f) => `${f.path.split('/').pop()} ${fmtInt(f.gzip)}`).join(' + ')})` : '';
    const firstMax = baseline?.bytes?.first?.gzip;
    if (firstMax) {
      // Per page: a page that sets --consent-* colours (the demo article) also fetches the theme check.
      const byPage = b[CP].pages ?? {};
      const pageSets = Object.keys(byPage).length ? pages.filter((p) => byPage[p]) : [undefined];
      for (const p of pageSets) {
        const set = p ? onPage(b[CP].first, byPage[p].first) : b[CP].first;
        const peer = b[CC] && (p && b[CC].pages?.[p] ? onPage(b[CC].first, b[CC].pages[p].first) : b[CC].first);
        t.push({
          label: `${p ? `[${PAGE_NAMES[p] ?? p}] ` : ''}first-visit bytes (gzip -9, every file the first layer needs) at most ${fmtInt(firstMax)}, the issue-5 figure`,
          met: set.gzip <= firstMax,
          detail: `${fmtInt(set.gzip)} B${files(set)}${peer ? `; vanilla-cookieconsent ${fmtInt(peer.gzip)} B` : ''}`,
        });
      }
    }
    t.push({
      label: `returning reader’s bytes (gzip -9, every file it downloads) at most ${fmtInt(RETURNING_BYTES_TARGET)}`,
      met: b[CP].returning.gzip <= RETURNING_BYTES_TARGET,
      detail: `${fmtInt(b[CP].returning.gzip)} B${files(b[CP].returning)}${b[CC] ? `; vanilla-cookieconsent ${fmtInt(b[CC].returning.gzip)} B` : ''}`,
    });
  }

  // The demo article: no figure worse than before.
  if (baseline && pages.includes('article') && has(CP)) {
    for (const p of profiles) {
      const rows = baselineRows(results, baseline, p);
      if (!rows.length) continue;
      const worse = rows.filter((r) => r.worse);
      t.push({
        label: `[demo article, ${p}] every figure no worse than the issue-5 baseline (${BASELINE_FILE})`,
        met: worse.length === 0,
        detail: `${rows.length - worse.length} of ${rows.length} no worse${
          worse.length
            ? `; worse: ${worse.map((r) => `${r.scenario === 'first' ? 'first visit' : 'returning'}, ${r.fig.label} ${fmt(r.now, r.fig.digits)} vs ${fmt(r.then, r.fig.digits)}`).join('; ')}`
            : ''
        }`,
      });
    }
  }
  return t;
}

// --- markdown -----------------------------------------------------------------------

const table = (rows) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');

function scenarioTable(results, page, profile, scenario) {
  const libs = results.libraries.filter((l) => l.id !== BASE);
  const head = ['figure (median, min–max, ratio to consent-panel)', ...libs.map((l) => libName(l)), 'page alone'];
  const rows = [head, head.map(() => '---')];
  for (const fig of FIGURES[scenario]) {
    const cp = stat(results, fig, CP, page, profile, scenario);
    if (libs.every((l) => !stat(results, fig, l.id, page, profile, scenario).n)) continue;
    const unit = fig.unit ? ` (${fig.unit})` : '';
    const cells = libs.map((l) => {
      const s = stat(results, fig, l.id, page, profile, scenario);
      if (!s.n) return '–';
      const range = `${fmt(s.min, fig.digits)}–${fmt(s.max, fig.digits)}`;
      const ratio = l.id === CP ? '' : ` · ${ratioText(s.median, cp.median)}`;
      return `**${fmt(s.median, fig.digits)}**<br><sub>${range}${ratio}</sub>`;
    });
    let base = '';
    if (fig.base) {
      const s = summary(
        results.runs
          .filter((r) => r.lib === BASE && pageOfRun(r) === page && r.profile === profile)
          .map((r) => r[fig.from ?? fig.key] * (fig.scale ?? 1)),
      );
      base = `${fmt(s.median, fig.digits)}<br><sub>${fmt(s.min, fig.digits)}–${fmt(s.max, fig.digits)}</sub>`;
    }
    rows.push([`${esc(fig.label)}${unit}`, ...cells, base]);
  }
  return table(rows);
}

function baselineSection(results, baseline) {
  if (!baseline || !pagesOf(results).some((p) => p.id === 'article') || !results.libraries.some((l) => l.id === CP)) return '';
  const profiles = results.profiles.filter((p) => baseline.figures[p.id]);
  if (!profiles.length) return '';
  const head = ['figure (consent-panel, configured in <head>; medians)', ...profiles.flatMap((p) => [`${p.id}: issue 5`, `${p.id}: now`])];
  const rows = [head.map(esc), head.map(() => '---')];
  const byProfile = Object.fromEntries(profiles.map((p) => [p.id, baselineRows(results, baseline, p.id)]));
  const keys = [...new Set(profiles.flatMap((p) => byProfile[p.id].map((r) => `${r.scenario}:${r.key}`)))];
  for (const k of keys) {
    const [scenario, key] = k.split(':');
    const fig = figOf(scenario, key);
    const cells = profiles.flatMap((p) => {
      const r = byProfile[p.id].find((x) => x.scenario === scenario && x.key === key);
      if (!r) return ['–', '–'];
      return [fmt(r.then, fig.digits), `${r.worse ? '**' : ''}${fmt(r.now, fig.digits)}${r.worse ? '** (worse)' : ''}`];
    });
    rows.push([
      `${scenario === 'first' ? 'first visit' : 'returning reader'}: ${esc(fig.label)}${fig.unit ? ` (${fig.unit})` : ''}`,
      ...cells,
    ]);
  }
  const cp = results.bytes[CP];
  const bytesLine = cp
    ? `Bytes (gzip -9): first visit ${fmtInt(cp.first.gzip)} (issue 5: ${fmtInt(baseline.bytes.first.gzip)}), returning reader ${fmtInt(
        cp.returning.gzip,
      )} (issue 5: ${fmtInt(baseline.bytes.returning.gzip)}); the byte targets above hold them.`
    : '';
  return `
## Demo article against the issue-5 baseline

consent-panel's figures on the demo article, configured in \`<head>\`, against the same figures in
\`docs/benchmarks.md\` before the peers got their fastest setups (\`${BASELINE_FILE}\`: ${esc(baseline.source)},
${baseline.date}, ${baseline.runsPerScenario} runs, load average ${baseline.loadAverage.join(' / ')}). Lower is better
for every figure; "worse" is any median above the baseline's, however small (timings move by 10 % or so
from one run to the next on a busy machine).

${table(rows)}

${bytesLine}
`;
}

function floorSection(results) {
  const floor = floorOf(results);
  if (!floor) return '';
  const cols = pagesOf(results).flatMap((page) => results.profiles.map((p) => ({ page: page.id, profile: p.id })));
  const head = ['figure (median, min–max)', ...cols.map((c) => `${pageLabel(results, c.page)}, ${c.profile}`)];
  const rows = [head, head.map(() => '---')];
  for (const [scenario, key, label] of FLOOR_FIGURES) {
    const fig = figOf(scenario, key);
    const cells = cols.map((c) => {
      const s = stat(results, fig, floor, c.page, c.profile, scenario);
      return s.n ? `**${fmt(s.median)}**<br><sub>${fmt(s.min)}–${fmt(s.max)}</sub>` : '–';
    });
    rows.push([`${label} (ms)`, ...cells]);
  }
  return `
## Floor: what no library can beat

The floor is an ideal consent library that costs nothing (\`FLOOR\` in \`bench/libraries.mjs\`):
${esc(results.floor.notes)}. It runs in the same rounds, pages and profiles as the libraries, measured
the same way, but is no peer: no ratio uses it, and a target gives its figure where it bounds what any
library can reach. Its times are the fetch from 127.0.0.1 and the execution of the two gated scripts
(which may not be fetched before consent); its main-thread time above the page alone is the gated scripts', plus a few lines of inline script. The
libraries' figures include the same, so no library can go below these on these pages and this machine.

${table(rows)}
`;
}

function bytesTable(results) {
  const libs = results.libraries.filter((l) => l.id !== BASE && results.bytes[l.id]);
  const cp = results.bytes[CP];
  const rows = [
    [
      'library',
      'files of the first visit (gzip each)',
      'first visit raw',
      'gzip',
      'brotli',
      'gzip ratio',
      'files of a returning reader',
      'returning raw',
      'gzip',
      'brotli',
      'config and tags in the page (raw)',
    ],
  ];
  rows.push(rows[0].map(() => '---'));
  const names = (set) => set.files.map((f) => `\`${f.path.split('/').pop()}\` ${fmtInt(f.gzip)}`).join('<br>');
  for (const l of libs) {
    const b = results.bytes[l.id];
    rows.push([
      esc(libName(l)),
      names(b.first),
      fmtInt(b.first.raw),
      `**${fmtInt(b.first.gzip)}**`,
      fmtInt(b.first.brotli),
      l.id === CP || !cp ? '' : ratioText(b.first.gzip, cp.first.gzip),
      names(b.returning),
      fmtInt(b.returning.raw),
      `**${fmtInt(b.returning.gzip)}**`,
      fmtInt(b.returning.brotli),
      fmtInt(b.markup.raw),
    ]);
  }
  // A file fetched on one page and not on the other would show here.
  const differs = libs.filter((l) => {
    const byPage = Object.values(results.bytes[l.id].pages ?? {});
    return byPage.some((p) => JSON.stringify(p) !== JSON.stringify(byPage[0]));
  });
  const note = differs.length
    ? `\nNot the same files on every page: ${differs
        .map(
          (l) =>
            `${esc(libName(l))} (${Object.entries(results.bytes[l.id].pages)
              .map(([page, f]) => `${page}: ${f.first.join(', ')}`)
              .join('; ')})`,
        )
        .join('; ')}; the table counts every file of either page.\n`
    : '';
  return `${table(rows)}\n${note}`;
}

function markdown(results, targets, baseline) {
  const m = results.machine;
  const libs = results.libraries.filter((l) => l.id !== BASE);
  const pages = pagesOf(results);
  const peers = [...new Set(libs.filter((l) => l.name !== CP).map((l) => l.name))];
  const out = [];
  out.push(`# Benchmarks

consent-panel (configured in \`<head>\`, and the bare drop-in) against ${peers.length} peers, each in its
fastest documented setup, on ${pagesPhrase(results)}, in one headless Chromium.
Generated by \`npm run bench\` (${m.date.slice(0, 16).replace('T', ' ')} UTC, ${m.durationS} s); do not edit by hand.

![Medians per library and figure](benchmarks.svg)

## Targets (issue "A small core with plugins…", item 8)

Measured in this one run; medians. On the short article page with the CPU throttled 4×, consent-panel
against vanilla-cookieconsent in its fastest documented setup (see Libraries); on the demo article,
consent-panel against its own figures before (\`${BASELINE_FILE}\`). Bytes and layout shift are
deterministic; a timing verdict within about 10 % of its threshold can flip from one run to the next
on a busy machine (see the load average below). Where something no library can beat bounds a target,
its figure is given: the floor's (below) for the gated scripts, the page alone's first paint for the
banner, which no library can paint before the page's first frame.

| target | measured | |
| --- | --- | --- |
${targets.map((t) => `| ${esc(t.label)} | ${esc(t.detail)} | ${t.met ? 'met' : '**missed**'} |`).join('\n')}
${baselineSection(results, baseline)}${floorSection(results)}
## Machine

| | |
| --- | --- |
| CPU | ${m.cpu}, ${m.cores} cores |
| memory | ${m.memoryGiB} GiB |
| OS | ${m.os} |
| Node.js | ${m.node} |
| Chromium | ${m.chromium} (${m.chromiumSource}), headless, driven by playwright-core ${m.playwright} |
| load average (1 min) at start / end | ${m.loadAverage.map((x) => x.toFixed(2)).join(' / ')} |

## Libraries and their setups

Each peer gets its fastest setup that its own documentation gives (the last column names the
document); consent-panel runs in two setups. The pages are in \`bench/libraries.mjs\`.

| library | setup | version | what the page has | from | decision stored in |
| --- | --- | --- | --- | --- | --- |
${libs
  .map(
    (l) =>
      `| ${l.name} | ${esc(l.setup ?? '')} | ${l.version}${l.name === CP && m.consentPanelBuild ? ` (${m.consentPanelBuild})` : ''} | ${esc(l.notes)} | ${esc(
        l.source ?? '',
      )} | ${l.storage} |`,
  )
  .join('\n')}

## Pages

${pages.map((p) => `- ${p.label}: ${esc(p.notes)}.`).join('\n')}

Every library gets each page with its own loader in \`<head>\` (and, where its setup says so, a script at
the end of \`<body>\`), the same four purposes (analytics, ads, social, personalization; plus a required
"necessary" category where the library has one) and the same two gated scripts at the end of \`<body>\`
(\`bench/gated/analytics.js\` and \`bench/gated/ads.js\`, which record \`performance.now()\` when they run).
"page alone" is the same page with no consent library and no gated script.

## Bytes the consent UI costs the page

Every file of the library's that the pages fetched (the responses under its URL prefixes, not a list
written in advance): on a first visit, by the time its first layer was painted and had settled; for a
returning reader, in the whole visit. Each compressed on its own: gzip -9 and brotli quality 11, as
\`scripts/size.mjs\` measures. The last column is the library's configuration and tags written in the
page itself (inline, uncompressed).

${bytesTable(results)}`);
  for (const page of pages) {
    for (const profile of results.profiles) {
      out.push(`## ${page.label}: ${profile.label}

${results.runsPerScenario} runs per library and scenario, interleaved (${libs.map((l) => esc(libName(l))).join(', ')}, then again).
`);
      for (const scenario of ['first', 'returning']) {
        out.push(`### ${SCENARIOS[scenario]}

${scenarioTable(results, page.id, profile.id, scenario)}
`);
      }
    }
  }
  out.push(`## Method

- \`npm run bench\` builds \`dist/\`, installs \`bench/\`'s own dependencies (the four peers, pinned) when
  they are missing, serves the project from a node http server on 127.0.0.1 (\`test/e2e/harness.mjs\`,
  no compression, \`Cache-Control: no-store\`) and drives the Chromium of \`scripts/chromium.mjs\`
  with playwright-core. Every file the pages load is served from memory: \`dist/\`, the pages'
  stylesheets and images and the gated scripts read at the start, the peers' files once the warm-up
  has fetched them (from disk, the server took 18-30 ms per request on a busy machine).
- Every run is a fresh browser context (no cache, no storage), locale fr-FR. Rounds interleave the
  pages and the libraries: on each page, the page alone, then each library's first visit, then each
  library's returning visit${floorOf(results) ? ' (the floor after the libraries in both)' : ''}, then each library's profiled
  returning visit; ${results.runsPerScenario} rounds per profile. A warm-up round comes first and is not counted.
- Script start: \`performance.mark('consent:start')\` in an inline script right before the library's
  stylesheet, configuration and script. Every time is from that mark, in the page's clock.
- Banner painted: the probe (\`bench/probe.mjs\`, the first script in \`<head>\`) checks the library's
  first-layer element in a MutationObserver and in a requestAnimationFrame loop: in the DOM, with a
  box in the viewport and \`checkVisibility({ opacityProperty, visibilityProperty })\` (so a banner
  that fades in counts from the first frame where its opacity is above 0). The time is taken in a
  task posted from the requestAnimationFrame callback of the frame that shows it, that is once that
  frame has been produced.
- Main-thread time: CDP \`Performance.getMetrics\` \`TaskDuration\` (and \`ScriptDuration\` for the
  JavaScript part), in thread time (\`timeDomain: threadTicks\`: CPU time of the renderer's main
  thread, which the CPU throttling stretches and other processes do not), from before the navigation
  to ${results.settleMs} ms after both the load event and the end of the scenario (banner painted, or
  gated scripts run). The library's share is the run's value minus the median of the page alone on the
  same page and profile: it covers its parsing, compiling and running, and the style, layout and paint
  work its banner adds.
- Main-thread time in the library's own code (returning reader): separate returning visits, the same
  as the others but traced (CDP \`Tracing\`, categories \`devtools.timeline\` and
  \`disabled-by-default-v8.cpu_profiler\`), from before the navigation to the same end; only this figure
  is taken from them, as the profiler's overhead changes the others. It is the CPU profile's self time
  of the library's functions on the renderer's main thread (each sample weighs the time to the next;
  a built-in or DOM function the library calls has no URL and counts for its caller), plus the main
  thread's \`v8.compile\` and \`v8.compileModule\` events for the library's files (the profiler puts a
  script's top-level compilation under "(program)"). The library's functions and files are those whose
  URL is under its prefixes; its configuration written inline in the page is not counted, and a parse
  streamed off the main thread is not main-thread time (\`bench/trace.mjs\`).
- Long tasks and layout shift: PerformanceObserver (\`longtask\`, \`layout-shift\` without recent
  input) registered by the probe, over the same window; they are the whole page's, the page alone
  is given for comparison.
- JS heap: \`JSHeapUsedSize\` after \`HeapProfiler.collectGarbage\`, at the end of that window.
- Accept: once the banner is painted and the figures above are read, a real click (playwright) on
  the library's "accept all" button of its first layer; from the click event (capture listener on
  \`window\`, before any library handler) to the later of the two gated scripts running. tarteaucitron
  attaches its buttons' handlers 500 ms after showing its banner, so its click waits for that.
  "Put in the DOM" is when the gated \`<script>\` elements were inserted: the start of their fetch
  (resource timing), or when a MutationObserver saw them if that is earlier (it runs only once the
  library's click handler has returned). That is the library's part, before the fetch from 127.0.0.1
  and the execution.
- Returning reader: the storage state (cookies and localStorage) after a real "accept all" in the
  warm-up is given to each returning run's context. The run fails if a gated script does not run
  exactly once, or if the banner shows again.
- A run where a library does not show its banner, does not release its gated scripts (or releases
  them before consent), throws or fails a request is an error: the bench stops, with no figure.
- The profiles: plain (desktop viewport, no throttling) and phone-like
  (\`Emulation.setCPUThrottlingRate\` 4×, 412×915 mobile viewport with touch).
- Timings depend on the machine and on what else runs on it (see the load average above); compare
  libraries within one run, through the ratios, not across runs. With the CPU throttled, the
  main-thread figures are the noisiest (the library's share is a difference of two noisy totals);
  its JavaScript part and the profiled figure are steadier. Timings are never a test's pass or fail;
  the byte budget is (\`scripts/size.mjs\` in \`npm test\`).
- Environment: \`BENCH_RUNS\` (rounds), \`BENCH_PROFILES\` (plain, phone), \`BENCH_PAGES\` (article, short),
  \`BENCH_LIBS\` (library ids; it may name a peer's optional slower setup). Anything less than the
  default rounds, both profiles, both pages and every default library is a quick look, written to
  \`.cache/bench/quick/\`.
- Raw runs: \`.cache/bench/results.json\`.
`);
  return out.join('\n');
}

// --- svg ------------------------------------------------------------------------------

function svgChart(results) {
  const libs = results.libraries.filter((l) => l.id !== BASE);
  const pages = pagesOf(results);
  // One bar per page and profile, in that order.
  const combos = pages.flatMap((page) => results.profiles.map((p) => ({ page: page.id, profile: p.id, name: `${page.id} · ${p.id}` })));
  const bytes = (lib, k) => ({ median: results.bytes[lib]?.[k]?.gzip ?? NaN });
  const panels = [
    {
      title: 'Bytes, gzip: first visit (upper bar), returning reader (B)',
      series: [
        { name: 'first visit', get: (lib) => bytes(lib, 'first') },
        { name: 'returning', get: (lib) => bytes(lib, 'returning') },
      ],
    },
    ...[
      ['first', 'bannerMs', 'First visit: script start → banner painted (ms)'],
      ['returning', 'libCodeMs', 'Returning reader: main-thread time in the library’s code (ms)'],
      ['returning', 'releasedMs', 'Returning reader: start → gated scripts run (ms)'],
      ['first', 'acceptMs', 'Click "accept all" → gated scripts run (ms)'],
      ['first', 'libTaskMs', 'First visit: main-thread time of the library (ms)'],
      ['returning', 'libTaskMs', 'Returning reader: main-thread time of the library (ms)'],
      ['first', 'libHeapKB', 'First visit: JS heap of the library (KB)'],
    ].map(([scenario, key, title]) => ({
      title,
      series: combos.map((c) => ({ name: c.name, get: (lib) => stat(results, figOf(scenario, key), lib, c.page, c.profile, scenario) })),
    })),
  ];

  const W = 1000;
  const colW = W / 2;
  const labelW = 215;
  const barH = 7;
  const libGap = 8;
  const panelPad = 44;
  const barAreaW = colW - labelW - 70;
  const maxSeries = Math.max(...panels.map((p) => p.series.length));
  const panelH = panelPad + libs.length * (maxSeries * barH + libGap) + 10;
  const top = 56;
  const H = top + Math.ceil(panels.length / 2) * panelH + 20;
  const colors = {
    cp: ['#e07b8a', '#c23b4e', '#a02a3c', '#6e1422'],
    peer: ['#d3d8df', '#b8c0cc', '#87919f', '#4f5967'],
  };
  const shade = (palette, i, n) =>
    palette[n === 1 ? palette.length - 1 : Math.min(palette.length - 1, Math.round((i * (palette.length - 1)) / Math.max(1, n - 1)))];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title>consent-panel benchmark: medians per library and figure</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="16" font-weight="600" fill="#1a1a1a">consent-panel and peers: medians, lower is better (whiskers: min–max)</text>`,
  ];
  // Legend: the page and profile of each bar (phone: 4× CPU throttling).
  let lx = 16;
  for (const [i, c] of combos.entries()) {
    parts.push(`<rect x="${lx}" y="36" width="12" height="10" fill="${shade(colors.peer, i, combos.length)}"/>`);
    parts.push(`<text x="${lx + 16}" y="45" fill="#333">${esc(c.name)}</text>`);
    lx += 30 + c.name.length * 6.5;
  }
  parts.push(
    `<rect x="${lx}" y="36" width="12" height="10" fill="${colors.cp[1]}"/><text x="${lx + 16}" y="45" fill="#333">consent-panel, same order (phone: 4× CPU throttling)</text>`,
  );

  panels.forEach((panel, i) => {
    const x0 = (i % 2) * colW + 16;
    const y0 = top + Math.floor(i / 2) * panelH;
    parts.push(`<text x="${x0}" y="${y0 + 22}" font-size="13" font-weight="600" fill="#1a1a1a">${esc(panel.title)}</text>`);
    const medians = libs.flatMap((l) => panel.series.map((s) => s.get(l.id).median)).filter(Number.isFinite);
    const max = Math.max(...medians, 1e-9) * 1.1;
    const scale = (v) => Math.max(0, Math.min(barAreaW, (v / max) * barAreaW));
    libs.forEach((l, li) => {
      const yl = y0 + panelPad + li * (maxSeries * barH + libGap);
      const isCp = l.name === CP;
      parts.push(
        `<text x="${x0 + labelW - 8}" y="${yl + (panel.series.length * barH) / 2 + 4}" text-anchor="end" fill="#1a1a1a"${isCp ? ' font-weight="600"' : ''}>${esc(libName(l))}</text>`,
      );
      panel.series.forEach((s, si) => {
        const v = s.get(l.id);
        const y = yl + si * barH;
        const color = shade(isCp ? colors.cp : colors.peer, si, panel.series.length);
        const w = Number.isFinite(v.median) ? scale(v.median) : 0;
        parts.push(`<rect x="${x0 + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH - 1}" fill="${color}"/>`);
        if (Number.isFinite(v.min) && Number.isFinite(v.max)) {
          const a = x0 + labelW + scale(v.min);
          const b = x0 + labelW + scale(v.max);
          const ym = y + (barH - 1) / 2;
          parts.push(
            `<path d="M${a.toFixed(1)} ${ym}H${b.toFixed(1)}M${a.toFixed(1)} ${ym - 2}v4M${b.toFixed(1)} ${ym - 2}v4" stroke="#222" stroke-width="0.8" fill="none"/>`,
          );
        }
        const label = Number.isFinite(v.median) ? (Math.abs(v.median) >= 1000 ? fmtInt(v.median) : fmt(v.median)) : 'n/a';
        const tx = x0 + labelW + Math.max(w, Number.isFinite(v.max) ? scale(v.max) : 0) + 4;
        parts.push(`<text x="${tx.toFixed(1)}" y="${y + barH - 1}" font-size="9" fill="#333">${esc(label)}</text>`);
      });
    });
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

// --- README ---------------------------------------------------------------------------

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function readmeFigures(results, targets) {
  const b = results.bytes;
  const phone = results.profiles.find((p) => p.id === TARGET_PROFILE) ?? results.profiles[0];
  const phoneWord = phone.id === 'phone' ? 'phone-like' : phone.id;
  const libs = results.libraries.filter((l) => l.id !== BASE);
  const name = (l) => (l.name === CP ? `**${libName(l)}**` : libName(l));
  const med = (scenario, key, lib, page) => stat(results, figOf(scenario, key), lib, page, phone.id, scenario).median;
  const list = (scenario, key, page) => libs.map((l) => `${name(l)} ${fmt(med(scenario, key, l.id, page))}`).join(', ');
  const byteList = (k) => libs.map((l) => `${name(l)} ${fmtInt(b[l.id][k].gzip)}`).join(', ');
  const pages = pagesOf(results);
  const met = targets.filter((t) => t.met).length;
  const perPage = pages
    .map(
      (page) => `- ${page.label}, script start to banner painted (${phoneWord}, ms): ${list('first', 'bannerMs', page.id)}.
- ${page.label}, returning reader, start to gated scripts run (${phoneWord}, ms): ${list('returning', 'releasedMs', page.id)}.
- ${page.label}, returning reader, main-thread time in the library's own code (${phoneWord}, ms): ${list('returning', 'libCodeMs', page.id)}.`,
    )
    .join('\n');
  // A blank line after the marker, as Prettier writes Markdown: npm test checks the README's format.
  return `${START}

Measured by \`npm run bench\` against vanilla-cookieconsent, orejime, tarteaucitron and klaro, each in its
fastest documented setup, on ${pagesPhrase(results)} (medians of ${results.runsPerScenario}
interleaved runs; phone-like: 4× CPU throttling; ${results.machine.chromium.replace(/^(\d+).*/, 'Chromium $1')}, ${results.machine.date.slice(0, 10)}):

- First visit, bytes (gzip, every file the first layer needs): ${byteList('first')}.
- Returning reader, bytes (gzip): ${byteList('returning')}.
${perPage}
- Benchmark targets met in that run: ${met} of ${targets.length}.

Method, every figure, the setups and the chart: [docs/benchmarks.md](docs/benchmarks.md).
${END}`;
}

function updateReadme(root, results, targets) {
  const path = join(root, 'README.md');
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return false;
  writeFileSync(path, text.slice(0, a) + readmeFigures(results, targets) + text.slice(b + END.length));
  return true;
}

/**
 * Writes benchmarks.md and benchmarks.svg into `dir` (docs/ by default) and, when
 * `readme` is true, the README's figures. Returns the targets and where it wrote.
 */
export function writeReport(root, results, { dir = join(root, 'docs'), readme = true } = {}) {
  const baseline = readBaseline(root);
  const targets = targetsOf(results, baseline);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'benchmarks.md'), markdown(results, targets, baseline));
  writeFileSync(join(dir, 'benchmarks.svg'), svgChart(results));
  return { targets, readme: readme && updateReadme(root, results, targets) };
}

// `node bench/report.mjs` rewrites the outputs from the last full run's .cache/bench/results.json
// (`node bench/report.mjs quick`: the last quick look's, into .cache/bench/quick/).
if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const root = new URL('..', import.meta.url).pathname;
  const quick = process.argv[2] === 'quick';
  const from = quick ? '.cache/bench/quick' : '.cache/bench';
  const results = JSON.parse(readFileSync(join(root, from, 'results.json'), 'utf8'));
  const { targets, readme } = writeReport(root, results, quick ? { dir: join(root, from), readme: false } : {});
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'} ${t.label}: ${t.detail}`);
  console.log(`wrote ${quick ? from : 'docs'}/benchmarks.md, benchmarks.svg${readme ? ', README.md (Performance figures)' : ''}`);
}
