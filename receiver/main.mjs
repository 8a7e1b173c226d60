// @ts-check
// Starts a receiver from the environment: opens the database, migrates it,
// listens, purges old receipts on a schedule, and stops cleanly on SIGTERM/SIGINT.
import { ConfigError, readConfig } from './config.mjs';
import { DAY_MS } from './http.mjs';
import { createReceiver } from './server.mjs';
import { openStore } from './store.mjs';

/** How often receipts older than RETENTION_DAYS are purged (and once at start). */
export const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * @param {Record<string, string | undefined>} env
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function startReceiver(env, { log = (line) => console.log(line) } = {}) {
  const config = readConfig(env);
  const store = await openStore(config.databaseUrl);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  const receiver = createReceiver(config, store, { log });
  await new Promise((resolve, reject) => {
    receiver.server.once('error', reject);
    receiver.server.listen(config.port, config.host, () => resolve(undefined));
  });
  const address = receiver.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  const purge = async () => {
    try {
      const removed = await store.purge(Date.now() - config.retentionDays * DAY_MS);
      if (removed) log(`retention: ${removed} receipts older than ${config.retentionDays} days purged`);
    } catch (error) {
      log(`retention: purge failed (${error instanceof Error ? error.message : String(error)}); next try in an hour`);
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), PURGE_EVERY_MS);
  timer.unref();

  let closing = /** @type {Promise<void> | null} */ (null);
  const close = () =>
    (closing ??= (async () => {
      clearInterval(timer);
      await receiver.close();
      await store.close();
    })());
  return { config, port, store, close };
}

/** The command line: `npx consent-panel-receiver`. */
export async function main() {
  let running;
  try {
    running = await startReceiver(process.env);
  } catch (error) {
    console.error(`consent-panel-receiver: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
    return;
  }
  const { config, port, store } = running;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    `consent-panel-receiver: http://${shownHost}:${port}/ (${store.kind}), receipts from ${[...config.allowedOrigins].join(', ')}`,
  );
  console.log(`dashboard: http://${shownHost}:${port}/dashboard (any user name, the API token as password)`);
  if (config.tokenGenerated) console.log(`API token (generated, set API_TOKEN to keep one): ${config.apiToken}`);
  const stop = () => {
    running
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
