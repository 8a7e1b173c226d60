// @ts-check
// The storage contract both databases implement, and the choice between them
// from DATABASE_URL.

/**
 * One receipt as written: the body exactly as the site sent it, plus what the
 * receiver adds and the columns it is searched and counted by.
 * @typedef {object} Row
 * @property {string} consentId
 * @property {number} receivedAt milliseconds since 1970
 * @property {number} decidedAt
 * @property {string} action accept, reject or set
 * @property {string} purposes JSON object of booleans
 * @property {string} body
 * @property {string | null} clientHash
 */

/**
 * @typedef {object} StoredRow
 * @property {string} seq position in the log, for paging
 * @property {number} receivedAt
 * @property {string} body
 * @property {string | null} clientHash
 */

/**
 * @typedef {object} Stats
 * @property {{ day: string, action: string, n: number }[]} actions
 * @property {{ day: string, purpose: string, granted: number, total: number }[]} purposes
 */

/**
 * @typedef {object} Store
 * @property {'sqlite' | 'postgres'} kind
 * @property {() => Promise<void>} migrate create or bring the schema up to date
 * @property {(rows: Row[]) => Promise<void>} insert one transaction; resolves once committed
 * @property {(consentId: string) => Promise<StoredRow[]>} byId oldest first
 * @property {(from: number, to: number, after: { receivedAt: number, seq: string } | null, limit: number) => Promise<StoredRow[]>} page
 *   receipts received in [from, to), in log order, after the given one
 * @property {(consentId: string) => Promise<number>} erase delete every receipt of one consent id; returns how many
 * @property {(from: number, to: number) => Promise<Stats>} stats per UTC day of receipt
 * @property {(before: number) => Promise<number>} purge delete receipts received before; returns how many
 * @property {() => Promise<void>} ping
 * @property {() => Promise<void>} close
 */

/** @param {string} url @returns {Promise<Store>} */
export async function openStore(url) {
  if (url.startsWith('sqlite:')) {
    const { openSqlite } = await import('./store-sqlite.mjs');
    return openSqlite(url.slice('sqlite:'.length));
  }
  const { openPostgres } = await import('./store-postgres.mjs');
  return openPostgres(url);
}
