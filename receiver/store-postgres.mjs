// @ts-check
// PostgreSQL, for sites that outgrow one machine: receivers hold no state of
// their own, so several instances share one database. Receipts are partitioned
// by month of receipt; retention drops whole months and trims the oldest one.
import pg from 'pg';

/** Serialises schema changes between instances starting at the same time. */
const LOCK = 0x72656370; // "recp"

const MIGRATIONS = [
  `CREATE TABLE receipts (
     seq bigint GENERATED ALWAYS AS IDENTITY,
     consent_id text NOT NULL,
     received_at timestamptz NOT NULL,
     decided_at timestamptz NOT NULL,
     action text NOT NULL,
     purposes jsonb NOT NULL,
     body text NOT NULL,
     client_hash text,
     PRIMARY KEY (received_at, seq)
   ) PARTITION BY RANGE (received_at);
   CREATE INDEX receipts_by_consent ON receipts (consent_id, received_at);`,
];

const DAY = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
const PARTITION = /^receipts_(\d{4})_(\d{2})$/;

/** Year and month (1-12) in UTC. @param {number} ms */
const monthOf = (ms) => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
};
/** @param {number} year @param {number} month */
const monthStart = (year, month) => new Date(Date.UTC(year, month - 1, 1)).toISOString();

/**
 * @param {string} url
 * @returns {import('./store.mjs').Store & { ensureMonths(ms: number[]): Promise<void> }}
 */
