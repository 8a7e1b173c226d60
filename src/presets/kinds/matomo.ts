import type { TagKind } from '../types.js';

type Queue = { push(...items: unknown[]): unknown };

/**
 * Matomo (kind `matomo`): cookieless until consent (`requireCookieConsent`),
 * then `setCookieConsentGiven` / `forgetCookieConsentGiven` as consent comes
 * and goes; after an objection or a withdrawal, nothing more is sent until it
 * is lifted.
 */
export const matomo: TagKind = ({ params }) => {
  /** Tracking stopped by an objection or a withdrawal. */
  let stopped = false;
  return (granted, consented, loaded) => {
    const paq = ((window as unknown as Record<string, unknown>)._paq ??= []) as Queue;
    if (!loaded)
      paq.push(
        ['requireCookieConsent'],
        ['setTrackerUrl', `${params.url}matomo.php`],
        ['setSiteId', params.siteId],
        ['trackPageView'],
        ['enableLinkTracking'],
      );
    if (!granted) paq.push(['forgetCookieConsentGiven'], ['requireConsent'], ['forgetConsentGiven']);
    else paq.push(...(stopped ? [['setConsentGiven']] : []), [consented ? 'setCookieConsentGiven' : 'forgetCookieConsentGiven']);
    stopped = !granted;
  };
};
