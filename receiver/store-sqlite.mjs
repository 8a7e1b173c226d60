// @ts-check
// SQLite, the embedded default (one file, one receiver instance), run in a
// worker thread (sqlite-worker.mjs, sqlite-database.mjs). If the worker dies,
// every call fails, which the API answers 503.
import { Worker } from 'node:worker_threads';

const METHODS = /** @type {const} */ (['migrate', 'insert', 'byId', 'erase', 'page', 'stats', 'purge', 'ping']);

/**
 * @param {string} path
 * @returns {Promise<import('./store.mjs').Store>}
 */
export async function openSqlite(path) {
  const worker = new Worker(new URL('./sqlite-worker.mjs', import.meta.url), { workerData: { path } });
  /** @type {Map<number, { resolve: (value: any) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  let next = 0;
  /** @type {string | null} */
  let dead = null;

  await new Promise((resolve, reject) => {
    worker.once('message', (m) => (m.ready ? resolve(undefined) : reject(new Error(m.error))));
    worker.once('error', reject);
  });
  worker.on('message', (/** @type {{ id: number, result?: unknown, error?: string }} */ m) => {
    const call = pending.get(m.id);
    if (!call) return;
    pending.delete(m.id);
    if (m.error !== undefined) call.reject(new Error(m.error));
    else call.resolve(m.result);
  });
  const fail = (/** @type {string} */ reason) => {
    dead ??= reason;
    for (const call of pending.values()) call.reject(new Error(`SQLite: ${dead}`));
    pending.clear();
  };
  worker.on('error', (error) => fail(error.message));
  worker.on('exit', () => fail('the database thread stopped'));

  /** @param {string} method @param {unknown[]} args */
  const call = (method, args) =>
    new Promise((resolve, reject) => {
      if (dead) return reject(new Error(`SQLite: ${dead}`));
      const id = ++next;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args });
    });

  const store = /** @type {import('./store.mjs').Store} */ (
    /** @type {unknown} */ (Object.fromEntries(METHODS.map((method) => [method, (/** @type {unknown[]} */ ...args) => call(method, args)])))
  );
  store.kind = 'sqlite';
  store.close = async () => {
    if (dead) return;
    await call('close', []);
    dead = 'closed';
    await worker.terminate();
  };
  return store;
}
