// The dashboard's HTML escapes whatever the figures hold, even names that
// validation would have refused: nothing from the data becomes markup or
// leaves the inert JSON element.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, jsonForScript, renderDashboard } from '../../receiver/dashboard.mjs';
import { shapeStats } from '../../receiver/stats.mjs';

const HOSTILE = `</script><img src=x onerror=alert(1)>"'\`&\u2028`;

test('a hostile purpose name is text in the tables and data in the JSON, never markup', () => {
  const day = '2026-11-29';
  const range = { from: Date.parse(`${day}T00:00:00Z`), to: Date.parse(`${day}T00:00:00Z`) + 86_400_000 };
  const stats = shapeStats({ actions: [{ day, action: 'set', n: 2 }], purposes: [{ day, purpose: HOSTILE, granted: 1, total: 2 }] }, range);
  const html = renderDashboard(stats, { from: `"><script>alert(1)</script>`, to: day });
  assert.doesNotMatch(html, /<img/);
  assert.equal(html.match(/<script/g).length, 3, 'only the JSON element and the two script files');
  assert.equal(html.match(/<\/script>/g).length, 3);
  assert.ok(html.includes(escapeHtml(HOSTILE)));
  assert.ok(html.includes('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"'));
  const json = /<script type="application\/json" id="stats">([^<]*)<\/script>/.exec(html)[1];
  assert.deepEqual(Object.keys(JSON.parse(json).days[0].purposes), [HOSTILE]);
});

test('escapeHtml and jsonForScript cover every character that could end a context', () => {
  assert.equal(escapeHtml(`<>&"'\``), '&#60;&#62;&#38;&#34;&#39;&#96;');
  assert.doesNotMatch(jsonForScript({ a: '</script><!--' }), /[<>]/);
  assert.deepEqual(JSON.parse(jsonForScript({ a: '</script>\u2028&' })), { a: '</script>\u2028&' });
});
