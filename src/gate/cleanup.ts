import { matchesPattern } from '../core/pattern.js';
import type { ConsentDetail, PurposeConfig } from '../core/types.js';

const matcher =
  (patterns: string[] = []) =>
  (name: string) =>
    patterns.some((pattern) => matchesPattern(pattern, name));

/** The host and each parent domain: `www.journal.example` → itself, `journal.example`, `example`. */
function domains(host: string): string[] {
  if (/^[\d.]+$|:/.test(host)) return [];
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

/** `/a/b/c` → `/`, `/a`, `/a/`, `/a/b`, `/a/b/`, `/a/b/c`: every path a cookie seen here can have. */
function paths(pathname: string): string[] {
  const out = new Set(['/']);
  let path = '';
  for (const part of pathname.split('/').filter(Boolean)) {
    path += `/${part}`;
    out.add(path).add(`${path}/`);
  }
  return [...out];
}

/**
 * Deletes what withdrawn vendors declared: cookies (on this host and its
 * parent domains, for every path of this page) and localStorage keys. The
 * browser ignores a deletion for a domain it would not have accepted, such as
 * a public suffix, so trying them all is safe. HttpOnly cookies are out of
 * reach of any script.
 */
export function cleanUp(withdrawn: { cookies?: string[]; storageKeys?: string[] }[]): void {
  // Nothing withdrawn (an accept): no cookie read, a synchronous call to the browser.
  if (!withdrawn.length) return;
  const cookieMatches = matcher(withdrawn.flatMap((v) => v.cookies ?? []));
  const names = document.cookie
    .split(';')
    .map((c) => c.split('=')[0].trim())
    .filter((n) => n && cookieMatches(n));
  for (const name of new Set(names)) {
    // Once more with Secure: a prefixed cookie (__Secure-, __Host-) is only written, and so only deleted, with it.
    for (const secure of ['', '; Secure'])
      for (const path of paths(location.pathname)) {
        document.cookie = `${name}=; Max-Age=0; Path=${path}${secure}`;
        for (const domain of domains(location.hostname)) document.cookie = `${name}=; Max-Age=0; Path=${path}${secure}; Domain=${domain}`;
      }
  }
  const keyMatches = matcher(withdrawn.flatMap((v) => v.storageKeys ?? []));
  try {
    for (const key of Object.keys(localStorage)) if (keyMatches(key)) localStorage.removeItem(key);
  } catch {
    /* no storage, nothing stored */
  }
}

/** The vendors whose consent a change took away. */
export function withdrawnVendors(purposes: PurposeConfig[], detail: ConsentDetail) {
  return purposes.flatMap((p) =>
    (p.vendors ?? []).filter((v) => {
      const gate = `${p.id}/${v.id}`;
      return detail.changed.includes(gate) && !detail.vendors[gate];
    }),
  );
}
