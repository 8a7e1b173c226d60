import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { createRecord, expiryOf, newId, readRecord } from '../../src/core/record.js';
import { captureConsole, DAY } from './helpers.js';

const config = captureConsole(() =>
  normalizeConfig({
    revision: '3',
    privacyUrl: '/privacy',
    purposes: [
      { id: 'necessary', label: 'N', required: true },
      { id: 'analytics', label: 'A' },
      {
        id: 'social',
        label: 'S',
        vendors: [
          { id: 'x', name: 'X' },
          { id: 'yt', name: 'YouTube' },
        ],
      },
    ],
  }),
).result;
const now = Date.parse('2026-03-01T12:00:00Z');
const values = { purposes: { necessary: true, analytics: true, social: false }, vendors: { 'social/x': true, 'social/yt': false } };

test('a created record reads back the same, with dates and a UUID', () => {
  const record = createRecord(null, values, config, now);
  assert.match(record.id, /^[0-9a-f-]{36}$/);
  assert.equal(record.decidedAt, '2026-03-01T12:00:00.000Z');
  assert.equal(Date.parse(record.expiresAt) - now, 182 * DAY);
  assert.deepEqual(readRecord(JSON.stringify(record), config, now + DAY), record);
});

test('a new decision keeps the record id', () => {
  const first = createRecord(null, values, config, now);
  assert.equal(createRecord(first, values, config, now + DAY).id, first.id);
  assert.notEqual(newId(), newId());
});

test('unreadable, foreign, stale or expired records mean undecided', () => {
  const good = createRecord(null, values, config, now);
  const variants: unknown[] = [
    'not json {',
    JSON.stringify({ ...good, v: 2 }),
    JSON.stringify({ ...good, revision: '2' }),
    JSON.stringify({ ...good, purposes: { necessary: true, analytics: true } }),
    JSON.stringify({ ...good, purposes: { ...good.purposes, analytics: 'yes' } }),
    JSON.stringify({ ...good, decidedAt: 'yesterday' }),
    JSON.stringify([good]),
    null,
  ];
  for (const raw of variants) assert.equal(readRecord(raw as string | null, config, now + DAY), null, String(raw));
  assert.equal(readRecord(JSON.stringify(good), config, now + 183 * DAY), null, 'expired');
});

test('expiry is the earlier of the stored date and the current policy', () => {
  const record = createRecord(null, values, config, now);
  const shorter = { ...config, expiresDays: 30 };
  assert.equal(expiryOf(record, shorter), now + 30 * DAY);
  assert.equal(readRecord(JSON.stringify(record), shorter, now + 31 * DAY), null);
  const tampered = { ...record, expiresAt: new Date(now + 5000 * DAY).toISOString() };
  assert.equal(expiryOf(tampered, config), now + 182 * DAY);
});

test('a vendor added to a granted purpose asks again; to a refused one, it is refused', () => {
  const granted = createRecord(
    null,
    { ...values, purposes: { ...values.purposes, social: true }, vendors: { 'social/x': true } },
    config,
    now,
  );
  assert.equal(readRecord(JSON.stringify(granted), config, now), null);
  const refused = createRecord(null, { ...values, vendors: { 'social/x': true } }, config, now);
  assert.deepEqual(readRecord(JSON.stringify(refused), config, now)?.vendors, { 'social/x': true, 'social/yt': false });
});
