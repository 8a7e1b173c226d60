// The build's template minifier (scripts/minify-templates.mjs): it rewrites
// the white space of consent-panel's own css`` and html`` templates, found by
// parsing, and nothing else: not a plain template literal, not a string, not
// a library's code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const transform = (code, id = '/project/src/panel/example.ts') => minifyTemplates().transform(code, id)?.code ?? code;

test('html``: line breaks and their indent collapse, nested templates too; other literals stay as written', () => {
  const code = [
    'const label = `first line',
    '    second line`;',
    "const text = 'a\\n    b';",
    'export const view = (items) => html`',
    '  <ul class="list">',
    '    ${items.map((item) => html`<li',
    '      >${item}   and  more</li>`)}',
    '  </ul>',
    '`;',
  ].join('\n');
  const out = transform(code);
  assert.ok(out.includes('const label = `first line\n    second line`;'), 'a plain template literal is untouched');
  assert.ok(out.includes("const text = 'a\\n    b';"), 'a string is untouched');
  assert.ok(out.includes('html` <ul class="list"> ${items.map((item) => html`<li>${item}   and  more</li>`)} </ul> `'), out);
});

test('css``: comments, white space and needless quotes go; the rule stays the same', () => {
  const out = transform(
    "const s = css`\n  /* the switch */\n  [role='switch'] > span {\n    color: red !important;\n    margin: 0 0 12px;\n  }\n`;",
  );
  assert.equal(out, 'const s = css`[role=switch]>span{color:red!important;margin:0 0 12px}`;');
});

test('only consent-panel’s own modules: a library’s template is left alone', () => {
  const code = 'const t = html`\n  <p>x</p>\n`;';
  assert.equal(transform(code, '/project/node_modules/lib/index.js'), code);
});
