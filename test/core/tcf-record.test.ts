// The store's hook for the IAB TCF module: a field added to each new record
// before it is written, and kept when the record is read back.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { createRecord, readRecord } from '../../src/core/record.js';
import { pageStorage } from '../../src/core/storage.js';
import { ConsentStore } from '../../src/core/store.js';
import type { ConsentAction, ConsentSource } from '../../src/core/types.js';
import { captureConsole, MemoryStorage, type StoredRecord } from './helpers.js';

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
    seen.push([source, action, record.purposes.ads]);
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
  assert.deepEqual((JSON.parse(storage.data.get('consent-panel')!) as StoredRecord).tcf, { n: 4 });
  assert.deepEqual(store.record?.tcf, { n: 4 });
  assert.deepEqual(events, [{ n: 1 }, { n: 2 }, { n: 3 }]);
  const reread = new ConsentStore(config, { storage, now: () => now });
  assert.deepEqual(reread.record?.tcf, { n: 4 });
  store.dispose();
  reread.dispose();
});

test('with a page’s Array.prototype.toJSON (Prototype.js 1.6), the TCF field is stored and read back as arrays', () => {
  const storage = new MemoryStorage();
  const store = new ConsentStore(config, { storage, now: () => now });
  store.beforeCommit = (record) => (record.tcf = { tcString: 'CQ.IF.YA', disclosedVendors: [10, 755] });
  Object.defineProperty(Array.prototype, 'toJSON', {
    configurable: true,
    value(this: unknown[]) {
      return `[${this.join(', ')}]`;
    },
  });
  let seen: unknown;
  try {
    store.subscribe((detail) => (seen = detail.record?.tcf));
    store.acceptAll('banner');
  } finally {
    delete (Array.prototype as { toJSON?: unknown }).toJSON;
  }
  const tcf = { tcString: 'CQ.IF.YA', disclosedVendors: [10, 755] };
  assert.deepEqual((JSON.parse(storage.data.get('consent-panel')!) as StoredRecord).tcf, tcf);
  assert.deepEqual(seen, tcf, 'listeners get arrays');
  const again = new ConsentStore(config, { storage, now: () => now });
  again.dispose();
  store.dispose();
  assert.deepEqual(again.record?.tcf, tcf);
});

test('amend() adds a field to the current decision, in memory and in storage, without an event', () => {
  const storage = new MemoryStorage();
  const store = new ConsentStore(config, { storage, now: () => now });
  after(() => store.dispose());
  const events: unknown[] = [];
  store.subscribe((detail) => events.push(detail));
  store.amend('no record yet', { tcf: { tcString: 'A' } });
  assert.equal(storage.data.size, 0, 'nothing to amend while undecided');
  store.acceptAll('banner');
  const { id, decidedAt } = store.record!;
  store.amend('another id', { tcf: { tcString: 'B' } });
  assert.equal(store.record?.tcf, undefined, 'another decision is not amended');
  store.amend(id, { tcf: { tcString: 'C', disclosedVendors: [755] } });
  assert.deepEqual(store.record?.tcf, { tcString: 'C', disclosedVendors: [755] });
  assert.equal(store.record?.decidedAt, decidedAt);
  const stored = JSON.parse(storage.data.get('consent-panel')!) as StoredRecord;
  assert.deepEqual(stored.tcf, { tcString: 'C', disclosedVendors: [755] });
  assert.equal(stored.purposes.ads, true);
  assert.equal(events.length, 1, 'only the decision itself');
});

test('amend() goes through the store’s storage: without localStorage, the page keeps it in memory', () => {
  const thrower = {
    getItem() {
      throw new Error('denied');
    },
    setItem() {
      throw new Error('quota');
    },
    removeItem() {
      throw new Error('denied');
    },
  } as unknown as Storage;
  const kv = pageStorage(thrower);
  const store = new ConsentStore(config, { storage: kv, now: () => now });
  store.rejectAll('banner');
  store.amend(store.record!.id, { tcf: { tcString: 'D' } });
  const again = new ConsentStore(config, { storage: kv, now: () => now });
  again.dispose();
  store.dispose();
  assert.deepEqual(again.record?.tcf, { tcString: 'D' });
});
