import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { ConsentStore } from '../../src/core/store.js';
import { captureConsole, MemoryStorage } from './helpers.js';

const config = captureConsole(() => normalizeConfig({ privacyUrl: '/privacy' })).result;
const stores: ConsentStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

function setup() {
  const store = new ConsentStore(config, { storage: new MemoryStorage() });
  stores.push(store);
  return store;
}

test('a decision made by a listener reaches every listener after the change it reacts to', () => {
  const store = setup();
  const seen: Record<string, [string, boolean][]> = { before: [], after: [] };
  store.subscribe((d) => seen.before.push([d.source, d.purposes.ads]));
  store.subscribe((d) => {
    if (d.purposes.ads) store.rejectAll('api');
  });
  store.subscribe((d) => seen.after.push([d.source, d.purposes.ads]));
  store.acceptAll('banner');
  const order: [string, boolean][] = [
    ['banner', true],
    ['api', false],
  ];
  assert.deepEqual(seen, { before: order, after: order });
  assert.equal(store.granted('ads'), false);
});

test('changes made while listeners are told about another wait their turn, oldest first', () => {
  const store = setup();
  const seen: string[][] = [];
  store.subscribe((d) => {
    seen.push(d.changed);
    if (d.source === 'banner') {
      store.decide({ analytics: false }, 'api');
      store.decide({ ads: false }, 'api');
    }
  });
  store.acceptAll('banner');
  assert.deepEqual(seen, [['analytics', 'ads', 'social', 'personalization'], ['analytics'], ['ads']]);
});

test('deliver(action): the changes the action makes go out once it is done', () => {
  const store = setup();
  const log: string[] = [];
  store.subscribe((d) => log.push(`change ${d.source}`));
  store.deliver(() => {
    store.acceptAll('api');
    log.push('action done');
  });
  assert.deepEqual(log, ['action done', 'change api']);
});
