import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checksum, cookieValue, decodeCookie, encodeDecision, encodeReset, MAX_COOKIE_LENGTH } from '../../src/core/cookie-codec.js';
import type { ConsentRecord } from '../../src/core/types.js';

const record: ConsentRecord = {
  v: 1,
  id: '0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b',
  revision: 'v2.1 été',
  decidedAt: '2026-03-01T12:00:00.000Z',
  expiresAt: '2026-08-30T12:00:00.000Z',
  purposes: { necessary: true, analytics: true, ads: false, social: false },
  vendors: { 'social/youtube': true, 'social/x': false },
};

test('a decision reads back as the same record', () => {
  const value = encodeDecision(record)!;
  assert.match(
    value,
    /^1\.[0-9a-z]+\.[0-9a-z]+\.v2%2E1%20%C3%A9t%C3%A9\.0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b\.necessary~analytics~!ads~!social~\/youtube~!\/x\.[0-9a-z]+$/,
  );
  const decoded = decodeCookie(value);
  assert.equal(decoded.kind, 'decision');
  assert.deepEqual(
    decoded.kind === 'decision' && { ...decoded.record, purposes: { ...decoded.record.purposes }, vendors: { ...decoded.record.vendors } },
    record,
  );
});

test('with 50 vendors it stays well under 4 KB', () => {
  const vendors = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`ads/vendor-with-a-long-name-${i}`, i % 2 === 0]));
  const value = encodeDecision({ ...record, purposes: { ...record.purposes, ads: false }, vendors })!;
  assert.ok(value.length < 2000, `${value.length} characters`);
  assert.equal(decodeCookie(value).kind, 'decision');
});

test('a decision too large for a cookie is not encoded', () => {
  const vendors = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`ads/vendor-with-a-very-long-name-${i}`, true]));
  assert.equal(encodeDecision({ ...record, vendors }), undefined);
});

test('a reset marker reads back with its date', () => {
  const decoded = decodeCookie(encodeReset(Date.parse(record.decidedAt)));
  assert.deepEqual(decoded, { kind: 'reset', at: Date.parse(record.decidedAt) });
});

test('truncated, altered, other-version and oversized values are invalid', () => {
  const value = encodeDecision(record)!;
  const cases: [string, string, RegExp][] = [
    ['truncated', value.slice(0, -3), /check/],
    ['cut in the middle', value.slice(0, value.length >> 1), /check/],
    ['a refusal made a grant', value.replace('!ads', 'ads'), /check/],
    [
      'another version',
      (() => {
        const body = `2${value.slice(1, value.lastIndexOf('.'))}`;
        return `${body}.${checksum(body)}`;
      })(),
      /another version/,
    ],
    ['oversized', 'x'.repeat(MAX_COOKIE_LENGTH + 1), /larger/],
    ['empty', '', /empty/],
  ];
  for (const [what, input, problem] of cases) {
    const decoded = decodeCookie(input);
    assert.equal(decoded.kind, 'invalid', what);
    assert.match(decoded.kind === 'invalid' ? decoded.problem : '', problem, what);
  }
});

test('a well-sealed value with bad fields is still invalid', () => {
  const seal = (body: string) => `${body}.${checksum(body)}`;
  for (const body of [
    '1',
    '1.zz',
    '1.abc.def',
    '1.abc.def.r.id',
    '1.abc.def.r.b@d.a',
    '1.abc.def.r.id.~',
    '1.abc.def.r.id./x',
    '1.abc.-.x',
    '1.abc.def.%E0.id.a',
    '1.ABC.def.r.id.a',
  ]) {
    assert.equal(decodeCookie(seal(body)).kind, 'invalid', body);
  }
  const proto = decodeCookie(seal('1.abc.def.r.id.__proto__~constructor'));
  assert.equal(proto.kind, 'decision');
  assert.equal(proto.kind === 'decision' && Object.getPrototypeOf(proto.record.purposes), Object.prototype, 'no prototype was set');
  assert.deepEqual(proto.kind === 'decision' && Object.keys(proto.record.purposes), ['__proto__', 'constructor']);
});

test('cookieValue finds one cookie in a header', () => {
  assert.equal(cookieValue('a=1; consent-panel=1.x.y; b=2', 'consent-panel'), '1.x.y');
  assert.equal(cookieValue('xconsent-panel=1; consent-panel=2', 'consent-panel'), '2');
  assert.equal(cookieValue('a=1', 'consent-panel'), undefined);
  assert.equal(cookieValue(undefined, 'consent-panel'), undefined);
  assert.equal(cookieValue('a=1', undefined), undefined);
});
