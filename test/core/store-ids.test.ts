import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { readRecord } from '../../src/core/record.js';
import { ConsentStore } from '../../src/core/store.js';
import type { ConsentConfig } from '../../src/core/types.js';
import { captureConsole, MemoryStorage } from './helpers.js';

// Built by hand, past normalizeConfig (which refuses "__proto__"), as a host
// constructing the store itself could: the store must not let any id answer
// from Object.prototype.
const config: ConsentConfig = {
  ...captureConsole(() => normalizeConfig({ privacyUrl: '/privacy' })).result,
  purposes: [
    { id: 'necessary', label: 'N', required: true },
    { id: '__proto__', label: 'P' },
    { id: 'constructor', label: 'C', gpc: true },
    {
      id: 'toString',
      label: 'T',
      vendors: [
        { id: '__proto__', name: 'P' },
        { id: 'valueOf', name: 'V' },
      ],
    },
  ],
};
const GATES = ['__proto__', 'constructor', 'toString', 'toString/__proto__', 'toString/valueOf'];

const stores: ConsentStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));
function setup(options: { gpc?: boolean; storage?: MemoryStorage } = {}) {
  const store = new ConsentStore(config, { storage: options.storage ?? new MemoryStorage(), gpc: options.gpc });
  stores.push(store);
  return store;
}
const granted = (store: ConsentStore) => GATES.map((gate) => store.granted(gate));

test("ids named like Object.prototype's properties are refused until granted, and granted one by one", () => {
  const storage = new MemoryStorage();
  const store = setup({ storage });
  assert.deepEqual(granted(store), [false, false, false, false, false]);
  const detail = store.detail();
  assert.deepEqual(Object.entries(detail.purposes), [
    ['necessary', true],
    ['__proto__', false],
    ['constructor', false],
    ['toString', false],
  ]);
  assert.deepEqual(Object.entries(detail.vendors), [
    ['toString/__proto__', false],
    ['toString/valueOf', false],
  ]);

  store.decide(JSON.parse('{"__proto__": true}') as Record<string, unknown>, 'api');
  assert.deepEqual(granted(store), [true, false, false, false, false]);
  store.decide({ 'toString/valueOf': true }, 'api');
  assert.deepEqual(granted(store), [true, false, false, false, true]);
  store.rejectAll('api');
  assert.deepEqual(granted(store), [false, false, false, false, false]);
  store.acceptAll('api');
  assert.deepEqual(granted(store), [true, true, true, true, true]);
  assert.deepEqual(Object.entries(store.record!.purposes), [
    ['necessary', true],
    ['__proto__', true],
    ['constructor', true],
    ['toString', true],
  ]);

  const again = setup({ storage });
  assert.equal(again.decided, true, 'the record reads back');
  assert.deepEqual(granted(again), [true, true, true, true, true]);
});

test('a stored record silent about "__proto__" or "constructor" means undecided', () => {
  const store = setup();
  store.acceptAll('api');
  const full = store.record!;
  for (const id of ['__proto__', 'constructor']) {
    const purposes = Object.fromEntries(Object.entries(full.purposes).filter(([key]) => key !== id));
    assert.equal(readRecord(JSON.stringify({ ...full, purposes }), config, Date.now()), null, id);
  }
  const vendors = { 'toString/valueOf': true };
  assert.equal(readRecord(JSON.stringify({ ...full, vendors }), config, Date.now()), null, 'toString/__proto__');
});

test('under GPC, "accept all" keeps a limited purpose named "constructor" as the switches had it', () => {
  const store = setup({ gpc: true });
  store.acceptAll('preferences', {});
  assert.equal(store.granted('constructor'), false);
  assert.equal(store.granted('toString'), true);
});
