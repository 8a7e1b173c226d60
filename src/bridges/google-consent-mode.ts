import { reportError } from '../core/report.js';
import type { ConsentDetail } from '../core/types.js';
import { isObject } from '../core/validate.js';

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/** Which gate grants which consent types, unless the site maps its own. */
const DEFAULT_MAP: Record<string, string[]> = {
  ads: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  analytics: ['analytics_storage'],
  personalization: ['personalization_storage', 'functionality_storage'],
};
const TYPES = [...Object.values(DEFAULT_MAP).flat(), 'security_storage'];

/** gtag.js reads `arguments` objects from the dataLayer, not arrays. */
export function gtag(..._args: unknown[]): void {
  // eslint-disable-next-line prefer-rest-params
  (window.dataLayer ??= []).push(arguments);
}

/**
 * Google Consent Mode v2: a `default` on the dataLayer before any gated tag
 * can run, then an `update` when a stored decision is restored and on every
 * change. A type is granted when every gate mapped to it is granted;
 * `security_storage` always is.
 */
export function startConsentMode(option: unknown, knows: (gate: string) => boolean, granted: (gate: string) => boolean) {
  if (!option) return undefined;
  const settings = isObject(option) ? option : {};
  const map = isObject(settings.map) ? settings.map : DEFAULT_MAP;
  if (option !== true && settings !== option) reportError('googleConsentMode', option, 'is not true or an object; using the defaults.');
  if (settings.map !== undefined && map === DEFAULT_MAP) reportError('googleConsentMode.map', settings.map, 'is not an object; using the default.');
  const gatesOf: Record<string, string[]> = Object.fromEntries(TYPES.map((type) => [type, []]));
  for (const [gate, types] of Object.entries(map)) {
    if (!knows(gate) || !Array.isArray(types) || !types.every((type) => gatesOf[type])) {
      // The default map names default purposes a site may not have.
      if (map !== DEFAULT_MAP) reportError(`googleConsentMode.map.${gate}`, types, 'needs a configured gate and a list of consent types; ignored.');
    } else for (const type of types) gatesOf[type]!.push(gate);
  }
  const state = (decided: boolean) =>
    Object.fromEntries(
      TYPES.map((type) => [type, type === 'security_storage' || (decided && gatesOf[type]!.length && gatesOf[type]!.every(granted)) ? 'granted' : 'denied']),
    );
  const { waitForUpdate = 500, region } = settings;
  const valid = typeof waitForUpdate === 'number' && waitForUpdate >= 0;
  if (!valid) reportError('googleConsentMode.waitForUpdate', waitForUpdate, 'is not a number of milliseconds; using 500.');
  gtag('consent', 'default', { ...state(false), wait_for_update: valid ? waitForUpdate : 500, ...(Array.isArray(region) && { region }) });
  if (region !== undefined && !Array.isArray(region)) reportError('googleConsentMode.region', region, 'is not a list of region codes; ignored.');
  if (settings.adsDataRedaction !== undefined) gtag('set', 'ads_data_redaction', settings.adsDataRedaction === true);
  if (settings.urlPassthrough !== undefined) gtag('set', 'url_passthrough', settings.urlPassthrough === true);
  return {
    /** With the ready detail (an update only if a decision was restored), then with each change. */
    update(detail: ConsentDetail): void {
      if (detail.decided || detail.source !== 'init') gtag('consent', 'update', state(true));
    },
  };
}
