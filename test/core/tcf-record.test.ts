// The store's hook for the IAB TCF module: a field added to each new record
// before it is written, and kept when the record is read back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { createRecord, readRecord } from '../../src/core/record.js';
import { ConsentStore } from '../../src/core/store.js';
import type { ConsentAction, ConsentSource } from '../../src/core/types.js';
import { captureConsole, MemoryStorage } from './helpers.js';

const config = captureConsole(() =>
  normalizeConfig({
    privacyUrl: '/privacy',
    tcf: { cmpId: 300 },
    purposes: [
      { id: 'necessary', label: 'N', required: true },
      { id: 'analytics', label: 'A' },
      { id: 'ads', label: 'Ads' },
    ],
  }),
).result;
const now = Date.parse('2026-03-01T12:00:00Z');

test('readRecord keeps the TCF field, and only an object', () => {
  const record = createRecord(null, { purposes: { necessary: true, analytics: true, ads: false }, vendors: {} }, config, now);
  const tcf = { tcString: 'CQ.IF.YA', disclosedVendors: [755] };
  assert.deepEqual(readRecord(JSON.stringify({ ...record, tcf }), config, now)?.tcf, tcf);
  assert.equal(readRecord(JSON.stringify({ ...record, tcf: 'CQ' }), config, now)?.tcf, undefined);
  assert.equal('tcf' in readRecord(JSON.stringify(record), config, now)!, false);
});

test('beforeCommit sees each decision, its source and kind, and what it adds is stored with it', () => {
  const storage = new MemoryStorage();
  const store = new ConsentStore(config, { storage, now: () => now });
  const seen: [ConsentSource, ConsentAction, boolean][] = [];
  store.beforeCommit = (record, source, action) => {
    seen.push([source, action, record.purposes.ads!]);
    record.tcf = { n: seen.length };
  };
  const events: unknown[] = [];
  store.subscribe((detail) => events.push(detail.record?.tcf));
  store.acceptAll('banner');
  store.decide({ ads: false }, 'preferences');
  store.rejectAll('api');
  // A re-save that changes nothing still gives the hook its say (the TCF re-confirms), without an event.
  store.decide({}, 'preferences');
  assert.deepEqual(seen, [
    ['banner', 'accept', true],
    ['preferences', 'set', false],
    ['api', 'reject', false],
    ['preferences', 'set', false],
  ]);
  assert.deepEqual(JSON.parse(storage.data.get('consent-panel')!).tcf, { n: 4 });
  assert.deepEqual(store.record?.tcf, { n: 4 });
  assert.deepEqual(events, [{ n: 1 }, { n: 2 }, { n: 3 }]);
  const reread = new ConsentStore(config, { storage, now: () => now });
  assert.deepEqual(reread.record?.tcf, { n: 4 });
  store.dispose();
  reread.dispose();
});
