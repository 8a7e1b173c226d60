// `npm run dev`: rollup rebuilds dist/*.js on every save (watch mode) while
// the demo server (scripts/serve-demo.mjs) serves them; reload the page to see
// a change. Ctrl-C stops both; if either stops on its own, so does the other.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const children = [
  spawn(bin('rollup'), ['-c', '--watch', '--no-watch.clearScreen'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['scripts/serve-demo.mjs'], { cwd: root, stdio: 'inherit' }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0));
// Ctrl-C reaches the whole process group; stopping here also covers a plain `kill`.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
