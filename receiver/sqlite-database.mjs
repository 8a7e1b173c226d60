// @ts-check
// The SQLite database itself, used inside the worker of store-sqlite.mjs.
// SQLite, the embedded default: one file, one receiver instance. node-sqlite3-wasm
// needs no native build. WAL needs shared memory that this VFS does not offer,
// so the file is opened in exclusive locking mode (WAL then works without it):
// a second process cannot open the same file while this one runs.
// This VFS locks with a folder `<file>.lock`, which a killed process leaves
// behind: the receiver notes its process id in `<file>.owner` and, at start,
// removes a lock whose owner on this machine is no longer running.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import sqlite from 'node-sqlite3-wasm';

const { Database } = sqlite;

/** Each migration runs once, in order, in one transaction with its version row. */
const MIGRATIONS = [
  `CREATE TABLE receipts (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     consent_id TEXT NOT NULL,
     received_at INTEGER NOT NULL,
     decided_at INTEGER NOT NULL,
     action TEXT NOT NULL,
     purposes TEXT NOT NULL,
     body TEXT NOT NULL,
     client_hash TEXT
   );
   CREATE INDEX receipts_by_consent ON receipts (consent_id, received_at);
   CREATE INDEX receipts_by_time ON receipts (received_at, seq);`,
];

const DAY = `strftime('%Y-%m-%d', received_at / 1000, 'unixepoch')`;

/**
 * @param {string} path
 * @returns {import('./store.mjs').Store}
 */
