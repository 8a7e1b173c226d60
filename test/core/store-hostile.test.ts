import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { ConsentStore } from '../../src/core/store.js';
import type { ConsentDetail } from '../../src/core/types.js';
import { captureConsole, MemoryStorage, type StoredRecord } from './helpers.js';

const config = captureConsole(() => normalizeConfig({ privacyUrl: '/privacy' })).result;
const stores: ConsentStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));
function setup() {
  const storage = new MemoryStorage();
  const store = new ConsentStore(config, { storage });
  stores.push(store);
  const events: ConsentDetail[] = [];
  store.subscribe((detail) => events.push(detail));
  return { store, storage, events };
}

test('with JSON.parse replaced by page code after load, a decision reaches its listeners and reads back', () => {
  const { store, storage, events } = setup();
  const { parse } = JSON;
  JSON.parse = () => {
    throw new SyntaxError('hostile');
  };
  try {
    store.acceptAll('banner');
    assert.equal(store.granted('analytics'), true);
    assert.equal(events.length, 1, 'the listeners heard of it');
    assert.equal(events[0].record!.purposes.analytics, true);
    const again = new ConsentStore(config, { storage });
    stores.push(again);
    assert.equal(again.decided, true, 'the record reads back with the JSON.parse taken at load');
  } finally {
    JSON.parse = parse;
  }
  assert.equal((parse(storage.data.get('consent-panel')!) as StoredRecord).purposes.analytics, true);
});

test("a detail's record is a deep copy: page code changing it changes nothing in the store", () => {
  const { store, events } = setup();
  store.beforeCommit = (record) => (record.tcf = { tcString: 'x', disclosedVendors: [1, 2] });
  store.acceptAll('banner');
  const record = events[0].record!;
  record.purposes.analytics = false;
  (record.tcf!.disclosedVendors as number[]).push(3);
  assert.equal(store.record!.purposes.analytics, true);
  assert.deepEqual(store.record!.tcf, { tcString: 'x', disclosedVendors: [1, 2] });
});

test('a throw while a change is made ready (page code broke Object.fromEntries) leaves the store where its listeners are', () => {
  const { store, events } = setup();
  const { fromEntries } = Object;
  Object.fromEntries = () => {
    throw new TypeError('hostile');
  };
  try {
    assert.throws(() => store.acceptAll('banner'));
  } finally {
    Object.fromEntries = fromEntries;
  }
  assert.equal(events.length, 0);
  assert.equal(store.granted('analytics'), false, 'not granted while no listener heard of it');
  store.acceptAll('banner');
  assert.equal(events.length, 1);
  assert.equal(store.granted('analytics'), true);
});
