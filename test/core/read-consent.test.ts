import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checksum, encodeDecision, encodeReset } from '../../src/core/cookie-codec.js';
import { readConsent } from '../../src/server.js';
import type { ConsentRecord } from '../../src/core/types.js';

const DAY = 86_400_000;
const now = Date.parse('2026-03-01T12:00:00Z');
const record: ConsentRecord = {
  v: 1,
  id: '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b',
  revision: '3',
  decidedAt: new Date(now - DAY).toISOString(),
  expiresAt: new Date(now + 100 * DAY).toISOString(),
  purposes: { necessary: true, analytics: true, ads: false, social: false },
  vendors: { 'social/youtube': true, 'social/x': false },
};
const cookie = `theme=dark; consent-panel=${encodeDecision(record)}; other=1`;
const config = {
  revision: 3,
  now,
  purposes: [{ id: 'necessary', required: true }, 'analytics', 'ads', { id: 'social', vendors: ['youtube', { id: 'x' }] }],
};

test('a valid cookie is decided, with its purposes, vendors and gates', () => {
  const consent = readConsent(cookie, config);
  assert.equal(consent.decided, true);
  assert.equal(consent.purposes.analytics, true);
  assert.equal(consent.purposes.social, false);
  assert.equal(consent.vendors['social/youtube'], true);
  assert.equal(consent.granted('analytics'), true);
  assert.equal(consent.granted('social/youtube'), true);
  assert.equal(consent.granted('social/youtube analytics'), true);
  assert.equal(consent.granted('social/youtube ads'), false);
  assert.equal(consent.granted('social'), false);
  assert.equal(consent.granted('unknown'), false);
  assert.equal(consent.granted(''), false);
  assert.equal(consent.record?.id, record.id);
});

test('without a configuration, the cookie’s own purposes are read', () => {
  const consent = readConsent(cookie, { revision: '3', now });
  assert.equal(consent.decided, true);
  assert.deepEqual(Object.keys(consent.purposes), ['necessary', 'analytics', 'ads', 'social']);
});

test('a Headers object and a list of header lines work too', () => {
  const headers = new Headers({ cookie });
  assert.equal(readConsent(headers, config).decided, true);
  assert.equal(readConsent(['a=1', cookie], config).decided, true);
});

test('missing, expired, reset, other-revision, foreign-purpose and tampered cookies are undecided, nothing granted', () => {
  const cases: [string, unknown, object][] = [
    ['no header', undefined, config],
    ['no cookie', 'a=1; b=2', config],
    ['expired', cookie, { ...config, now: now + 101 * DAY }],
    ['older than expiresDays', cookie, { ...config, expiresDays: 1 }],
    ['reset', `consent-panel=${encodeReset(now)}`, config],
    ['another revision', cookie, { ...config, revision: '4' }],
    ['silent about a configured purpose', cookie, { ...config, purposes: [...config.purposes, 'personalization'] }],
    ['tampered', cookie.replace('!ads', 'ads'), config],
    ['truncated', cookie.slice(0, 60), config],
    ['another storage key', cookie, { ...config, storageKey: 'other' }],
  ];
  for (const [what, header, options] of cases) {
    const consent = readConsent(header, options);
    assert.equal(consent.decided, false, what);
    assert.equal(consent.record, null, what);
    assert.equal(consent.granted('analytics'), false, what);
    assert.equal(consent.purposes.analytics, false, what);
    assert.equal(consent.purposes.necessary, true, `${what}: a required purpose stays granted`);
  }
});

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

test('fuzz: never throws, and a mangled cookie is never a grant', () => {
  const next = random(13);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const alphabet = 'abcz019.~!/-_;= %\u00e9\u0000\ud800';
  const valid = encodeDecision(record)!;
  const hostile: unknown[] = [
    null,
    42,
    Symbol('x'),
    {},
    [],
    [1, null, {}],
    {
      get: () => {
        throw new Error('no');
      },
    },
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    ),
    {
      toString: () => {
        throw new Error('no');
      },
    },
  ];
  for (let i = 0; i < 5000; i++) {
    const chars = [...valid];
    const edits = 1 + Math.floor(next() * 4);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(next() * chars.length);
      const kind = next();
      if (kind < 0.4) chars[at] = pick([...alphabet]);
      else if (kind < 0.7) chars.splice(at, 1);
      else chars.splice(at, 0, pick([...alphabet]));
    }
    const mangled = chars.join('');
    const header = next() < 0.1 ? pick(hostile) : `consent-panel=${mangled}`;
    const options = next() < 0.1 ? pick(hostile) : config;
    const consent = readConsent(header, options as object);
    if (mangled !== valid) {
      assert.equal(consent.decided, false, mangled);
      assert.equal(consent.granted('analytics'), false);
    }
    assert.equal(consent.granted(pick(hostile)), false);
  }
  // Random text and well-sealed random bodies.
  for (let i = 0; i < 2000; i++) {
    const body = Array.from({ length: Math.floor(next() * 80) }, () => pick([...alphabet])).join('');
    for (const value of [body, `${body}.${checksum(body)}`, `1.${body}.${checksum(`1.${body}`)}`]) {
      const consent = readConsent(`consent-panel=${value}`, config);
      assert.equal(typeof consent.decided, 'boolean');
      assert.equal(consent.granted('ads'), false);
    }
  }
});
