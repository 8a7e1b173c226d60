import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageStorage } from '../../src/core/storage.js';
import { captureConsole } from './helpers.js';

/** A Storage with room for `quota` characters (keys and values), as a browser's localStorage. */
function fullStorage(quota: number): Storage {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      if (used() - (data.has(key) ? key.length + data.get(key)!.length : 0) + key.length + value.length > quota) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  } as Storage;
}

test("a longer value than storage has room for replaces the older one when the older one's room is enough", () => {
  const backing = fullStorage(20);
  backing.setItem('other', 'x'.repeat(5));
  const storage = pageStorage(backing);
  storage.set('k', 'accepted');
  assert.equal(backing.getItem('k'), 'accepted');
  const { warnings } = captureConsole(() => storage.set('k', 'refused!!!!'));
  assert.equal(backing.getItem('k'), null, 'no room even once removed: the older value is gone');
  assert.equal(storage.get('k'), 'refused!!!!', 'the page keeps the new value');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /could not be kept/);

  const roomy = fullStorage(12);
  const second = pageStorage(roomy);
  second.set('k', 'a'.repeat(10));
  const quiet = captureConsole(() => second.set('k', 'b'.repeat(11)));
  assert.equal(roomy.getItem('k'), 'b'.repeat(11), 'stored in the room the older value left');
  assert.deepEqual(quiet.warnings, []);
});

test('storage that cannot be reached: the value holds for the page, with a warning', () => {
  const storage = pageStorage(undefined);
  const { warnings } = captureConsole(() => storage.set('k', 'v'));
  assert.equal(storage.get('k'), 'v');
  assert.equal(warnings.length, 1);
});

test('a write that storage drops without an error counts as failed: the older value goes', () => {
  const data = new Map([['k', 'accepted']]);
  const dropping = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem() {},
    removeItem: (key: string) => void data.delete(key),
  } as unknown as Storage;
  const storage = pageStorage(dropping);
  const { warnings } = captureConsole(() => storage.set('k', 'refused'));
  assert.equal(data.has('k'), false);
  assert.equal(storage.get('k'), 'refused');
  assert.equal(warnings.length, 1);
});
