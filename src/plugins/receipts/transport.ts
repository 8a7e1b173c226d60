/**
 * How a receipt travels. The body is the receipt's JSON, sent as
 * `text/plain;charset=UTF-8`: a CORS "simple" request, so no preflight (one
 * request, which `keepalive` lets finish after the page is gone), and the same
 * body `navigator.sendBeacon` sends for a string. The receiver answers it with
 * `Access-Control-Allow-Origin` for allowed origins, so the status can be read.
 */

/** The receiver accepts bodies up to 8 KB. */
export const MAX_BODY_BYTES = 8192;

/** What became of one attempt: stored (2xx), worth trying again later, or refused for good (another 4xx). */
export type Outcome = { result: 'stored' } | { result: 'retry'; reason: string } | { result: 'rejected'; reason: string };

/** How long one attempt may take before it counts as failed. */
const TIMEOUT_MS = 10_000;

export const bodyBytes = (body: string): number => new TextEncoder().encode(body).length;

/**
 * Sends one receipt with `fetch` (`keepalive`, no cookies, no referrer), so
 * that a server error is seen: 408, 429 and 5xx, like a network failure or
 * being offline, mean "try again on a later page".
 */
export async function post(url: string, body: string): Promise<Outcome> {
  if (navigator.onLine === false) return { result: 'retry', reason: 'offline' };
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : undefined,
    });
    const { status } = response;
    if (response.ok) return { result: 'stored' };
    if (status === 408 || status === 429 || status >= 500) return { result: 'retry', reason: `HTTP ${status}` };
    const text = await response.text().catch(() => '');
    return { result: 'rejected', reason: `HTTP ${status}${text ? ` ${text.trim().slice(0, 200)}` : ''}` };
  } catch (error) {
    return { result: 'retry', reason: String(error) };
  }
}

/** Hands a receipt to the browser as the page goes away; false when it refuses (quota, no beacon). */
export function beacon(url: string, body: string): boolean {
  try {
    return typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body);
  } catch {
    return false;
  }
}
