import { reportError } from '../../core/report.js';
import { isObject } from '../../core/validate.js';

/**
 * The receiver's URL from `receipts`: a URL string, or `{ url }`; http(s) or
 * relative to the page, decided on its parsed protocol. Anything else is
 * reported and turns receipts off (undefined).
 */
export function readReceiptsUrl(value: unknown, base: string): string | undefined {
  const object = isObject(value);
  const field = object ? 'receipts.url' : 'receipts';
  // Own property only: a `url` that Object.prototype answers is no configuration.
  const raw = object ? (Object.prototype.hasOwnProperty.call(value, 'url') ? value.url : undefined) : value;
  const off = (problem: string): undefined => void reportError(field, raw, `${problem}; no receipts are sent.`);
  if (typeof raw !== 'string' || !raw.trim()) return off('is not a URL');
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return off('is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return off('is not an http(s) or relative URL');
  // fetch() refuses a URL with credentials, and a receipt carries nothing personal.
  if (url.username || url.password) return off('holds a user name or password');
  url.hash = '';
  return url.href;
}
