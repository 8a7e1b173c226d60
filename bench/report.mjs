// Turns the runs into docs/benchmarks.md, docs/benchmarks.svg and the figures of
// the README's "Performance" section (between its bench markers).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, summary } from './stats.mjs';

const CP = 'consent-panel';
const BASE = 'none';
const FULL_PEERS = ['vanilla-cookieconsent', 'orejime', 'tarteaucitron', 'klaro'];
const ONE_FRAME_MS = 16;
const BYTES_TARGET = 13_000;

/** Figures every load has, first visit or returning. */
const LOAD_FIGURES = [
  { key: 'libTaskMs', from: 'taskMs', lib: true, label: 'main-thread time of the library', unit: 'ms' },
  { key: 'libScriptMs', from: 'scriptMs', lib: true, label: '… of which JavaScript', unit: 'ms' },
  { key: 'taskMs', label: 'main-thread time, whole page', unit: 'ms', base: true },
  { key: 'longTasks', label: 'long tasks, whole page (count)', unit: '', base: true, digits: 1 },
  { key: 'longTaskMs', label: 'long tasks, whole page (total)', unit: 'ms', base: true },
  { key: 'cls', label: 'cumulative layout shift', unit: '', base: true, digits: 4 },
  { key: 'libHeapKB', from: 'heap', lib: true, scale: 1 / 1024, label: 'JS heap used after load, library (after GC)', unit: 'KB' },
  { key: 'heapKB', from: 'heap', scale: 1 / 1024, label: 'JS heap used after load, whole page', unit: 'KB', base: true },
];

/** Figures per scenario. `lib: true`: the run's value minus the median of the page alone (same profile). */
const FIGURES = {
  first: [
    { key: 'bannerMs', label: 'script start → banner painted', unit: 'ms' },
    ...LOAD_FIGURES,
    { key: 'acceptMs', label: 'click "accept all" → both gated scripts executed', unit: 'ms' },
    { key: 'acceptInsertFirstMs', label: '… → first gated script put in the DOM', unit: 'ms' },
    { key: 'acceptInsertMs', label: '… → both gated scripts put in the DOM', unit: 'ms' },
  ],
  returning: [
    { key: 'releasedMs', label: 'script start → both gated scripts executed', unit: 'ms' },
    ...LOAD_FIGURES,
  ],
};
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

/** Per-run values of a figure for one library, profile and scenario. */
function values(results, fig, lib, profile, scenario) {
  const runs = results.runs.filter((r) => r.lib === lib && r.profile === profile && r.scenario === scenario);
  const src = fig.from ?? fig.key;
  const scale = fig.scale ?? 1;
  let offset = 0;
  if (fig.lib) {
    offset = median(results.runs.filter((r) => r.lib === BASE && r.profile === profile).map((r) => r[src]));
  }
  return runs.map((r) => (r[src] === undefined ? NaN : (r[src] - offset) * scale));
}

function stat(results, fig, lib, profile, scenario) {
  return summary(values(results, fig, lib, profile, scenario));
}

/** The floor's id when the results have its runs (older results have none), else null. */
const floorOf = (results) => (results.floor && results.runs.some((r) => r.lib === results.floor.id) ? results.floor.id : null);

// --- targets ------------------------------------------------------------------------

