/**
 * `import { readConsent } from 'consent-panel/server'`: the reader's decision
 * for servers and edge functions, from the shared cookie (`cookieDomain`).
 * No DOM, no dependency.
 */
export { readConsent, type ServerConsent, type ServerConsentConfig } from './server/read-consent.js';
export { decodeCookie, encodeDecision, encodeReset, cookieName, cookieValue, type DecodedCookie } from './core/cookie-codec.js';
export type { ConsentRecord } from './core/types.js';
