import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CookieJar } from '../../src/plugins/shared-cookie/cookie-jar.js';
import { captureConsole } from './helpers.js';

test('cookieDomain: the host or a parent domain of it, normalized', () => {
  for (const [domain, host] of [
    ['journal.example', 'www.journal.example'],
    ['.Journal.Example ', 'sport.journal.example'],
    ['journal.example', 'journal.example'],
    ['localhost', 'localhost'],
  ]) {
    const { result, errors } = captureConsole(() => CookieJar.for('consent-panel', domain, host));
    assert.equal(result?.domain, domain.trim().toLowerCase().replace(/^\./, ''), domain);
    assert.equal(result?.name, 'consent-panel');
    assert.deepEqual(errors, []);
  }
});

test('cookieDomain: unrelated, top-level, malformed, or with a storage key no cookie can be named: an error naming it, no jar', () => {
  for (const [domain, host, problem, key] of [
    ['example.org', 'www.journal.example', /cookieDomain: "example\.org" is neither this page's host \(www\.journal\.example\)/],
    ['ournal.example', 'www.journal.example', /neither/],
    ['fr', 'www.lemonde.fr', /cookieDomain: "fr" is a public suffix/],
    ['journal example', 'www.journal.example', /is not a domain name/],
    [42, 'www.journal.example', /cookieDomain: 42 is not a domain name/],
    ['journal.example', 'www.journal.example', /storageKey "a b"/, 'a b'],
  ] as [unknown, string, RegExp, string?][]) {
    const { result, errors } = captureConsole(() => CookieJar.for(key ?? 'consent-panel', domain, host));
    assert.equal(result, undefined, String(domain));
    assert.equal(errors.length, 1, String(domain));
    assert.match(errors[0], problem);
  }
});