export function openPostgres(url) {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 10_000,
    query_timeout: 15_000,
    application_name: 'consent-panel-receiver',
  });
  // A connection lost while idle: the next query gets a fresh one (or fails with 503).
  pool.on('error', () => {});
  /** Months whose partition this instance has seen, `2026-11`. */
  const known = new Set();

  /** @param {(client: import('pg').PoolClient) => Promise<void>} work */
  const transaction = async (work) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      // A broken connection is not given back to the pool.
      client.release(/** @type {Error} */ (error));
      throw error;
    }
  };

  /** @param {number[]} instants */
  const ensureMonths = async (instants) => {
    const missing = new Map();
    for (const ms of instants) {
      const { year, month } = monthOf(ms);
      const key = `${year}-${String(month).padStart(2, '0')}`;
      if (!known.has(key)) missing.set(key, { year, month });
    }
    if (!missing.size) return;
    await transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      for (const { year, month } of missing.values()) {
        // DDL takes no parameters; the name and bounds are built from two integers only.
        const name = `receipts_${year}_${String(month).padStart(2, '0')}`;
        const from = monthStart(year, month);
        const to = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
        await client.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF receipts FOR VALUES FROM ('${from}') TO ('${to}')`);
      }
    });
    for (const key of missing.keys()) known.add(key);
  };

  /** @param {any} r @returns {import('./store.mjs').StoredRow} */
  const stored = (r) => ({
    seq: String(r.seq),
    receivedAt: new Date(r.received_at).getTime(),
    body: r.body,
    clientHash: r.client_hash ?? null,
  });
  /** @param {number} ms */
  const iso = (ms) => new Date(ms).toISOString();

  return {
    kind: 'postgres',
    ensureMonths,
    async migrate() {
      await transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
        );
        const { rows } = await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations');
        for (let version = Number(rows[0].v) + 1; version <= MIGRATIONS.length; version++) {
          await client.query(MIGRATIONS[version - 1]);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
        }
      });
      const now = Date.now();
      const { year, month } = monthOf(now);
      await ensureMonths([now, Date.parse(month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1))]);
    },
    async insert(rows) {
      await ensureMonths(rows.map((r) => r.receivedAt));
      // A receipt sent again, identical (its page closed before the answer came), is kept once: the first copy.
      // The stored receipts of the batch's consent ids come through their index; the batch is sifted here.
      const { rows: known } = await pool.query('SELECT consent_id, decided_at, body FROM receipts WHERE consent_id = ANY($1::text[])', [
        [...new Set(rows.map((r) => r.consentId))],
      ]);
      /** @param {string} id @param {number} decidedAt @param {string} body */
      const key = (id, decidedAt, body) => `${id}\n${decidedAt}\n${body}`;
      const seen = new Set(known.map((k) => key(k.consent_id, new Date(k.decided_at).getTime(), k.body)));
      const fresh = [];
      for (const r of rows) {
        const k = key(r.consentId, r.decidedAt, r.body);
        if (seen.has(k)) continue;
        seen.add(k);
        fresh.push(r);
      }
      if (!fresh.length) return;
      await pool.query(
        `INSERT INTO receipts (consent_id, received_at, decided_at, action, purposes, body, client_hash)
         SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::jsonb[], $6::text[], $7::text[])`,
        [
          fresh.map((r) => r.consentId),
          fresh.map((r) => iso(r.receivedAt)),
          fresh.map((r) => iso(r.decidedAt)),
          fresh.map((r) => r.action),
          fresh.map((r) => r.purposes),
          fresh.map((r) => r.body),
          fresh.map((r) => r.clientHash),
        ],
      );
    },
    async byId(consentId) {
      const { rows } = await pool.query(
        'SELECT seq, received_at, body, client_hash FROM receipts WHERE consent_id = $1 ORDER BY received_at, seq',
        [consentId],
      );
      return rows.map(stored);
    },
    async erase(consentId) {
      const { rowCount } = await pool.query('DELETE FROM receipts WHERE consent_id = $1', [consentId]);
      return rowCount ?? 0;
    },
    async page(from, to, after, limit) {
      const { rows } = after
        ? await pool.query(
            `SELECT seq, received_at, body, client_hash FROM receipts
             WHERE received_at >= $1 AND received_at < $2 AND (received_at, seq) > ($3::timestamptz, $4::bigint)
             ORDER BY received_at, seq LIMIT $5`,
            [iso(from), iso(to), iso(after.receivedAt), after.seq, limit],
          )
        : await pool.query(
            `SELECT seq, received_at, body, client_hash FROM receipts
             WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at, seq LIMIT $3`,
            [iso(from), iso(to), limit],
          );
      return rows.map(stored);
    },
    async stats(from, to) {
      const range = [iso(from), iso(to)];
      const actions = await pool.query(
        `SELECT ${DAY} AS day, action, COUNT(*)::int AS n FROM receipts
         WHERE received_at >= $1 AND received_at < $2 GROUP BY 1, 2 ORDER BY 1, 2`,
        range,
      );
      const purposes = await pool.query(
        `SELECT ${DAY} AS day, p.key AS purpose, (COUNT(*) FILTER (WHERE p.value = 'true'::jsonb))::int AS granted, COUNT(*)::int AS total
         FROM receipts, jsonb_each(receipts.purposes) AS p
         WHERE received_at >= $1 AND received_at < $2 GROUP BY 1, 2 ORDER BY 1, 2`,
        range,
      );
      return { actions: actions.rows, purposes: purposes.rows };
    },
    async purge(before) {
      // Whole months before the cut are dropped; the month it falls in is trimmed.
      const { rows } = await pool.query(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'receipts'`,
      );
      let removed = 0;
      for (const { name } of rows) {
        const m = PARTITION.exec(name);
        if (!m) continue;
        const year = Number(m[1]);
        const month = Number(m[2]);
        const end = Date.parse(month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1));
        if (end > before) continue;
        await transaction(async (client) => {
          await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
          const count = await client.query(`SELECT COUNT(*)::int AS n FROM ${name}`);
          removed += count.rows[0].n;
          await client.query(`DROP TABLE IF EXISTS ${name}`);
        });
        known.delete(`${m[1]}-${m[2]}`);
      }
      const trimmed = await pool.query('DELETE FROM receipts WHERE received_at < $1', [iso(before)]);
      return removed + (trimmed.rowCount ?? 0);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
