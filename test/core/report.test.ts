import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describe as show, reportError } from '../../src/core/report.js';
import { captureConsole } from './helpers.js';

test('values print as page code would write them, each kind apart', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const shown = [
    true,
    new Boolean(true),
    'true',
    new String('true'),
    1,
    new Number(1),
    1n,
    NaN,
    -Infinity,
    null,
    undefined,
    Symbol('s'),
    {},
    Object.create(null),
    [1],
  ].map(show);
  assert.deepEqual(shown, [
    'true',
    'new Boolean(true)',
    '"true"',
    'new String("true")',
    '1',
    'new Number(1)',
    '1n',
    'NaN',
    '-Infinity',
    'null',
    'undefined',
    'Symbol(s)',
    '{}',
    '{}',
    '[1]',
  ]);
  assert.equal(show(cyclic), '[object Object]');
  const hostile = Object.create(null, {
    toJSON: {
      value: () => {
        throw new Error('no');
      },
    },
  }) as object;
  assert.equal(show(hostile), '(object)', 'nothing it throws escapes');
});

test('long fields and values are cut with an ellipsis', () => {
  const long = 'k'.repeat(1 << 20);
  assert.equal(show(long).length, 201);
  assert.ok(show(long).endsWith('…'));
  const { errors } = captureConsole(() => reportError(`set.${long}`, long, 'is not true or false; ignored.'));
  assert.equal(errors.length, 1);
  assert.ok(errors[0].length < 500, String(errors[0].length));
  assert.ok(errors[0].endsWith('is not true or false; ignored.'));
});
