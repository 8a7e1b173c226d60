// Group commit on its own: batching, each promise settled by its own
// transaction, failures not leaking into the next batch, a bounded wait.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GroupCommit } from '../../receiver/group-commit.mjs';

test('receipts arriving during a write go together into the next transaction', async () => {
  const batches = [];
  let release;
  const gc = new GroupCommit(
    (items) => {
      batches.push(items);
      return batches.length === 1 ? new Promise((resolve) => (release = resolve)) : Promise.resolve();
    },
    { windowMs: 1 },
  );
  const first = gc.add(1);
  await new Promise((resolve) => setTimeout(resolve, 10));
  let settled = false;
  const rest = Promise.all([2, 3, 4].map((n) => gc.add(n))).then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(settled, false, 'not acknowledged before their own commit');
  release();
  await first;
  await rest;
  assert.deepEqual(batches, [[1], [2, 3, 4]]);
});

test('a failed transaction rejects its own receipts only', async () => {
  let calls = 0;
  const gc = new GroupCommit(async () => {
    if (++calls === 1) throw new Error('disk full');
  });
  await assert.rejects(gc.add('a'), /disk full/);
  await gc.add('b');
  await gc.drain();
});

test('refuses at once when too many receipts wait for a database that hangs', async () => {
  const gc = new GroupCommit(() => new Promise(() => {}), { windowMs: 1, maxBatch: 2, maxWaiting: 3 });
  void gc.add(1);
  void gc.add(2);
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (const n of [3, 4, 5]) void gc.add(n).catch(() => {});
  await assert.rejects(gc.add(6), /already wait/);
});