function targetsOf(results) {
  const t = [];
  const libs = results.libraries.map((l) => l.id).filter((id) => id !== BASE);
  const peers = libs.filter((id) => id !== CP);
  const b = results.bytes;
  if (!b[CP]) return t; // a quick look without consent-panel (BENCH_LIBS)
  const cpGzip = b[CP].first.gzip;
  t.push({
    label: `first-visit bytes (gzip) at most ${fmtInt(BYTES_TARGET)}`,
    met: cpGzip <= BYTES_TARGET,
    detail: `${fmtInt(cpGzip)} B`,
  });
  const bigger = peers.filter((p) => FULL_PEERS.includes(p) && b[p].first.gzip <= cpGzip);
  t.push({
    label: 'first-visit bytes (gzip) below every full-featured peer',
    met: bigger.length === 0,
    detail: `${fmtInt(cpGzip)} B; ${peers.map((p) => `${p} ${fmtInt(b[p].first.gzip)}`).join(', ')}`,
  });
  const fig = (scenario, key) => FIGURES[scenario].find((f) => f.key === key);
  const floor = floorOf(results);
  for (const profile of results.profiles) {
    const p = profile.id;
    const med = (scenario, key, lib) => stat(results, fig(scenario, key), lib, p, scenario).median;
    // The floor's figure for the measured column only: the verdicts stay on consent-panel's own.
    const floorText = (scenario, key) => (floor ? `; floor ${fmt(med(scenario, key, floor))} ms` : '');
    const fastestPeer = (scenario, key) => peers.map((id) => [id, med(scenario, key, id)]).sort((x, y) => x[1] - y[1])[0] ?? ['no peer', NaN];

    const [bp, bv] = fastestPeer('first', 'bannerMs');
    const cpBanner = med('first', 'bannerMs', CP);
    t.push({
      label: `[${p}] time to banner painted no slower than the fastest peer`,
      met: cpBanner <= bv,
      detail: `${fmt(cpBanner)} ms; fastest peer ${bp} ${fmt(bv)} ms`,
    });
    const cpRet = med('returning', 'libTaskMs', CP);
    const ccRet = med('returning', 'libTaskMs', 'vanilla-cookieconsent');
    t.push({
      label: `[${p}] returning reader: main-thread time at most half of vanilla-cookieconsent's`,
      met: cpRet <= ccRet / 2,
      detail: `${fmt(cpRet)} ms; vanilla-cookieconsent ${fmt(ccRet)} ms (half: ${fmt(ccRet / 2)} ms); JavaScript alone ${fmt(
        med('returning', 'libScriptMs', CP),
      )} vs ${fmt(med('returning', 'libScriptMs', 'vanilla-cookieconsent'))} ms${floorText('returning', 'libTaskMs')}${
        floor ? ` (JavaScript ${fmt(med('returning', 'libScriptMs', floor))} ms)` : ''
      }`,
    });
    const [rp, rv] = fastestPeer('returning', 'releasedMs');
    const cpRel = med('returning', 'releasedMs', CP);
    t.push({
      label: `[${p}] returning reader: gated scripts released no later than with any peer`,
      met: cpRel <= rv,
      detail: `${fmt(cpRel)} ms; earliest peer ${rp} ${fmt(rv)} ms`,
    });
    const acc = stat(results, fig('first', 'acceptMs'), CP, p, 'first');
    const ins = stat(results, fig('first', 'acceptInsertMs'), CP, p, 'first');
    t.push({
      label: `[${p}] accept → gated script executed within one frame (${ONE_FRAME_MS} ms), median`,
      met: acc.median <= ONE_FRAME_MS,
      detail: `${fmt(acc.median)} ms (${fmt(acc.min)}–${fmt(acc.max)}); first script put in the DOM after ${fmt(
        stat(results, fig('first', 'acceptInsertFirstMs'), CP, p, 'first').median,
      )} ms, both after ${fmt(ins.median)} ms${floorText('first', 'acceptMs')}`,
    });
    const cls = Math.max(
      ...values(results, fig('first', 'cls'), CP, p, 'first'),
      ...values(results, fig('returning', 'cls'), CP, p, 'returning'),
    );
    t.push({ label: `[${p}] layout shift 0`, met: cls === 0, detail: `largest CLS over all runs: ${fmt(cls, 4)}` });
  }
  return t;
}

// --- markdown -----------------------------------------------------------------------

