import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { DEFAULT_PURPOSES } from '../../src/core/default-purposes.js';
import { LANG_KEY } from '../../src/i18n/pack.js';
import { withPurposeLabels, withPurposeTexts } from '../../src/i18n/purpose-texts.js';
import { captureConsole } from './helpers.js';

const texts = (field: 'label' | 'description') => DEFAULT_PURPOSES.map((p) => ({ ...(p[field] as Record<string, string>) }));

test("the core's default purposes carry no texts; withPurposeLabels adds the labels alone, withPurposeTexts the descriptions too", () => {
  assert.deepEqual(texts('label'), [{}, {}, {}, {}, {}]);
  const { result: config } = captureConsole(() => normalizeConfig({}));
  assert.equal(withPurposeLabels(config.purposes, 'fr'), DEFAULT_PURPOSES);
  assert.deepEqual(texts('label')[2], { fr: 'Publicité', en: 'Advertising' });
  assert.equal(DEFAULT_PURPOSES[2].description, undefined);
  withPurposeTexts(config.purposes, 'fr');
  assert.deepEqual(texts('description')[1], {
    fr: 'Compter les visites et les articles lus.',
    en: 'Counting visits and articles read.',
  });
});

test("a loaded language file's texts are taken for that language; an entry that is not text is left out", () => {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  holder[LANG_KEY] = {
    de: { core: {}, purposes: { ads: ['Werbung', 'Anzeigen zeigen.'], analytics: [42, { x: 1 }] } },
  };
  try {
    withPurposeTexts(DEFAULT_PURPOSES, 'de');
    assert.equal((DEFAULT_PURPOSES[2].label as Record<string, string>).de, 'Werbung');
    assert.equal((DEFAULT_PURPOSES[2].description as Record<string, string>).de, 'Anzeigen zeigen.');
    assert.equal('de' in (DEFAULT_PURPOSES[1].label as object), false);
    assert.equal('de' in (DEFAULT_PURPOSES[1].description as object), false);
  } finally {
    delete holder[LANG_KEY];
  }
});

test('a configured list is left as it is, even with the ids of the defaults', () => {
  const { result: config } = captureConsole(() => normalizeConfig({ purposes: [{ id: 'ads', label: { de: 'Werbung' } }] }));
  withPurposeTexts(config.purposes, 'fr');
  assert.deepEqual({ ...(config.purposes[0].label as object) }, { de: 'Werbung' });
  assert.equal(config.purposes[0].description, undefined);
});
