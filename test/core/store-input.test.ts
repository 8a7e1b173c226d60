import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { ConsentStore } from '../../src/core/store.js';
import { captureConsole, MemoryStorage } from './helpers.js';

const config = captureConsole(() => normalizeConfig({ privacyUrl: '/privacy' })).result;
const stores: ConsentStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));
function setup(c = config) {
  const storage = new MemoryStorage();
  const store = new ConsentStore(c, { storage });
  stores.push(store);
  return { store, storage };
}

test('set({}) names nothing: one error, nothing decided, nothing stored', () => {
  const { store, storage } = setup();
  const { errors } = captureConsole(() => store.decide({}, 'api'));
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^consent-panel: set: \{\} names no configured purpose or purpose\/vendor; nothing decided/);
  assert.equal(store.decided, false);
  assert.equal(storage.data.size, 0);
});

test('the preferences of a site whose purposes are all required still save a decision', () => {
  const required = { ...config, purposes: [config.purposes[0]] };
  const { store } = setup(required);
  const { errors } = captureConsole(() => store.decide({}, 'preferences'));
  assert.deepEqual(errors, []);
  assert.equal(store.decided, true);
});

test('a gate list that names nothing is reported, once per call, and never granted', () => {
  const { store } = setup();
  for (const gates of ['', ' ', null, 'unknown']) {
    const { result, errors } = captureConsole(() => store.granted(gates as string));
    assert.equal(result, false);
    assert.equal(errors.length, 1, String(gates));
  }
  store.acceptAll('api');
  const { result, errors } = captureConsole(() => store.granted(' analytics  ads '));
  assert.deepEqual([result, errors], [true, []]);
});
