import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesPattern } from '../../src/core/pattern.js';

test('a pattern is an exact name, or "*" for any run of characters; everything else is literal', () => {
  const cases: [string, string, boolean][] = [
    ['_ga', '_ga', true],
    ['_ga', '_gat', false],
    ['_ga', 'x_ga', false],
    ['_ga_*', '_ga_ABC123', true],
    ['_ga_*', '_ga_', true],
    ['_ga_*', 'x_ga_1', false],
    ['_ga_*', '_ga', false],
    ['*', '', true],
    ['*', 'anything', true],
    ['**', 'a', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbYcZ', false],
    ['a*b*c', 'acb', false],
    ['*ab', 'aab', true],
    ['*ab*ab', 'abab', true],
    ['*ab*ab', 'aabab', true],
    ['*aab', 'aaab', true],
    ['a.b', 'axb', false],
    ['a.b', 'a.b', true],
    ['a+b', 'aab', false],
    ['^$', '^$', true],
    ['(a)|b', '(a)|b', true],
    ['', '', true],
    ['', 'a', false],
  ];
  for (const [pattern, name, expected] of cases) assert.equal(matchesPattern(pattern, name), expected, `${pattern} ~ ${name}`);
});

/** The name as a String object that counts every read of a character or of its length. */
function counted(name: string) {
  const reads = { count: 0 };
  const proxy = new Proxy(new String(name), {
    get(target, key) {
      reads.count++;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { name: proxy as unknown as string, reads };
}

test('many stars against a long name: the work stays within pattern length × name length, never exponential', () => {
  // A backtracking matcher tries every way to share 60 a's between 40 stars: about 10^16 ways.
  const stars = `${'a*'.repeat(40)}b`;
  for (const [pattern, name, expected] of [
    [stars, 'a'.repeat(60), false],
    [stars, `${'a'.repeat(60)}b`, true],
    [stars, `${'a'.repeat(60)}ba`, false],
    [stars, 'ab'.repeat(60), true],
    // This matcher's own worst case: the star gives up one character at a time, each time for a long try.
    [`*${'a'.repeat(30)}b`, 'a'.repeat(100), false],
    [`${'a*'.repeat(20)}${'a'.repeat(20)}b`, 'a'.repeat(100), false],
  ] as const) {
    const { name: subject, reads } = counted(name);
    assert.equal(matchesPattern(pattern, subject), expected, name);
    const bound = 2 * (pattern.length + 1) * (name.length + 1);
    assert.ok(reads.count <= bound, `${reads.count} reads of a ${name.length}-character name: more than ${bound}`);
  }
});
