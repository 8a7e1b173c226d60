// stringify: the JSON of plain data, whatever toJSON the page has given the built-ins.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { stringify } from '../../src/core/json.js';

const data = {
  v: 1,
  id: 'a "quoted" \\ id\n\u2028',
  decidedAt: '2026-03-01T12:00:00.000Z',
  purposes: { necessary: true, ads: false },
  empty: {},
  list: [1, 2.5, -3, 'x', null, true, [], [[]]],
  nested: { tcf: { disclosedVendors: [10, 755], tcString: 'CQ.IF' } },
};

test('stringify writes plain data as JSON.stringify does', () => {
  assert.equal(stringify(data), JSON.stringify(data));
  for (const value of [null, true, false, 0, -0, 1e21, 'é', [], {}, [undefined], NaN, Infinity]) {
    assert.equal(stringify(value), JSON.stringify(value), inspect(value));
  }
  assert.deepEqual(JSON.parse(stringify(data)), data);
});

test('stringify never calls toJSON, whatever the page gave Array.prototype and Object.prototype', () => {
  const calls: string[] = [];
  const install = (proto: object, name: string) =>
    Object.defineProperty(proto, 'toJSON', {
      configurable: true,
      value() {
        calls.push(name);
        // Prototype.js 1.6 turns arrays into strings.
        return `[${String(this)}]`;
      },
    });
  install(Array.prototype, 'Array.prototype.toJSON');
  install(Object.prototype, 'Object.prototype.toJSON');
  let text: string;
  try {
    text = stringify(data);
  } finally {
    delete (Array.prototype as { toJSON?: unknown }).toJSON;
    delete (Object.prototype as { toJSON?: unknown }).toJSON;
  }
  assert.deepEqual(calls, []);
  assert.equal(text, JSON.stringify(data));
});
