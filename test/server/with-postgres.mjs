// `node test/server/with-postgres.mjs <command…>`: starts one PostgreSQL for the
// whole run, runs the command with RECEIVER_TEST_PG set to its admin URL, and
// stops PostgreSQL whatever happens (exit, failure, Ctrl-C, SIGTERM).
import { spawn } from 'node:child_process';
import { startEmbeddedPostgres } from './postgres.mjs';

const [cmd, ...args] = process.argv.slice(2);
const started = Date.now();
let postgres;
try {
  postgres = await startEmbeddedPostgres();
} catch (error) {
  console.error(`PostgreSQL did not start: ${error?.message ?? error}`);
  process.exit(1);
}
console.log(`PostgreSQL ready in ${Date.now() - started} ms`);

const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, RECEIVER_TEST_PG: postgres.url } });
const stop = async (code) => {
  await postgres.stop();
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('error', () => void stop(1));
child.on('exit', (code, signal) => void stop(signal ? 1 : (code ?? 1)));
