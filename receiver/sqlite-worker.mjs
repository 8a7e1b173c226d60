// @ts-check
// The thread that owns the SQLite database: node-sqlite3-wasm is synchronous
// (its commits wait for fsync), so it runs here and the HTTP thread keeps
// taking receipts, which then go together into the next transaction.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteDatabase } from './sqlite-database.mjs';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
/** @type {import('./store.mjs').Store} */
let store;
try {
  store = openSqliteDatabase(workerData.path);
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, error: error instanceof Error ? error.message : String(error) });
  process.exit(0);
}

port.on('message', async (/** @type {{ id: number, method: string, args: unknown[] }} */ { id, method, args }) => {
  try {
    const fn = /** @type {(...a: unknown[]) => Promise<unknown>} */ (/** @type {any} */ (store)[method]);
    const result = await fn(...args);
    port.postMessage({ id, result });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
