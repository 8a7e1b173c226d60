// @ts-check
// GET /dashboard: the figures of /stats for a privacy officer, as charts (uPlot)
// and as tables. Everything that comes from the data is escaped; the figures
// reach the page's script as JSON inside a non-executed script element; the
// CSP allows only this receiver's own scripts and styles.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('./dashboard/', import.meta.url));

/**
 * Files the page loads, read once: path → [content type, body].
 * @type {Map<string, [string, Buffer]>}
 */
export const DASHBOARD_ASSETS = new Map([
  ['/dashboard/uPlot.iife.min.js', ['text/javascript; charset=utf-8', readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'))]],
  ['/dashboard/uPlot.min.css', ['text/css; charset=utf-8', readFileSync(require.resolve('uplot/dist/uPlot.min.css'))]],
  ['/dashboard/app.js', ['text/javascript; charset=utf-8', readFileSync(here + 'app.js')]],
  ['/dashboard/dashboard.css', ['text/css; charset=utf-8', readFileSync(here + 'dashboard.css')]],
]);

/** @param {unknown} value */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot end the script element it sits in. @param {unknown} value */
export const jsonForScript = (value) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** @param {number} share */
const percent = (share) => `${(share * 100).toFixed(1)} %`;

/**
 * @param {ReturnType<typeof import('./stats.mjs').shapeStats>} stats
 * @param {{ from: string, to: string }} form the dates shown in the form (YYYY-MM-DD)
 */
export function renderDashboard(stats, form) {
  const totals = { decisions: 0, acceptAll: 0, rejectAll: 0, custom: 0 };
  /** @type {Map<string, { granted: number, total: number }>} */
  const purposes = new Map();
  for (const d of stats.days) {
    totals.decisions += d.decisions;
    totals.acceptAll += d.actions.acceptAll;
    totals.rejectAll += d.actions.rejectAll;
    totals.custom += d.actions.custom;
    for (const [name, p] of Object.entries(d.purposes)) {
      const t = purposes.get(name) ?? { granted: 0, total: 0 };
      t.granted += p.granted;
      t.total += p.total;
      purposes.set(name, t);
    }
  }
  const share = (/** @type {number} */ n) => (totals.decisions ? percent(n / totals.decisions) : '–');
  const purposeRows = [...purposes]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([name, t]) =>
        `<tr><th scope="row">${escapeHtml(name)}</th><td>${t.granted}</td><td>${t.total}</td><td>${t.total ? percent(t.granted / t.total) : '–'}</td></tr>`,
    )
    .join('');
  const dayRows = stats.days
    .filter((d) => d.decisions)
    .map(
      (d) =>
        `<tr><th scope="row">${escapeHtml(d.day)}</th><td>${d.decisions}</td><td>${d.actions.acceptAll}</td><td>${d.actions.rejectAll}</td><td>${d.actions.custom}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Consent receipts</title>
<link rel="stylesheet" href="/dashboard/uPlot.min.css">
<link rel="stylesheet" href="/dashboard/dashboard.css">
</head>
<body>
<main>
<h1>Consent receipts</h1>
<form method="get" action="/dashboard">
<label>From <input type="date" name="from" value="${escapeHtml(form.from)}" required></label>
<label>To <input type="date" name="to" value="${escapeHtml(form.to)}" required></label>
<button type="submit">Show</button>
</form>
<p class="range">Days are UTC days of receipt, ${escapeHtml(form.from)} to ${escapeHtml(form.to)} included.</p>
<section aria-labelledby="totals">
<h2 id="totals">Decisions</h2>
<table>
<thead><tr><th scope="col">Decisions</th><th scope="col">Accept all</th><th scope="col">Reject all</th><th scope="col">Custom</th></tr></thead>
<tbody><tr><td>${totals.decisions}</td><td>${totals.acceptAll} (${share(totals.acceptAll)})</td><td>${totals.rejectAll} (${share(totals.rejectAll)})</td><td>${totals.custom} (${share(totals.custom)})</td></tr></tbody>
</table>
<figure><div id="actions-chart" class="chart" role="img" aria-label="Decisions per day by action"></div><figcaption>Decisions per day by action</figcaption></figure>
</section>
<section aria-labelledby="purposes">
<h2 id="purposes">Share granted per purpose</h2>
<table>
<thead><tr><th scope="col">Purpose</th><th scope="col">Granted</th><th scope="col">Receipts naming it</th><th scope="col">Share granted</th></tr></thead>
<tbody>${purposeRows || '<tr><td colspan="4">No receipts in this period.</td></tr>'}</tbody>
</table>
<figure><div id="purposes-chart" class="chart" role="img" aria-label="Share granted per purpose and day, in percent"></div><figcaption>Share granted per purpose and day (%)</figcaption></figure>
</section>
<section aria-labelledby="per-day">
<h2 id="per-day">Per day</h2>
<table>
<thead><tr><th scope="col">Day</th><th scope="col">Decisions</th><th scope="col">Accept all</th><th scope="col">Reject all</th><th scope="col">Custom</th></tr></thead>
<tbody>${dayRows || '<tr><td colspan="5">No receipts in this period.</td></tr>'}</tbody>
</table>
</section>
</main>
<script type="application/json" id="stats">${jsonForScript(stats)}</script>
<script src="/dashboard/uPlot.iife.min.js"></script>
<script src="/dashboard/app.js"></script>
</body>
</html>
`;
}
