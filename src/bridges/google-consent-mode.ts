import { reportError } from '../core/report.js';
import type { ConsentDetail } from '../core/types.js';
import { isObject, readBoolean } from '../core/validate.js';

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
 * Consent type → the gates that grant it, from the site's map (gate → types).
 * Types are looked up in a Map: a `constructor` or `__proto__` is no type.
 * Each bad entry is reported and ignored; with no valid one, the default map.
 */
function readMap(map: unknown, knows: (gate: string) => boolean): Map<string, string[]> {
  const gatesOf = new Map(TYPES.map((type) => [type, [] as string[]]));
  const add = (entries: [string, unknown][], custom?: boolean) =>
    entries.filter(([gate, types]) => {
      const ok = knows(gate) && Array.isArray(types) && (types as string[]).every((type) => gatesOf.has(type));
      if (ok) for (const type of types as string[]) gatesOf.get(type)!.push(gate);
      // The default map names default purposes a site may not have.
      else if (custom) reportError(`googleConsentMode.map.${gate}`, types, 'needs a configured gate and a list of consent types; ignored.');
      return ok;
    }).length;
  if (!add(isObject(map) ? Object.entries(map) : [], true)) {
    if (map !== undefined) reportError('googleConsentMode.map', map, 'holds no valid entry; using the default.');
    add(Object.entries(DEFAULT_MAP));
  }
  return gatesOf;
}

/**
 * Region codes (ISO 3166-2: `FR`, `US-CA`; one may stand alone). Bad ones are
 * reported and skipped; with none valid, the default applies everywhere.
 */
function readRegion(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const codes = (Array.isArray(value) ? value : [value]).filter(
    (code) =>
      (typeof code == 'string' && /^[a-z]{2}(-[a-z\d]{1,3})?$/i.test(code)) ||
      reportError('googleConsentMode.region', code, 'is not a region code; skipped.'),
  );
  return codes.length ? codes : undefined;
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
  if (option !== true && settings !== option) reportError('googleConsentMode', option, 'is not true or an object; using the defaults.');
  const gatesOf = readMap(settings.map, knows);
  const state = (decided: boolean) =>
    Object.fromEntries(
      TYPES.map((type) => [
        type,
        type === 'security_storage' || (decided && gatesOf.get(type)!.length && gatesOf.get(type)!.every(granted)) ? 'granted' : 'denied',
      ]),
    );
  const { waitForUpdate = 500 } = settings;
  const valid = Number.isFinite(waitForUpdate) && (waitForUpdate as number) >= 0;
  if (!valid) reportError('googleConsentMode.waitForUpdate', waitForUpdate, 'is not a number of milliseconds; using 500.');
  const region = readRegion(settings.region);
  gtag('consent', 'default', { ...state(false), wait_for_update: valid ? waitForUpdate : 500, ...(region && { region }) });
  for (const [key, name] of [
    ['adsDataRedaction', 'ads_data_redaction'],
    ['urlPassthrough', 'url_passthrough'],
  ] as const) {
    const value = settings[key];
    if (value !== undefined) gtag('set', name, readBoolean(`googleConsentMode.${key}`, value, false));
  }
  return {
    /** With the ready detail (an update only if a decision was restored), then with each change. */
    update(detail: ConsentDetail): void {
      if (detail.decided || detail.source !== 'init') gtag('consent', 'update', state(true));
    },
  };
}
