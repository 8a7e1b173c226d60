import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { LongTimer } from '../../src/core/long-timer.js';

test('a wait past 24.8 days fires once, at the right time, not at once', () => {
  mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  try {
    let fired = 0;
    const timer = new LongTimer(() => fired++);
    const day = 86_400_000;
    timer.at(Date.now() + 182 * day);
    mock.timers.tick(24 * day);
    assert.equal(fired, 0, 'setTimeout would have overflowed and fired at once');
    mock.timers.tick(157 * day);
    assert.equal(fired, 0);
    mock.timers.tick(day);
    assert.equal(fired, 1);
    mock.timers.tick(400 * day);
    assert.equal(fired, 1);
  } finally {
    mock.timers.reset();
  }
});

test('a new wait replaces the old one, and stop() cancels', () => {
  mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  try {
    let fired = 0;
    const timer = new LongTimer(() => fired++);
    timer.at(Date.now() + 1000);
    timer.at(Date.now() + 5000);
    mock.timers.tick(1000);
    assert.equal(fired, 0);
    mock.timers.tick(4000);
    assert.equal(fired, 1);
    timer.at(Date.now() + 10);
    timer.stop();
    mock.timers.tick(100);
    assert.equal(fired, 1);
  } finally {
    mock.timers.reset();
  }
});
