import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readUrl } from '../../src/core/validate.js';
import { captureConsole } from './helpers.js';

const read = (value: unknown) => captureConsole(() => readUrl('privacyUrl', value));

test('readUrl refuses script and data URLs in every disguise the URL parser undoes, with an error naming the value', () => {
  for (const value of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)  ',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript\r:alert(1)',
    '\u0001javascript:alert(1)',
    '\u001f\u0000 javascript:alert(1)',
    'javascript:alert(1)\u0000',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://a.test/0',
    'http://[bad',
    '',
    '   ',
    42,
  ]) {
    const { result, errors } = read(value);
    assert.equal(result, undefined, JSON.stringify(value));
    assert.equal(errors.length, 1, JSON.stringify(value));
    assert.ok(errors[0].startsWith(`consent-panel: privacyUrl: ${JSON.stringify(value)} is not an http(s) or relative URL`), errors[0]);
  }
});

test('readUrl keeps http(s), protocol-relative and relative URLs as the site wrote them (trimmed)', () => {
  for (const [value, kept] of [
    ['https://www.journal.test/confidentialite', 'https://www.journal.test/confidentialite'],
    ['HTTP://journal.test/p', 'HTTP://journal.test/p'],
    ['  /confidentialite  ', '/confidentialite'],
    ['//journal.test/p', '//journal.test/p'],
    ['confidentialite.html#cookies', 'confidentialite.html#cookies'],
    ['?page=privacy', '?page=privacy'],
    ['javascript&colon;alert(1)', 'javascript&colon;alert(1)'],
    ['./javascript:alert(1)', './javascript:alert(1)'],
  ]) {
    const { result, errors } = read(value);
    assert.equal(result, kept);
    assert.deepEqual(errors, []);
    assert.match(new URL(result, 'https://www.journal.test/article/').protocol, /^https?:$/);
  }
});
