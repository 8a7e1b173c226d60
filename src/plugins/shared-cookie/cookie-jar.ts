import { cookieName, cookieValue } from '../../core/cookie-codec.js';
import { reportError } from '../../core/report.js';

/** A domain name: labels of letters, digits and `-`. */
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * The shared cookie of one page: its name (the storage key's), its domain,
 * and reads and writes through `document.cookie`.
 */
export class CookieJar {
  readonly name: string;
  readonly domain: string;
  /** Cleared when the browser refuses the cookie (a public suffix, cookies blocked): nothing more is written. */
  usable = true;

  constructor(name: string, domain: string) {
    this.name = name;
    this.domain = domain;
  }

  /**
   * The jar for `cookieDomain`, or undefined (with a console error naming it)
   * when it is not this page's host or a parent domain of it, or is a top-level
   * domain (`fr`, `com`). Other public suffixes (`co.uk`) the browser refuses:
   * see write().
   */
  static for(storageKey: string, cookieDomain: unknown, host = location.hostname): CookieJar | undefined {
    const domain = typeof cookieDomain === 'string' ? cookieDomain.trim().toLowerCase().replace(/^\./, '') : '';
    const name = cookieName(storageKey);
    const problem = !name
      ? `cannot be used with the storageKey ${JSON.stringify(storageKey)}, which is not a cookie name`
      : !DOMAIN.test(domain)
        ? 'is not a domain name'
        : host !== domain && !host.endsWith(`.${domain}`)
          ? `is neither this page's host (${host}) nor a parent domain of it`
          : host !== domain && !domain.includes('.')
            ? 'is a public suffix (a top-level domain)'
            : '';
    if (!problem) return new CookieJar(name!, domain);
    reportError('cookieDomain', cookieDomain, `${problem}; the decision is not shared.`);
    return undefined;
  }

  read(): string | undefined {
    return cookieValue(document.cookie, this.name);
  }

  /** Writes (or, with `maxAge` 0, deletes) the cookie; false when the browser did not take it. */
  write(value: string, maxAge: number): boolean {
    if (!this.usable) return false;
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${this.name}=${value}; Domain=${this.domain}; Path=/; Max-Age=${Math.max(0, Math.floor(maxAge))}; SameSite=Lax${secure}`;
    if (maxAge <= 0 || document.cookie.split('; ').includes(`${this.name}=${value}`)) return true;
    this.usable = false;
    reportError(
      'cookieDomain',
      this.domain,
      'was refused by the browser (a public suffix such as co.uk, or cookies blocked); the decision is not shared.',
    );
    return false;
  }
}
