// Exempt audience measurement (the CNIL's exemption) in the store, and the
// vendor entries that name a preset, in the configuration.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { ConsentStore } from '../../src/core/store.js';
import { captureConsole, MemoryStorage } from './helpers.js';

const config = captureConsole(() =>
  normalizeConfig({
    privacyUrl: '/privacy',
    purposes: [
      { id: 'necessary', label: 'N', required: true },
      { id: 'audience', label: 'Audience', exempt: true, vendors: [{ preset: 'piano-analytics', site: '1', collectDomain: 'https://x' }] },
      { id: 'stats', label: 'Stats', exempt: true },
      { id: 'analytics', label: 'A' },
    ],
  }),
).result;

const stores: ConsentStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

function setup() {
  const storage = new MemoryStorage();
  const store = new ConsentStore(config, { storage });
  stores.push(store);
  return { store, storage };
}

test('an exempt purpose is granted before any decision, its switch on', () => {
  const { store } = setup();
  assert.equal(store.decided, false);
  assert.equal(store.granted('audience/piano-analytics'), true);
  assert.equal(store.granted('stats'), true);
  assert.equal(store.granted('analytics'), false);
  assert.deepEqual(store.choices(), { 'audience/piano-analytics': true, stats: true, analytics: false });
});

test('"reject all" refuses consent and does not object', () => {
  const { store } = setup();
  store.rejectAll('banner');
  assert.deepEqual(store.detail().purposes, { necessary: true, audience: true, stats: true, analytics: false });
});

test('turning it off is an objection, stored and kept by "reject all"; "accept all" and a reset lift it', () => {
  const { store, storage } = setup();
  store.decide({ stats: false }, 'preferences');
  assert.equal(store.granted('stats'), false);
  assert.equal((JSON.parse(storage.data.get('consent-panel')!) as { purposes: Record<string, boolean> }).purposes.stats, false);
  store.rejectAll('banner');
  assert.equal(store.granted('stats'), false);
  assert.equal(store.granted('audience'), true);
  // Read again from storage: the objection holds.
  const again = new ConsentStore(config, { storage });
  stores.push(again);
  assert.equal(again.granted('stats'), false);
  store.acceptAll('banner');
  assert.equal(store.granted('stats'), true);
  store.decide({ stats: false }, 'api');
  store.reset('api');
  assert.equal(store.granted('stats'), true);
});

test('a required purpose is never exempt; exempt must be true or false', () => {
  const { result, errors } = captureConsole(() =>
    normalizeConfig({
      purposes: [
        { id: 'necessary', label: 'N', required: true, exempt: true },
        { id: 'audience', label: 'A', exempt: 'yes' },
      ],
    }),
  );
  assert.equal(result.purposes[0].exempt, undefined);
  assert.equal(result.purposes[1].exempt, undefined);
  assert.match(errors.join('\n'), /purposes\[1\]\.exempt: "yes" is not true or false/);
});

test('vendors may name a preset: by id, or with parameters; the entry as written goes along', () => {
  const { result, errors } = captureConsole(() =>
    normalizeConfig({
      purposes: [
        {
          id: 'social',
          label: 'S',
          vendors: [
            'youtube',
            { preset: 'google-analytics', id: 'G-ABCD1234', name: 'Mesure Google' },
            { preset: 'matomo', vendorId: 'matomo-2', url: 'https://s/', siteId: '2' },
            { preset: '../evil', vendorId: 'ok' },
            'bad id',
          ],
        },
      ],
    }),
  );
  const vendors = result.purposes[0].vendors!;
  assert.deepEqual(
    vendors.map((v) => [v.id, v.name]),
    [
      ['youtube', 'youtube'],
      ['google-analytics', 'Mesure Google'],
      ['matomo-2', 'matomo'],
    ],
  );
  assert.deepEqual(vendors[0].preset, { preset: 'youtube' });
  assert.deepEqual(vendors[1].preset, { preset: 'google-analytics', id: 'G-ABCD1234', name: 'Mesure Google' });
  assert.match(errors.join('\n'), /vendors\[3\]\.id: "\.\.\/evil" is not an id/);
  assert.match(errors.join('\n'), /vendors\[4\]\.id: "bad id" is not an id/);
});
