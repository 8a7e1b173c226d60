// Shared pieces of the receiver's tests: receipts, a receiver per test on a
// database of its own (SQLite in a temporary file, or PostgreSQL), requests.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReceiver } from '../../receiver/main.mjs';
import { testPostgres } from './postgres.mjs';

export const ORIGIN = 'https://news.example';
export const TOKEN = 'test-token-0123456789abcdef';
export const HASH = 'a3f1'.repeat(16);

/** A valid receipt as the panel sends it. */
export function receipt(over = {}) {
  const decidedAt = over.decidedAt ?? new Date(Date.now() - 1000).toISOString();
  return {
    v: 1,
    id: randomUUID(),
    decidedAt,
    expiresAt: over.expiresAt ?? new Date(Date.parse(decidedAt) + 182 * 86_400_000).toISOString(),
    revision: '3',
    source: 'banner',
    action: 'accept',
    purposes: { analytics: true, ads: true },
    vendors: {},
    lang: 'fr',
    configHash: HASH,
    gpc: false,
    page: 'https://news.example/politique/article-1',
    ...over,
  };
}

/**
 * Databases the suites run against: `kind` and `url()` giving a fresh empty one.
 * `close()` removes what was made (temporary folder, PostgreSQL of its own).
 */
export async function databases() {
  const dir = mkdtempSync(join(tmpdir(), 'consent-receipts-test-'));
  let n = 0;
  const postgres = await testPostgres();
  return {
    sqlite: { kind: 'sqlite', url: async () => `sqlite:${join(dir, `receipts-${++n}.db`)}` },
    postgres: { kind: 'postgres', url: () => postgres.database() },
    async close() {
      rmSync(dir, { recursive: true, force: true });
      await postgres.stop();
    },
  };
}

/** A receiver in this process on a free loopback port. */
export async function startTestReceiver(databaseUrl, env = {}) {
  const running = await startReceiver(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ALLOWED_ORIGINS: `${ORIGIN},https://other.example`,
      API_TOKEN: TOKEN,
      RATE_LIMIT: '100000',
      ...env,
    },
    { log: () => {} },
  );
  const base = `http://127.0.0.1:${running.port}`;
  return {
    ...running,
    base,
    /** POSTs a receipt (an object is sent as JSON text, as sendBeacon does). */
    post(body, { origin = ORIGIN, type = 'text/plain;charset=UTF-8', headers = {} } = {}) {
      return fetch(`${base}/receipts`, {
        method: 'POST',
        headers: { 'Content-Type': type, ...(origin ? { Origin: origin } : {}), ...headers },
        body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
      });
    },
    get(path, { token = TOKEN, headers = {} } = {}) {
      return fetch(`${base}${path}`, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
    },
  };
}
