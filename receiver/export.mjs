// @ts-check
// GET /export: the log between two instants, streamed page by page (keyset
// paging on receive time and sequence), so memory stays flat however long it is.
import { BASE_HEADERS } from './http.mjs';

const PAGE = 500;

/**
 * A stored receipt as the API shows it: the JSON that was sent plus `receivedAt`
 * (and `clientHash` when the receiver keeps one).
 * @param {import('./store.mjs').StoredRow} row
 */
export function shown(row) {
  const value = { ...JSON.parse(row.body), receivedAt: new Date(row.receivedAt).toISOString() };
  if (row.clientHash) value.clientHash = row.clientHash;
  return value;
}

const CSV_COLUMNS = [
  'receivedAt',
  'id',
  'decidedAt',
  'expiresAt',
  'revision',
  'source',
  'action',
  'lang',
  'gpc',
  'configHash',
  'page',
  'purposes',
  'vendors',
  'tcString',
  'clientHash',
];

/**
 * One CSV cell: quoted when needed, and a text that a spreadsheet would run as
 * a formula (= + - @ tab, carriage return first) gets a leading apostrophe.
 * @param {unknown} value
 */
export function csvCell(value) {
  if (value === undefined || value === null) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n']/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** @param {Record<string, unknown>} receipt */
const csvLine = (receipt) => CSV_COLUMNS.map((c) => csvCell(receipt[c])).join(',') + '\r\n';

/**
 * @param {import('node:http').ServerResponse} res
 * @param {import('./store.mjs').Store} store
 * @param {{ from: number, to: number }} range
 * @param {'ndjson' | 'csv'} format
 */
export async function streamExport(res, store, range, format) {
  // The first page is read before the headers go out, so a database that is
  // down still gets a clean 503.
  let rows = await store.page(range.from, range.to, null, PAGE);
  const name = `consent-receipts-${new Date(range.from).toISOString().slice(0, 10)}.${format}`;
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}"`,
  });
  if (format === 'csv') res.write(CSV_COLUMNS.join(',') + '\r\n');
  let closed = false;
  res.on('close', () => (closed = true));
  try {
    while (rows.length && !closed) {
      let chunk = '';
      for (const row of rows) {
        const receipt = shown(row);
        chunk += format === 'csv' ? csvLine(receipt) : JSON.stringify(receipt) + '\n';
      }
      if (!res.write(chunk)) await drained(res);
      if (rows.length < PAGE) break;
      const last = rows[rows.length - 1];
      rows = await store.page(range.from, range.to, last, PAGE);
    }
    res.end();
  } catch (error) {
    // Too late for a status: cut the stream so the client sees it incomplete.
    res.destroy(/** @type {Error} */ (error));
  }
}

/** Resolves when the client has taken what was written, or is gone. @param {import('node:http').ServerResponse} res */
function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve(undefined);
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
