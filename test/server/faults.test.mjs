// Faults: the database goes away (PostgreSQL: 503, then back to 201; SQLite:
// its file removed, 503), the receiver is
// killed in the middle of a stream (every acknowledged receipt is in the
// database), a flood from one origin (429, other origins still served).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { databases, ORIGIN, receipt, startTestReceiver, TOKEN } from './helpers.mjs';

const dbs = await databases();
after(() => dbs.close());

const BIN = fileURLToPath(new URL('../../bin/consent-panel-receiver.mjs', import.meta.url));

/**
 * A TCP relay to PostgreSQL that the test can cut and restore: the receiver
 * sees the database go away (connections reset, new ones refused) and come back.
 */
async function relay(target) {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set();
  let server;
  let port = 0;
  const open = () =>
    new Promise((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(targetPort), hostname);
        sockets.add(client).add(upstream);
        for (const [a, b] of [
          [client, upstream],
          [upstream, client],
        ]) {
          a.pipe(b);
          a.on('error', () => b.destroy());
          a.on('close', () => (b.destroy(), sockets.delete(a)));
        }
      });
      server.listen(port, '127.0.0.1', () => resolve((port = server.address().port)));
    });
  await open();
  return {
    url: (path) => target.replace(`${hostname}:${targetPort}`, `127.0.0.1:${port}`) + path,
    open,
    cut: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

/** The receiver as a separate process, as `npx consent-panel-receiver` runs it. */
async function spawnReceiver(env) {
  const child = spawn(process.execPath, [BIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ALLOWED_ORIGINS: ORIGIN, API_TOKEN: TOKEN, RATE_LIMIT: '100000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      output += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (m) resolve(Number(m[1]));
    });
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => reject(new Error(`receiver exited (${code}): ${output}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { child, base: `http://127.0.0.1:${port}`, kill: (signal = 'SIGKILL') => (child.kill(signal), exited) };
}

const post = (base, body) =>
  fetch(`${base}/receipts`, {
    method: 'POST',
    headers: { Origin: ORIGIN, 'Content-Type': 'text/plain;charset=UTF-8' },
    body: JSON.stringify(body),
  });

describe('faults', { concurrency: 1 }, () => {
  test('PostgreSQL goes away: 503 with a reason, nothing half stored, 201 again once it is back', async () => {
    const link = await relay(await dbs.postgres.url());
    const r = await startTestReceiver(link.url(''));
    try {
      const before = receipt();
      assert.equal((await r.post(before)).status, 201);
      await link.cut();
      const during = receipt();
      const res = await r.post(during);
      assert.equal(res.status, 503);
      assert.match(await res.text(), /^database unavailable[^\n]*\n$/);
      assert.equal(res.headers.get('retry-after'), '5');
      assert.equal((await r.get('/healthz', { token: null })).status, 503);
      assert.equal((await r.get(`/receipts/${before.id}`)).status, 503);
      assert.equal((await r.get('/dashboard/app.js', { token: null })).status, 200, 'the server keeps serving');
      await link.open();
      const afterwards = receipt();
      assert.equal((await r.post(afterwards)).status, 201);
      assert.equal((await r.get('/healthz', { token: null })).status, 200);
      const lines = (await (await r.get('/export')).text())
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id);
      assert.deepEqual(lines, [before.id, afterwards.id]);
    } finally {
      await r.close();
      await link.cut().catch(() => {});
    }
  });

  test('SQLite: the database file removed under the receiver gives 503, never a 201 for a receipt that would be lost', async () => {
    const url = await dbs.sqlite.url();
    const r = await startTestReceiver(url);
    try {
      assert.equal((await r.post(receipt())).status, 201);
      const file = url.slice('sqlite:'.length);
      rmSync(file);
      rmSync(`${file}-wal`, { force: true });
      const res = await r.post(receipt());
      assert.equal(res.status, 503);
      assert.match(await res.text(), /^database unavailable[^\n]*\n$/);
      assert.equal((await r.get('/healthz', { token: null })).status, 503);
      assert.equal((await r.get('/dashboard/app.js', { token: null })).status, 200, 'the server keeps serving');
    } finally {
      await r.close();
    }
  });

  for (const [kind, signal] of [
    ['sqlite', 'SIGKILL'],
    ['postgres', 'SIGKILL'],
    ['sqlite', 'SIGTERM'],
  ]) {
    test(`${kind}: the receiver stopped by ${signal} in the middle of a stream loses no acknowledged receipt`, async () => {
      const url = await dbs[kind].url();
      const acked = new Set();
      let failed = 0;
      /** Sends receipts 16 at a time until `stop()` says so. */
      const stream = (base, until) =>
        Promise.all(
          Array.from({ length: 16 }, async () => {
            while (!until()) {
              const sent = receipt();
              try {
                const res = await post(base, sent);
                if (res.status === 201) acked.add(sent.id);
                else failed++;
              } catch {
                failed++; // connection reset by the kill: not acknowledged
                return;
              }
            }
          }),
        );
      let first = await spawnReceiver({ DATABASE_URL: url });
      const killed = stream(first.base, () => false);
      while (acked.size < 200) await new Promise((resolve) => setTimeout(resolve, 5));
      const code = await first.kill(signal);
      await killed;
      if (signal === 'SIGTERM') assert.equal(code, 0, 'a clean stop');
      const ackedBeforeKill = acked.size;
      let second = await spawnReceiver({ DATABASE_URL: url });
      try {
        await stream(second.base, () => acked.size >= ackedBeforeKill + 50);
        const text = await (await fetch(`${second.base}/export`, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
        const stored = new Set(
          text
            .trimEnd()
            .split('\n')
            .map((l) => JSON.parse(l).id),
        );
        const lost = [...acked].filter((id) => !stored.has(id));
        assert.deepEqual(lost, [], `${lost.length} acknowledged receipts lost (${failed} sends failed during the kill)`);
        assert.ok(stored.size >= acked.size);
      } finally {
        await second.kill();
      }
    });
  }

  test('a flood from one origin gets 429 after RATE_LIMIT per second; other origins are still served', async () => {
    const r = await startTestReceiver(await dbs.sqlite.url(), { RATE_LIMIT: '20' });
    try {
      const answers = await Promise.all(Array.from({ length: 60 }, () => r.post(receipt())));
      const statuses = answers.map((a) => a.status);
      const ok = statuses.filter((s) => s === 201).length;
      assert.ok(ok >= 20 && ok < 60, `${ok} accepted`);
      const limited = answers.find((a) => a.status === 429);
      assert.equal(limited.headers.get('retry-after'), '1');
      assert.match(await limited.text(), /^rate: more than 20 receipts per second from this origin\n$/);
      assert.equal((await r.post(receipt(), { origin: 'https://other.example' })).status, 201);
      const stored = (await (await r.get('/export')).text()).trimEnd().split('\n').length;
      assert.equal(stored, ok + 1, 'nothing refused was stored');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal((await r.post(receipt())).status, 201, 'the origin is served again a second later');
    } finally {
      await r.close();
    }
  });
});
