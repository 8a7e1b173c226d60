// @ts-check
// GET /stats: per UTC day of receipt, decisions by action and, for each
// purpose, how many receipts granted it out of how many named it.
import { DAY_MS } from './http.mjs';

/** The panel's actions under the names a privacy officer reads. */
export const ACTION_NAMES = /** @type {const} */ ({ accept: 'acceptAll', reject: 'rejectAll', set: 'custom' });

/**
 * @typedef {object} Day
 * @property {string} day YYYY-MM-DD
 * @property {number} decisions
 * @property {{ acceptAll: number, rejectAll: number, custom: number }} actions
 * @property {Record<string, { granted: number, total: number, share: number }>} purposes
 */

/**
 * Every day of the range, with zeros for days without receipts.
 * @param {import('./store.mjs').Stats} stats
 * @param {{ from: number, to: number }} range
 * @returns {{ from: string, to: string, days: Day[] }}
 */
export function shapeStats(stats, range) {
  /** @type {Map<string, Day>} */
  const days = new Map();
  const first = Math.floor(range.from / DAY_MS) * DAY_MS;
  // At most ten years of empty days are filled in; days with data always appear.
  for (let t = first, n = 0; t < range.to && n < 3660; t += DAY_MS, n++) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.set(day, empty(day));
  }
  /** @param {string} day */
  const at = (day) => {
    let d = days.get(day);
    if (!d) days.set(day, (d = empty(day)));
    return d;
  };
  for (const { day, action, n } of stats.actions) {
    const name = ACTION_NAMES[/** @type {keyof typeof ACTION_NAMES} */ (action)];
    if (!name) continue;
    const d = at(day);
    d.actions[name] += Number(n);
    d.decisions += Number(n);
  }
  for (const { day, purpose, granted, total } of stats.purposes) {
    const g = Number(granted);
    const t = Number(total);
    at(day).purposes[purpose] = { granted: g, total: t, share: t ? Math.round((g / t) * 10_000) / 10_000 : 0 };
  }
  return {
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    days: [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1)),
  };
}

/** @param {string} day @returns {Day} */
const empty = (day) => ({ day, decisions: 0, actions: { acceptAll: 0, rejectAll: 0, custom: 0 }, purposes: Object.create(null) });
