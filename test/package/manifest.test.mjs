// custom-elements.json, as `npm run build` writes it (see
// custom-elements-manifest.config.mjs): the public element only, with its
// attributes, typed events, parts, CSS properties and API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const ELEMENT_MODULE = 'src/panel/consent-panel-element.ts';
const element = () => {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  assert.equal(elements.length, 1, `one element: ${elements.map((d) => d.name)}`);
  return elements[0];
};

describe('custom-elements.json', () => {
  test('the package points to it', () => {
    assert.equal(JSON.parse(read('package.json')).customElements, 'custom-elements.json');
  });

  test('describes the element’s module and its registration, nothing else', () => {
    assert.deepEqual(
      manifest.modules.map((m) => m.path),
      [ELEMENT_MODULE, 'src/setup.ts'],
    );
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(definitions, [
      { kind: 'custom-element-definition', name: 'consent-panel', declaration: { name: 'ConsentPanelElement', module: ELEMENT_MODULE } },
    ]);
    for (const e of manifest.modules.flatMap((m) => m.exports ?? [])) {
      assert.ok(
        manifest.modules.some((m) => m.path === e.declaration.module),
        `${e.name} refers to a module of the manifest`,
      );
    }
  });

  test('one element, <consent-panel>, an HTMLElement (its internal base class is not an element)', () => {
    const el = element();
    assert.equal(el.name, 'ConsentPanelElement');
    assert.equal(el.tagName, 'consent-panel');
    assert.deepEqual(el.superclass, { name: 'HTMLElement', package: 'global:' });
    assert.ok(el.description && el.summary);
  });

  test('its attributes, typed', () => {
    assert.deepEqual(
      element().attributes.map((a) => [a.name, a.type?.text]),
      [
        ['lang', 'string'],
        ['revision', 'string'],
        ['expires-days', 'number'],
        ['storage-key', 'string'],
        ['privacy-url', 'string'],
        ['no-manage-button', 'boolean'],
        ['cookie-domain', 'string'],
      ],
    );
    for (const a of element().attributes) assert.ok(a.description, a.name);
  });

  test('its events, typed', () => {
    assert.deepEqual(
      element()
        .events.map((e) => [e.name, e.type?.text])
        .sort(([a], [b]) => (a < b ? -1 : 1)),
      [
        ['consent-change', 'CustomEvent<ConsentDetail>'],
        ['consent-preferences', 'CustomEvent<PreferencesState>'],
        ['consent-ready', 'CustomEvent<ConsentDetail>'],
        ['consent-receipt', 'CustomEvent<ConsentReceiptDetail>'],
      ],
    );
  });

  test('every part its templates have, and no other', () => {
    const sources = [
      'src/panel/banner-renderer.ts',
      'src/panel/preferences-template.ts',
      'src/panel/panel-renderer.ts',
      'src/panel/consent-panel-element.ts',
    ]
      .map(read)
      .join('\n');
    const used = new Set([...sources.matchAll(/part(?:=|['"], |: )["']([\w -]+)["']/g)].flatMap((m) => m[1].split(' ')));
    assert.ok(used.has('manage-button') && used.has('switch'), 'the parts are found in the templates');
    assert.deepEqual(
      element()
        .cssParts.map((p) => p.name)
        .sort(),
      [...used].sort(),
    );
    for (const p of element().cssParts) assert.ok(p.description, p.name);
  });

  test('its CSS custom properties, with their defaults', () => {
    const props = element().cssProperties;
    assert.deepEqual(
      props.map((p) => p.name),
      [
        '--consent-accent',
        '--consent-button-text',
        '--consent-background',
        '--consent-text',
        '--consent-link',
        '--consent-border',
        '--consent-focus',
        '--consent-font',
        '--consent-radius',
        '--consent-z-index',
      ],
    );
    const styles = ['base-styles', 'layer-styles', 'banner-styles', 'ui-styles'].map((name) => read(`src/panel/${name}.ts`)).join('');
    for (const p of props) {
      assert.ok(p.description, p.name);
      assert.ok(p.default, p.name);
      assert.ok(styles.includes(`var(${p.name}, ${p.default})`), `${p.name} defaults to ${p.default} in the panel's styles`);
    }
  });

  test('its public API and nothing private or internal', () => {
    const members = element().members;
    assert.deepEqual(members.map((m) => `${m.kind} ${m.name}`).sort(), [
      'field ready',
      'method acceptAll',
      'method granted',
      'method onChange',
      'method onGranted',
      'method open',
      'method openPreferences',
      'method refresh',
      'method rejectAll',
      'method reset',
      'method set',
    ]);
    for (const m of members) assert.equal(m.privacy, undefined, m.name);
    const granted = members.find((m) => m.name === 'granted');
    assert.deepEqual(granted.parameters, [{ name: 'gates', type: { text: 'string' } }]);
    assert.deepEqual(granted.return, { type: { text: 'boolean' } });
    assert.deepEqual(members.find((m) => m.name === 'ready').type, { text: 'Promise<ConsentDetail>' });
    assert.deepEqual(members.find((m) => m.name === 'onChange').return, { type: { text: '() => void' } });
    for (const m of members) assert.ok(m.description, `${m.name} is described`);
  });
});
