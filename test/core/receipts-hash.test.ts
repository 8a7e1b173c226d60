// configHash, as an auditor recomputes it: canonical JSON (RFC 8785 key order,
// no whitespace), what it covers, and SHA-256 in hex.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { normalizeConfig } from '../../src/core/config.js';
import { canonicalJson, configHash, hashedConfig, sha256Hex } from '../../src/plugins/receipts/config-hash.js';

test('canonicalJson sorts keys by UTF-16 code units, at every depth, with no whitespace', () => {
  assert.equal(
    canonicalJson({ b: 1, a: [{ d: true, c: null }], é: 'x', B: 2, a1: undefined }),
    '{"B":2,"a":[{"c":null,"d":true}],"b":1,"é":"x"}',
  );
  // RFC 8785's own ordering example: code units, not code points ("\u20ac" before "\ud83d\ude00").
  assert.equal(canonicalJson({ '\ud83d\ude00': 1, '\u20ac': 2, '\r': 3, '1': 4 }), '{"\\r":3,"1":4,"€":2,"😀":1}');
  assert.equal(canonicalJson([undefined, 1e21, 0.1, 'a"b']), '[null,1e+21,0.1,"a\\"b"]');
});

test('sha256Hex is SHA-256 of the UTF-8 bytes, in lowercase hex', async () => {
  assert.equal(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  const text = 'Identifiant de votre consentement\u00a0: é';
  assert.equal(await sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'));
});

test('configHash = SHA-256 of the canonical JSON of hashedConfig', async () => {
  const config = normalizeConfig({ privacyUrl: '/confidentialite', revision: '2' });
  const expected = createHash('sha256')
    .update(canonicalJson(hashedConfig(config, 'fr')))
    .digest('hex');
  assert.equal(await configHash(config, 'fr'), expected);
});

test('what it covers: texts in the language shown, the purposes and vendors, the revision; not the storage key', async () => {
  const base = {
    privacyUrl: '/confidentialite',
    purposes: [
      { id: 'necessary', label: 'Fonctionnement', required: true },
      { id: 'social', label: { fr: 'Réseaux sociaux', en: 'Social' }, vendors: [{ id: 'x', name: 'X', cookies: ['guest_id'] }] },
    ],
  };
  const hash = (input: object, lang = 'fr') => configHash(normalizeConfig({ ...base, ...input }), lang);
  const reference = await hash({});
  assert.equal(await hash({}), reference, 'stable');
  assert.equal(await hash({ storageKey: 'other' }), reference, 'the storage key is no part of it');
  assert.equal(
    await hash({ purposes: [base.purposes[0], { ...base.purposes[1], label: { fr: 'Réseaux sociaux', en: 'Social media' } }] }),
    reference,
    'a text in a language not shown is no part of it',
  );
  assert.notEqual(await hash({}, 'en'), reference, 'the language shown');
  assert.notEqual(await hash({ revision: '2' }), reference, 'the revision');
  assert.notEqual(await hash({ privacyUrl: '/privacy' }), reference, 'the privacy link');
  assert.notEqual(
    await hash({ purposes: [base.purposes[0], { ...base.purposes[1], label: { fr: 'Réseaux', en: 'Social' } }] }),
    reference,
    'a label shown',
  );
  assert.notEqual(
    await hash({ purposes: [base.purposes[0], { ...base.purposes[1], vendors: [{ id: 'x', name: 'X' }] }] }),
    reference,
    'a vendor’s cookies',
  );
  const shown = hashedConfig(normalizeConfig(base), 'fr');
  assert.equal(shown.texts.panel.title, 'Pour gérer vos consentements');
  assert.equal(shown.texts.core.blocked, '{name} : contenu bloqué');
  assert.equal(shown.purposes[1].label, 'Réseaux sociaux');
});
