// The vendor catalogue (presets/*.json): every preset conforms to
// presets/schema.json, cites its sources, says what could not be verified,
// and its embed patterns and tag parameters are usable.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { kindPiecesSource, pieceOf, readPresets, readSchema, validate } from '../../scripts/presets/catalogue.mjs';
import { patternToRegExp } from '../../scripts/presets/pattern.mjs';

const schema = readSchema();
const presets = readPresets();

/** The vendors issue 11 asks for, by preset id. */
const REQUIRED = [
  // audience
  'google-analytics',
  'google-tag-manager',
  'piano-analytics',
  'matomo',
  'mediametrie-estat',
  'chartbeat',
  'microsoft-clarity',
  'hotjar',
  // advertising
  'google-ad-manager',
  'prebid',
  'criteo',
  'equativ',
  'teads',
  'outbrain',
  'taboola',
  'xandr',
  'amazon-aps',
  'meta-pixel',
  'x-pixel',
  'tiktok-pixel',
  'linkedin-insight',
  'snapchat-pixel',
  'pinterest-tag',
  // embeds and social
  'youtube',
  'dailymotion',
  'vimeo',
  'x-posts',
  'instagram',
  'facebook',
  'tiktok-videos',
  'spotify',
  'deezer',
  'soundcloud',
  'apple-podcasts',
  'acast',
  'ausha',
  'arte',
  'google-maps',
  // other
  'disqus',
  'poool',
  'batch',
  'datawrapper',
  'flourish',
  'infogram',
];

test('the catalogue has at least 40 presets, among them every vendor the issue lists', () => {
  assert.ok(presets.length >= 40, `${presets.length} presets`);
  const ids = presets.map(({ preset }) => preset.id);
  assert.deepEqual(
    REQUIRED.filter((id) => !ids.includes(id)),
    [],
  );
});

for (const { file, preset } of presets) {
  test(`${file} conforms to presets/schema.json`, () => {
    assert.deepEqual(validate(preset, schema), []);
    assert.equal(file, `${preset.id}.json`);
  });

  test(`${file} cites its sources and says what is unverified`, () => {
    assert.ok(preset.sources.length > 0, 'no source');
    for (const url of preset.sources) assert.match(new URL(url).protocol, /^https?:$/);
    // A cookie list or a retention figure is either sourced or marked unverified, never made up silently.
    if (!preset.retention) assert.ok(preset.unverified.includes('retention'), 'no retention and not marked unverified');
    if (!preset.cookies.length && !preset.storageKeys.length)
      assert.ok(preset.unverified.includes('cookies'), 'no cookies and not marked unverified');
  });

  if (preset.tag?.kind === 'queue') {
    test(`${file}: its queue tag names the global its snippet defines, and nothing else kind queue reads is elsewhere`, () => {
      assert.ok(preset.tag.stub, 'kind queue without stub');
      if (preset.tag.stub.methods)
        for (const [method] of [...(preset.tag.calls ?? []), ...(preset.tag.grant ?? []), ...(preset.tag.revoke ?? [])])
          assert.ok(preset.tag.stub.methods.includes(method), `${method} is not one of the stub's methods`);
    });
  } else if (preset.tag) {
    test(`${file}: only kind queue has a stub or calls`, () => {
      for (const key of ['stub', 'calls', 'grant', 'revoke']) assert.equal(preset.tag[key], undefined, key);
    });
  }

  if (preset.tag) {
    test(`${file}: its tag's parameters are declared, and each example passes its pattern`, () => {
      // Everything but the parameters' own patterns: the URL, globals, stub and calls.
      const used = [...JSON.stringify({ ...preset.tag, params: undefined }).matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      assert.deepEqual(
        used.filter((name) => !Object.hasOwn(preset.tag.params, name)),
        [],
        'undeclared parameter',
      );
      for (const [name, { pattern, example }] of Object.entries(preset.tag.params)) {
        assert.match(example, new RegExp(pattern), `${name}: example`);
        assert.doesNotMatch('javascript:alert(1)', new RegExp(pattern), `${name}: accepts a javascript: URL`);
      }
    });
  }
}

test('no embed URL of one preset matches another preset’s embed patterns', () => {
  const all = presets.flatMap(({ preset }) => (preset.embeds ?? []).map((pattern) => ({ id: preset.id, pattern })));
  for (const { id, pattern } of all) {
    const sample = pattern.replaceAll('*', 'x1');
    const others = all.filter((other) => other.id !== id && patternToRegExp(other.pattern).test(sample)).map((o) => o.id);
    assert.deepEqual(others, [], `${sample} (${id})`);
    assert.ok(patternToRegExp(pattern).test(sample), `${pattern} does not match its own sample`);
  }
});

test('the validator catches what the schema forbids (it can fail)', () => {
  const good = presets[0].preset;
  assert.notDeepEqual(validate({ ...good, sources: [] }, schema), []);
  assert.notDeepEqual(validate({ ...good, cookies: ['bad name'] }, schema), []);
  assert.notDeepEqual(validate({ ...good, purpose: 'necessary' }, schema), []);
  assert.notDeepEqual(validate({ ...good, extra: 1 }, schema), []);
  const { description, ...noDescription } = good;
  void description;
  assert.notDeepEqual(validate(noDescription, schema), []);
});

test('src/presets/kind-pieces.ts lists, for each tag loader kind, the presets using it (regenerated by npm run build)', () => {
  const source = readFileSync(new URL('../../src/presets/kind-pieces.ts', import.meta.url), 'utf8');
  assert.equal(source, kindPiecesSource(presets));
  for (const { file, preset } of presets)
    if (preset.tag && preset.tag.kind !== 'script')
      assert.ok(source.includes(preset.id) && pieceOf(preset), `${file}: its kind has a piece`);
});