function scenarioTable(results, profile, scenario) {
  const libs = results.libraries.filter((l) => l.id !== BASE);
  const head = ['figure (median, min–max, ratio to consent-panel)', ...libs.map((l) => l.name), 'page alone'];
  const rows = [head, head.map(() => '---')];
  for (const fig of FIGURES[scenario]) {
    const cp = stat(results, fig, CP, profile, scenario);
    if (!Number.isFinite(cp.median) && libs.every((l) => !Number.isFinite(stat(results, fig, l.id, profile, scenario).median))) continue;
    const unit = fig.unit ? ` (${fig.unit})` : '';
    const cells = libs.map((l) => {
      const s = stat(results, fig, l.id, profile, scenario);
      if (!s.n) return '–';
      const range = `${fmt(s.min, fig.digits)}–${fmt(s.max, fig.digits)}`;
      const ratio = l.id === CP ? '' : ` · ${ratioText(s.median, cp.median)}`;
      return `**${fmt(s.median, fig.digits)}**<br><sub>${range}${ratio}</sub>`;
    });
    let base = '';
    if (fig.base) {
      const s = summary(results.runs.filter((r) => r.lib === BASE && r.profile === profile).map((r) => r[fig.from ?? fig.key] * (fig.scale ?? 1)));
      base = `${fmt(s.median, fig.digits)}<br><sub>${fmt(s.min, fig.digits)}–${fmt(s.max, fig.digits)}</sub>`;
    }
    rows.push([`${fig.label}${unit}`, ...cells, base]);
  }
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function floorSection(results) {
  const floor = floorOf(results);
  if (!floor) return '';
  const head = ['figure (median, min–max)', ...results.profiles.map((p) => p.id)];
  const rows = [head, head.map(() => '---')];
  for (const [scenario, key, label] of FLOOR_FIGURES) {
    const fig = FIGURES[scenario].find((f) => f.key === key);
    const cells = results.profiles.map((p) => {
      const s = stat(results, fig, floor, p.id, scenario);
      return s.n ? `**${fmt(s.median)}**<br><sub>${fmt(s.min)}–${fmt(s.max)}</sub>` : '–';
    });
    rows.push([`${label} (ms)`, ...cells]);
  }
  return `
## Floor: what no library can beat

The floor is an ideal consent library that costs nothing (\`FLOOR\` in \`bench/libraries.mjs\`):
${esc(results.floor.notes)}. It runs in the same rounds and profiles as the libraries, measured
the same way, but is no peer: no ratio or target uses it. Its times are the fetch from 127.0.0.1
and the execution of the two gated scripts (which may not be fetched before consent); its
main-thread time above the page alone is theirs, plus a few lines of inline script. The libraries'
figures include the same, so no library can go below these on this page and machine.

${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}
`;
}

function bytesTable(results) {
  const libs = results.libraries.filter((l) => l.id !== BASE);
  const cp = results.bytes[CP];
  const rows = [
    ['library', 'files loaded', 'first visit raw', 'gzip', 'brotli', 'gzip ratio', 'returning raw', 'gzip', 'brotli', 'config and tags in the page (raw)'],
  ];
  rows.push(rows[0].map(() => '---'));
  for (const l of libs) {
    const b = results.bytes[l.id];
    const names = b.first.files.map((f) => `\`${f.path.split('/').pop()}\` ${fmtInt(f.gzip)}`).join('<br>');
    rows.push([
      l.name,
      names,
      fmtInt(b.first.raw),
      `**${fmtInt(b.first.gzip)}**`,
      fmtInt(b.first.brotli),
      l.id === CP ? '' : ratioText(b.first.gzip, cp.first.gzip),
      fmtInt(b.returning.raw),
      fmtInt(b.returning.gzip),
      fmtInt(b.returning.brotli),
      fmtInt(b.markup.raw),
    ]);
    const services = b.first.files.find((f) => /tarteaucitron\.services/.test(f.path));
    if (services) {
      const without = (k) => b.first[k] - services[k];
      rows.push([
        `${l.name} before its services file`,
        '(the same, without `tarteaucitron.services.min.js`)',
        fmtInt(without('raw')),
        fmtInt(without('gzip')),
        fmtInt(without('brotli')),
        ratioText(without('gzip'), cp.first.gzip),
        '',
        '',
        '',
        '',
      ]);
    }
  }
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function markdown(results, targets) {
  const m = results.machine;
  const libs = results.libraries.filter((l) => l.id !== BASE);
  const profiles = results.profiles;
  const out = [];
  out.push(`# Benchmarks

consent-panel against four peers, on the demo article, in one headless Chromium.
Generated by \`npm run bench\` (${m.date.slice(0, 16).replace('T', ' ')} UTC, ${m.durationS} s); do not edit by hand.

![Medians per library and figure](benchmarks.svg)

## Targets (issue 5)

Measured in this one run; medians. Bytes and layout shift are deterministic; a timing verdict
within about 10 % of its threshold can flip from one run to the next on a busy machine (see the
load average below).

| target | measured | |
| --- | --- | --- |
${targets.map((t) => `| ${t.label} | ${t.detail} | ${t.met ? 'met' : '**missed**'} |`).join('\n')}
${floorSection(results)}
## Machine

| | |
| --- | --- |
| CPU | ${m.cpu}, ${m.cores} cores |
| memory | ${m.memoryGiB} GiB |
| OS | ${m.os} |
| Node.js | ${m.node} |
| Chromium | ${m.chromium} (${m.chromiumSource}), headless, driven by playwright-core ${m.playwright} |
| load average (1 min) at start / end | ${m.loadAverage.map((x) => x.toFixed(2)).join(' / ')} |

## Libraries

| library | version | setup | decision stored in |
| --- | --- | --- | --- |
${libs.map((l) => `| ${l.name} | ${l.version}${l.id === CP && m.consentPanelBuild ? ` (${m.consentPanelBuild})` : ''} | ${esc(l.notes)} | ${l.storage} |`).join('\n')}

Each gets the same page: the demo article (\`demo/index.html\` and \`demo/demo.css\`, without the
demo's panel, status box and tags), its own loader in \`<head>\`, the same four purposes
(analytics, ads, social, personalization; plus a required "necessary" category where the library
has one) and the same two gated scripts at the end of \`<body>\` (\`bench/gated/analytics.js\` and
\`bench/gated/ads.js\`, which record \`performance.now()\` when they run). The pages are in
\`bench/libraries.mjs\`. "page alone" is the same article with no consent library and no gated script.

## Bytes the consent UI costs the page

Every JS and CSS file of the library that the page requested (seen in the runs), each compressed
on its own: gzip -9 and brotli quality 11, as \`scripts/size.mjs\` measures. The last column is the
library's configuration and tags written in the page itself (inline, uncompressed).

${bytesTable(results)}
`);
  for (const profile of profiles) {
    out.push(`## ${profile.label}

${results.runsPerScenario} runs per library and scenario, interleaved (${libs.map((l) => l.name).join(', ')}, then again).
`);
    for (const scenario of ['first', 'returning']) {
      out.push(`### ${SCENARIOS[scenario]}

${scenarioTable(results, profile.id, scenario)}
`);
    }
  }
  out.push(`## Method

- \`npm run bench\` builds \`dist/\`, installs \`bench/\`'s own dependencies (the four peers, pinned) when
  they are missing, serves the project from a node http server on 127.0.0.1 (\`test/e2e/harness.mjs\`,
  no compression, \`Cache-Control: no-store\`) and drives the Chromium of \`scripts/chromium.mjs\`
  with playwright-core. \`dist/consent-panel.js\` and the demo stylesheet are read once at the start
  and served from memory.
- Every run is a fresh browser context (no cache, no storage), locale fr-FR. Rounds interleave the
  libraries: page alone, then each library's first visit, then each library's returning visit${
    floorOf(results) ? ' (the floor after the libraries in both)' : ''
  }, and
  again, ${results.runsPerScenario} rounds per profile. A warm-up round comes first and is not counted.
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
  gated scripts run). The library's share is the run's value minus the median of the page alone in the
  same profile: it covers its parsing, compiling and running, and the style, layout and paint work
  its banner adds.
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
  and the execution. The gated scripts are served from memory, as consent-panel's script and the
  page's CSS are (from disk, the test server took 18-30 ms to answer on a busy machine).
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
  its JavaScript part is steadier. Timings are never a test's pass or
  fail; the byte budget is (\`scripts/size.mjs\` in \`npm test\`).
- Raw runs: \`.cache/bench/results.json\`.
`);
  return out.join('\n');
}

// --- svg ------------------------------------------------------------------------------

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function svgChart(results) {
  const libs = results.libraries.filter((l) => l.id !== BASE);
  const profiles = results.profiles;
  const fig = (scenario, key) => FIGURES[scenario].find((f) => f.key === key);
  const panels = [
    {
      title: 'First visit: bytes, gzip (B)',
      series: [{ name: 'all files', get: (lib) => ({ median: results.bytes[lib].first.gzip }) }],
    },
    ...[
      ['first', 'bannerMs', 'First visit: script start → banner painted (ms)'],
      ['first', 'libTaskMs', 'First visit: main-thread time of the library (ms)'],
      ['first', 'acceptMs', 'Click "accept all" → gated scripts run (ms)'],
      ['returning', 'releasedMs', 'Returning reader: start → gated scripts run (ms)'],
      ['returning', 'libTaskMs', 'Returning reader: main-thread time of the library (ms)'],
      ['first', 'libHeapKB', 'First visit: JS heap of the library (KB)'],
      ['returning', 'libHeapKB', 'Returning reader: JS heap of the library (KB)'],
    ].map(([scenario, key, title]) => ({
      title,
      series: profiles.map((p) => ({ name: p.id, get: (lib) => stat(results, fig(scenario, key), lib, p.id, scenario) })),
    })),
  ];

  const W = 1000;
  const colW = W / 2;
  const labelW = 150;
  const barH = 9;
  const libGap = 8;
  const panelPad = 44;
  const barAreaW = colW - labelW - 80;
  const maxSeries = Math.max(...panels.map((p) => p.series.length));
  const panelH = panelPad + libs.length * (maxSeries * barH + libGap) + 10;
  const top = 56;
  const H = top + Math.ceil(panels.length / 2) * panelH + 20;
  const colors = {
    cp: ['#c23b4e', '#8b1c2b'],
    peer: ['#b8c0cc', '#5b6675'],
  };
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title>consent-panel benchmark: medians per library and figure</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="16" font-weight="600" fill="#1a1a1a">consent-panel and peers: medians, lower is better (whiskers: min–max)</text>`,
  ];
  // Legend.
  let lx = 16;
  for (const [i, p] of profiles.entries()) {
    parts.push(`<rect x="${lx}" y="36" width="12" height="10" fill="${colors.peer[i]}"/>`);
    const text = p.id === 'plain' ? 'plain' : `${p.id} (4× CPU throttling)`;
    parts.push(`<text x="${lx + 16}" y="45" fill="#333">${esc(text)}</text>`);
    lx += 30 + text.length * 6.5;
  }
  parts.push(`<rect x="${lx}" y="36" width="12" height="10" fill="${colors.cp[1]}"/><text x="${lx + 16}" y="45" fill="#333">consent-panel</text>`);

  panels.forEach((panel, i) => {
    const x0 = (i % 2) * colW + 16;
    const y0 = top + Math.floor(i / 2) * panelH;
    parts.push(`<text x="${x0}" y="${y0 + 22}" font-size="13" font-weight="600" fill="#1a1a1a">${esc(panel.title)}</text>`);
    const medians = libs.flatMap((l) => panel.series.map((s) => s.get(l.id).median)).filter(Number.isFinite);
    const max = Math.max(...medians, 1e-9) * 1.1;
    const scale = (v) => Math.max(0, Math.min(barAreaW, (v / max) * barAreaW));
    libs.forEach((l, li) => {
      const yl = y0 + panelPad + li * (panel.series.length * barH + libGap + (maxSeries - panel.series.length) * barH);
      const isCp = l.id === CP;
      parts.push(
        `<text x="${x0 + labelW - 8}" y="${yl + (panel.series.length * barH) / 2 + 4}" text-anchor="end" fill="#1a1a1a"${isCp ? ' font-weight="600"' : ''}>${esc(l.name)}</text>`,
      );
      panel.series.forEach((s, si) => {
        const v = s.get(l.id);
        const y = yl + si * barH;
        const palette = isCp ? colors.cp : colors.peer;
        const color = panel.series.length === 1 ? palette[1] : palette[si];
        const w = Number.isFinite(v.median) ? scale(v.median) : 0;
        parts.push(`<rect x="${x0 + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH - 1}" fill="${color}"/>`);
        if (Number.isFinite(v.min) && Number.isFinite(v.max)) {
          const a = x0 + labelW + scale(v.min);
          const b = x0 + labelW + scale(v.max);
          const ym = y + (barH - 1) / 2;
          parts.push(`<path d="M${a.toFixed(1)} ${ym}H${b.toFixed(1)}M${a.toFixed(1)} ${ym - 2}v4M${b.toFixed(1)} ${ym - 2}v4" stroke="#222" stroke-width="0.8" fill="none"/>`);
        }
        const label = Number.isFinite(v.median) ? (Math.abs(v.median) >= 1000 ? fmtInt(v.median) : fmt(v.median)) : 'n/a';
        const tx = x0 + labelW + Math.max(w, Number.isFinite(v.max) ? scale(v.max) : 0) + 4;
        parts.push(`<text x="${tx.toFixed(1)}" y="${y + barH - 1}" font-size="10" fill="#333">${esc(label)}</text>`);
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
  const phone = results.profiles.find((p) => p.id === 'phone') ?? results.profiles[0];
  const fig = (scenario, key) => FIGURES[scenario].find((f) => f.key === key);
  const med = (scenario, key, lib) => stat(results, fig(scenario, key), lib, phone.id, scenario).median;
  const peers = results.libraries.map((l) => l.id).filter((id) => id !== BASE && id !== CP);
  const list = (scenario, key, unit) =>
    [CP, ...peers].map((id) => `${id === CP ? '**consent-panel**' : id} ${fmt(med(scenario, key, id))}${unit}`).join(', ');
  const met = targets.filter((t) => t.met).length;
  return `${START}
Measured by \`npm run bench\` against vanilla-cookieconsent, orejime, tarteaucitron and klaro on
the demo article (medians of ${results.runsPerScenario} interleaved runs; phone-like: 4× CPU throttling;
${results.machine.chromium.replace(/^(\d+).*/, 'Chromium $1')}, ${results.machine.date.slice(0, 10)}):

- First visit, bytes (gzip): ${[CP, ...peers].map((id) => `${id === CP ? '**consent-panel**' : id} ${fmtInt(b[id].first.gzip)}`).join(', ')}.
- Script start to banner painted (phone-like, ms): ${list('first', 'bannerMs', '')}.
- Returning reader, main-thread time of the library (phone-like, ms): ${list('returning', 'libTaskMs', '')}.
- Returning reader, start to gated scripts run (phone-like, ms): ${list('returning', 'releasedMs', '')}.
- "Accept all" to gated scripts run (phone-like, ms): ${list('first', 'acceptMs', '')}.
- Benchmark targets met in that run: ${met} of ${targets.length}.

Method, every figure and the chart: [docs/benchmarks.md](docs/benchmarks.md).
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
  const targets = targetsOf(results);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'benchmarks.md'), markdown(results, targets));
  writeFileSync(join(dir, 'benchmarks.svg'), svgChart(results));
  return { targets, readme: readme && updateReadme(root, results, targets) };
}

// `node bench/report.mjs` rewrites the outputs from the last run's .cache/bench/results.json.
if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const root = new URL('..', import.meta.url).pathname;
  const results = JSON.parse(readFileSync(join(root, '.cache/bench/results.json'), 'utf8'));
  const { targets, readme } = writeReport(root, results);
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'} ${t.label}: ${t.detail}`);
  console.log(`wrote docs/benchmarks.md, docs/benchmarks.svg${readme ? ', README.md (Performance figures)' : ''}`);
}
