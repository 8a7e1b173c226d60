import assert from 'node:assert/strict';
import { afterEach, mock, test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { pageStorage } from '../../src/core/storage.js';
import { ConsentStore } from '../../src/core/store.js';
import type { ConsentDetail } from '../../src/core/types.js';
import { captureConsole, DAY, MemoryStorage, type StoredRecord } from './helpers.js';

const config = captureConsole(() =>
  normalizeConfig({
    privacyUrl: '/privacy',
    purposes: [
      { id: 'necessary', label: 'N', required: true },
      { id: 'analytics', label: 'A' },
      { id: 'ads', label: 'Ads' },
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

const stores: ConsentStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

function setup(options: { gpc?: boolean; now?: () => number; storage?: MemoryStorage } = {}) {
  const storage = options.storage ?? new MemoryStorage();
  const store = new ConsentStore(config, { storage, now: options.now, gpc: options.gpc });
  stores.push(store);
  const events: ConsentDetail[] = [];
  store.subscribe((detail) => events.push(detail));
  const stored = () => JSON.parse(storage.data.get('consent-panel') ?? 'null') as StoredRecord;
  return { store, storage, events, stored };
}

test('a first visit is undecided: nothing granted but required purposes, nothing stored', () => {
  const { store, storage } = setup();
  assert.equal(store.decided, false);
  assert.deepEqual(store.detail().purposes, { necessary: true, analytics: false, ads: false, social: false });
  assert.deepEqual(store.detail().vendors, { 'social/x': false, 'social/yt': false });
  assert.equal(store.granted('necessary'), true);
  assert.equal(store.granted('analytics'), false);
  assert.equal(storage.data.size, 0);
});

test('a first "reject all" is a decision that changes no value', () => {
  const { store, events, stored } = setup();
  store.rejectAll('banner');
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].changed, []);
  assert.equal(events[0].decided, true);
  assert.equal(events[0].source, 'banner');
  assert.equal(stored().purposes.analytics, false);
  store.rejectAll('preferences');
  assert.equal(events.length, 1, 'a re-save that changes nothing fires nothing');
});

test('accept all grants every purpose and vendor and lists what changed', () => {
  const { store, events, stored } = setup();
  store.acceptAll('banner');
  assert.deepEqual(events[0].changed, ['analytics', 'ads', 'social', 'social/x', 'social/yt']);
  assert.equal(store.granted('social/yt'), true);
  assert.equal(store.granted('ads social/x'), true);
  assert.equal(stored().v, 1);
  assert.deepEqual(stored().vendors, { 'social/x': true, 'social/yt': true });
  assert.deepEqual(events[0].record, stored());
});

test('set() merges into the current decision; while undecided the rest stays refused', () => {
  const { store, events } = setup();
  store.decide({ analytics: true }, 'api');
  assert.deepEqual(store.detail().purposes, { necessary: true, analytics: true, ads: false, social: false });
  store.decide({ 'social/x': true }, 'api');
  assert.equal(store.granted('analytics'), true);
  assert.equal(store.granted('social'), false, 'a purpose with vendors needs them all');
  assert.equal(store.granted('social/x'), true);
  assert.deepEqual(events[1].changed, ['social/x']);
  store.decide({ social: true }, 'api');
  assert.deepEqual(events[2].changed, ['social', 'social/yt']);
});

test('bad values in set() are reported and never grant anything', () => {
  const { store, events } = setup();
  const { errors } = captureConsole(() => {
    store.decide({ analytics: 'yes', unknown: true, necessary: false }, 'api');
    store.decide('analytics' as unknown as Record<string, unknown>, 'api');
  });
  assert.equal(store.granted('analytics'), false);
  assert.match(errors.join('\n'), /set\.analytics: "yes"/);
  assert.match(errors.join('\n'), /set: "unknown" names no configured purpose/);
  assert.match(errors.join('\n'), /set\.necessary: false cannot be refused/);
  assert.match(errors.join('\n'), /set: "analytics" is not an object/);
  assert.equal(events.length, 1, 'the valid "necessary" entry made a decision, the string did not');
  assert.equal(store.granted('necessary'), true);
});

test('unknown gates are reported and never granted', () => {
  const { store } = setup();
  store.acceptAll('api');
  const { result, errors } = captureConsole(() => [
    store.granted('nope'),
    store.granted('social/nope'),
    store.granted('analytics nope'),
    store.granted(''),
  ]);
  assert.deepEqual(result, [false, false, false, false]);
  assert.match(errors.join('\n'), /gate: "nope"/);
  assert.match(errors.join('\n'), /gate: "social\/nope"/);
});

test('a stored decision is restored by a new store, and reset() forgets it', () => {
  const storage = new MemoryStorage();
  setup({ storage }).store.decide({ analytics: true }, 'api');
  const { store, events } = setup({ storage });
  assert.equal(store.decided, true);
  assert.equal(store.granted('analytics'), true);
  store.reset('api');
  assert.equal(store.decided, false);
  assert.equal(storage.data.size, 0);
  assert.deepEqual(events[0].changed, ['analytics']);
  assert.equal(events[0].record, null);
});

test('reload() follows another tab', () => {
  const storage = new MemoryStorage();
  const a = setup({ storage });
  const b = setup({ storage });
  a.store.acceptAll('banner');
  b.store.reload('storage');
  assert.equal(b.store.granted('ads'), true);
  assert.equal(b.events[0].source, 'storage');
  b.store.reload('storage');
  assert.equal(b.events.length, 1, 'the same record again changes nothing');
});

test('storage that throws: the decision lives in memory for the page', () => {
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
  const store = new ConsentStore(config, { storage: kv });
  stores.push(store);
  store.acceptAll('banner');
  assert.equal(store.granted('analytics'), true);
  const again = new ConsentStore(config, { storage: kv });
  stores.push(again);
  assert.equal(again.decided, true, 'the same page still knows the decision');
});

test('expiry: the decision is lost when its time comes, with source "expiry"', () => {
  mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  try {
    const storage = new MemoryStorage();
    const store = new ConsentStore({ ...config, expiresDays: 1 }, { storage });
    stores.push(store);
    const events: ConsentDetail[] = [];
    store.subscribe((d) => events.push(d));
    store.acceptAll('api');
    mock.timers.tick(DAY - 1000);
    assert.equal(store.decided, true);
    mock.timers.tick(2000);
    assert.equal(store.decided, false);
    assert.equal(events.at(-1)!.source, 'expiry');
    assert.ok(events.at(-1)!.changed.includes('analytics'));
    assert.equal(storage.data.size, 0, 'the expired record is deleted');
  } finally {
    mock.timers.reset();
  }
});

test('Global Privacy Control: accept all leaves gpc purposes refused; they can still be set one by one', () => {
  const { store } = setup({ gpc: true });
  store.acceptAll('banner');
  assert.equal(store.granted('analytics'), true);
  assert.equal(store.granted('ads'), false);
  store.decide({ ads: true }, 'preferences');
  assert.equal(store.granted('ads'), true);
  store.acceptAll('banner');
  assert.equal(store.granted('ads'), true, 'an explicit opt-in survives a later accept all');
});

test('a listener that throws does not stop the others', () => {
  const { store, events } = setup();
  store.subscribe(() => {
    throw new Error('boom');
  });
  const { errors } = captureConsole(() => store.acceptAll('api'));
  assert.equal(events.length, 1);
  assert.match(errors.join('\n'), /a listener threw/);
});
