import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeConfig, normalizeConfig } from '../../src/core/config.js';
import { DEFAULT_PURPOSES } from '../../src/core/default-purposes.js';
import { captureConsole } from './helpers.js';

test('no configuration gives the defaults, and warns that no privacy link is set', () => {
  const { result, errors, warnings } = captureConsole(() => normalizeConfig(undefined));
  assert.equal(result.revision, '');
  assert.equal(result.expiresDays, 182);
  assert.equal(result.storageKey, 'consent-panel');
  assert.equal(result.manageButton, true);
  assert.equal(result.respectGpc, true);
  assert.deepEqual(
    result.purposes.map((p) => p.id),
    ['necessary', 'analytics', 'ads', 'social', 'personalization'],
  );
  assert.equal(result.purposes[0].required, true);
  assert.deepEqual(errors, []);
  assert.match(warnings.join('\n'), /privacyUrl/);
});

test('a field of the wrong type or value is reported by name and value, and falls back to its default', () => {
  const { result, errors } = captureConsole(() =>
    normalizeConfig({ expiresDays: 400, storageKey: 42.5, revision: {}, manageButton: 'no', privacyUrl: 'javascript:alert(1)' }),
  );
  assert.equal(result.expiresDays, 182);
  assert.equal(result.storageKey, '42.5');
  assert.equal(result.revision, '');
  assert.equal(result.manageButton, true);
  assert.equal(result.privacyUrl, undefined);
  const text = errors.join('\n');
  assert.match(text, /expiresDays: 400 /);
  assert.match(text, /revision: \{\} /);
  assert.match(text, /manageButton: "no" /);
  assert.match(text, /privacyUrl: "javascript:alert\(1\)" /);
});

test('expiresDays accepts the attribute form and the 1 to 395 range', () => {
  assert.equal(captureConsole(() => normalizeConfig({ expiresDays: '30' })).result.expiresDays, 30);
  assert.equal(captureConsole(() => normalizeConfig({ expiresDays: 395 })).result.expiresDays, 395);
  assert.equal(captureConsole(() => normalizeConfig({ expiresDays: 0 })).result.expiresDays, 182);
  assert.equal(captureConsole(() => normalizeConfig({ expiresDays: 'soon' })).result.expiresDays, 182);
});

test('bad purposes are dropped one by one with an error naming them', () => {
  const { result, errors } = captureConsole(() =>
    normalizeConfig({
      purposes: [
        { id: 'necessary', label: 'Nécessaire', required: true },
        { id: 'stats', label: { fr: 'Statistiques', en: 'Statistics' } },
        { id: 'stats', label: 'Twice' },
        { id: 'has space', label: 'Bad id' },
        'analytics',
        { id: 'video', required: 'yes', vendors: [{ id: 'yt', name: 'YouTube', cookies: ['VISITOR_*', 'bad cookie'] }, { id: 'yt' }] },
        { id: 'nolabel' },
      ],
    }),
  );
  assert.deepEqual(
    result.purposes.map((p) => p.id),
    ['necessary', 'stats', 'video', 'nolabel'],
  );
  const video = result.purposes[2];
  assert.equal(video.required, undefined, 'a wrong "required" never makes a purpose required');
  // Purposes and vendors have no prototype (see the test on Object.prototype below): compared field by field.
  assert.deepEqual(
    video.vendors?.map((vendor) => ({ ...vendor })),
    [{ id: 'yt', name: 'YouTube', cookies: ['VISITOR_*'] }],
  );
  assert.equal(result.purposes[3].label, 'nolabel');
  const text = errors.join('\n');
  assert.match(text, /purposes\[2\]\.id: "stats" is used twice/);
  assert.match(text, /purposes\[3\]\.id: "has space"/);
  assert.match(text, /purposes\[4\]: "analytics"/);
  assert.match(text, /purposes\[5\]\.required: "yes"/);
  assert.match(text, /purposes\[5\]\.vendors\[0\]\.cookies\[1\]: "bad cookie"/);
  assert.match(text, /purposes\[5\]\.vendors\[1\]\.id: "yt" is used twice/);
  assert.match(text, /purposes\[6\]\.label: undefined is not a text/);
});

test('when no purpose is valid the default list applies', () => {
  const { result, errors } = captureConsole(() => normalizeConfig({ purposes: [{ id: '' }, 3] }));
  assert.equal(result.purposes, DEFAULT_PURPOSES);
  assert.match(errors.join('\n'), /purposes: .* holds no valid purpose/);
  assert.equal(captureConsole(() => normalizeConfig({ purposes: 'all' })).result.purposes, DEFAULT_PURPOSES);
});

test('a non-object configuration is reported and ignored', () => {
  const { result, errors } = captureConsole(() => normalizeConfig('fr'));
  assert.equal(result.storageKey, 'consent-panel');
  assert.match(errors.join('\n'), /consentPanelConfig: "fr" is not an object/);
});

test('later layers win when configurations merge', () => {
  const merged = mergeConfig({ lang: 'fr', revision: '1' }, undefined, { revision: '2' });
  assert.deepEqual({ ...merged }, { lang: 'fr', revision: '2' });
});

test('a "__proto__" key in a configuration (as JSON.parse makes it) is no configuration', () => {
  const { result } = captureConsole(() =>
    normalizeConfig(mergeConfig(JSON.parse('{ "__proto__": { "lang": "en", "revision": "7", "manageButton": false } }'))),
  );
  assert.equal(result.lang, undefined);
  assert.equal(result.revision, '');
  assert.equal(result.manageButton, true);
});

test('what page code wrote to Object.prototype configures nothing: no purpose becomes required or exempt, no vendor gets cookies', () => {
  const proto = Object.prototype as Record<string, unknown>;
  const polluted = { required: true, exempt: true, cookies: ['session'], vendors: [{ id: 'evil', name: 'Evil' }] };
  Object.assign(proto, polluted);
  try {
    const { result } = captureConsole(() =>
      normalizeConfig({
        purposes: [
          { id: 'necessary', label: 'N', required: true },
          { id: 'analytics', label: 'A', vendors: [{ id: 'ga', name: 'GA' }] },
        ],
      }),
    );
    const [necessary, analytics] = result.purposes;
    assert.equal(necessary.required, true);
    assert.equal(analytics.required, undefined);
    assert.equal(analytics.exempt, undefined);
    assert.equal(analytics.vendors?.[0].cookies, undefined);
    for (const purpose of [...result.purposes, ...DEFAULT_PURPOSES]) {
      assert.equal(Object.getPrototypeOf(purpose), null, purpose.id);
      if (purpose.id !== 'necessary') assert.equal(purpose.required, undefined, purpose.id);
      assert.equal(purpose.exempt, undefined, purpose.id);
    }
    assert.equal(normalizeConfig(undefined).purposes[1].vendors, undefined, 'the default purposes have no vendors');
  } finally {
    for (const key of Object.keys(polluted)) delete proto[key];
  }
});