export function openSqliteDatabase(path) {
  const file = path.startsWith('//') ? path.slice(2) : path;
  if (!file) throw new Error('DATABASE_URL: sqlite: needs a file name, e.g. sqlite:./consent-receipts.db');
  const owner = `${file}.owner`;
  clearStaleLock(file, owner);
  const db = new Database(file);
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    const mode = /** @type {{ journal_mode: string }} */ (db.get('PRAGMA journal_mode = WAL'));
    if (mode.journal_mode !== 'wal') throw new Error(`SQLite: could not switch ${file} to WAL (got ${mode.journal_mode})`);
  } catch (error) {
    db.close();
    throw error;
  }
  writeFileSync(owner, JSON.stringify({ pid: process.pid, host: hostname() }));
  // A file deleted or replaced under a running receiver would take every
  // later receipt with it: each write and health check first makes sure the
  // file is still the one opened, else fails (503) instead of acknowledging.
  const opened = statSync(file).ino;
  const stillThere = () => {
    const now = statSync(file, { throwIfNoEntry: false });
    if (now?.ino !== opened) throw new Error(`the database file ${file} was removed or replaced; restart the receiver`);
  };
  // FULL: a commit reaches the disk before the receiver answers 201.
  db.exec('PRAGMA synchronous = FULL');

  /** @type {Map<string, import('node-sqlite3-wasm').Statement>} */
  const statements = new Map();
  /** @param {string} sql */
  const prepared = (sql) => {
    let st = statements.get(sql);
    if (!st) statements.set(sql, (st = db.prepare(sql)));
    return st;
  };
  /** @param {any} r @returns {import('./store.mjs').StoredRow} */
  const stored = (r) => ({ seq: String(r.seq), receivedAt: Number(r.received_at), body: r.body, clientHash: r.client_hash ?? null });

  /** @param {() => void} work */
  const transaction = (work) => {
    db.exec('BEGIN IMMEDIATE');
    try {
      work();
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };

  return {
    kind: 'sqlite',
    async migrate() {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
      const row = /** @type {{ v: number | null }} */ (db.get('SELECT MAX(version) AS v FROM schema_migrations'));
      for (let version = (row.v ?? 0) + 1; version <= MIGRATIONS.length; version++) {
        transaction(() => {
          db.exec(MIGRATIONS[version - 1]);
          db.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [version, Date.now()]);
        });
      }
    },
    async insert(rows) {
      stillThere();
      // A receipt sent again, identical (its page closed before the answer came), is kept once: the first copy.
      const st = prepared(
        `INSERT INTO receipts (consent_id, received_at, decided_at, action, purposes, body, client_hash)
         SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM receipts WHERE consent_id = ? AND decided_at = ? AND body = ?)`,
      );
      transaction(() => {
        for (const r of rows)
          st.run([r.consentId, r.receivedAt, r.decidedAt, r.action, r.purposes, r.body, r.clientHash, r.consentId, r.decidedAt, r.body]);
      });
    },
    async byId(consentId) {
      const st = prepared('SELECT seq, received_at, body, client_hash FROM receipts WHERE consent_id = ? ORDER BY received_at, seq');
      return st.all([consentId]).map(stored);
    },
    async erase(consentId) {
      return Number(prepared('DELETE FROM receipts WHERE consent_id = ?').run([consentId]).changes);
    },
    async page(from, to, after, limit) {
      const rows = after
        ? prepared(
            `SELECT seq, received_at, body, client_hash FROM receipts
             WHERE received_at < ? AND (received_at, seq) > (?, ?) ORDER BY received_at, seq LIMIT ?`,
          ).all([to, after.receivedAt, Number(after.seq), limit])
        : prepared(
            `SELECT seq, received_at, body, client_hash FROM receipts
             WHERE received_at >= ? AND received_at < ? ORDER BY received_at, seq LIMIT ?`,
          ).all([from, to, limit]);
      return rows.map(stored);
    },
    async stats(from, to) {
      const actions = prepared(
        `SELECT ${DAY} AS day, action, COUNT(*) AS n FROM receipts
         WHERE received_at >= ? AND received_at < ? GROUP BY day, action ORDER BY day`,
      ).all([from, to]);
      const purposes = prepared(
        `SELECT r.day AS day, j.key AS purpose, SUM(j.value = 1) AS granted, COUNT(*) AS total
         FROM (SELECT ${DAY} AS day, purposes FROM receipts WHERE received_at >= ? AND received_at < ?) AS r, json_each(r.purposes) AS j
         GROUP BY r.day, j.key ORDER BY r.day, j.key`,
      ).all([from, to]);
      return {
        actions: actions.map((r) => ({ day: String(r.day), action: String(r.action), n: Number(r.n) })),
        purposes: purposes.map((r) => ({
          day: String(r.day),
          purpose: String(r.purpose),
          granted: Number(r.granted),
          total: Number(r.total),
        })),
      };
    },
    async purge(before) {
      return Number(prepared('DELETE FROM receipts WHERE received_at < ?').run([before]).changes);
    },
    async ping() {
      stillThere();
      db.get('SELECT 1');
    },
    async close() {
      for (const st of statements.values()) st.finalize();
      statements.clear();
      if (db.isOpen) {
        db.close();
        rmSync(owner, { force: true });
      }
    },
  };
}

/**
 * Removes `<file>.lock` when the receiver that held it on this machine is gone.
 * @param {string} file
 * @param {string} owner
 */
function clearStaleLock(file, owner) {
  const lock = `${file}.lock`;
  if (!existsSync(lock)) return;
  /** @type {{ pid?: unknown, host?: unknown }} */
  let holder = {};
  try {
    holder = JSON.parse(readFileSync(owner, 'utf8'));
  } catch {
    throw new Error(`SQLite: ${file} is locked (${lock} exists, no owner noted); if no process uses the file, remove ${lock}`);
  }
  if (holder.host !== hostname() || typeof holder.pid !== 'number')
    throw new Error(`SQLite: ${file} is locked by a receiver on ${String(holder.host)}; if it is gone, remove ${lock}`);
  if (holder.pid !== process.pid && running(holder.pid)) throw new Error(`SQLite: ${file} is in use by process ${holder.pid}`);
  rmSync(lock, { recursive: true, force: true });
}

/** @param {number} pid */
function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
