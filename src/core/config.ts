import { readPurposes } from './purposes-config.js';
import { reportError, reportWarning } from './report.js';
import { table } from './table.js';
import type { ConsentConfig } from './types.js';
import { isObject, readBoolean, readUrl } from './validate.js';

export const DEFAULT_EXPIRES_DAYS = 182;
/** The TCF asks for a new prompt at least every 13 months. */
export const MAX_EXPIRES_DAYS = 395;
export const DEFAULT_STORAGE_KEY = 'consent-panel';

/**
 * Layers of configuration, lowest precedence first; a later layer's keys win.
 * No prototype: a `__proto__` key (JSON.parse makes it an own one) is copied
 * as a key like any other, never made the prototype that unset keys come from.
 */
export function mergeConfig(...layers: unknown[]): Record<string, unknown> {
  const merged: Record<string, unknown> = table();
  layers.forEach((layer, i) => {
    // Onto an object without a prototype: a `toString` or `__proto__` key is set as an own key, even with Object.prototype frozen.
    if (isObject(layer)) Object.assign(merged, layer);
    else if (layer != null) reportError(i ? 'configuration' : 'consentPanelConfig', layer, 'is not an object; ignored.');
  });
  return merged;
}

function readExpiresDays(value: unknown): number {
  if (value === undefined) return DEFAULT_EXPIRES_DAYS;
  const days = typeof value === 'string' && value.trim() ? Number(value) : value;
  if (typeof days === 'number' && days >= 1 && days <= MAX_EXPIRES_DAYS) return days;
  reportError('expiresDays', value, `is not a number of days from 1 to ${MAX_EXPIRES_DAYS}; using ${DEFAULT_EXPIRES_DAYS}.`);
  return DEFAULT_EXPIRES_DAYS;
}

function readString(field: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  reportError(field, value, `is not a string; using ${JSON.stringify(fallback)}.`);
  return fallback;
}

/** Turns whatever a site wrote into a configuration the store can trust. */
export function normalizeConfig(input: unknown): ConsentConfig {
  // Own keys only, as for every layer: see mergeConfig.
  const raw = mergeConfig(input);
  const lang = readString('lang', raw.lang, '') || undefined;
  const privacyUrl = raw.privacyUrl === undefined ? undefined : readUrl('privacyUrl', raw.privacyUrl);
  if (privacyUrl === undefined) reportWarning('no privacyUrl: no link to a privacy policy.');
  return {
    lang,
    revision: raw.revision === '' ? '' : readString('revision', raw.revision, ''),
    expiresDays: readExpiresDays(raw.expiresDays),
    storageKey: readString('storageKey', raw.storageKey, DEFAULT_STORAGE_KEY),
    privacyUrl,
    purposes: readPurposes(raw.purposes),
    manageButton: readBoolean('manageButton', raw.manageButton, true),
    respectGpc: readBoolean('respectGpc', raw.respectGpc, true),
    googleConsentMode: raw.googleConsentMode,
    tcf: raw.tcf,
    receipts: raw.receipts,
    // Checked by the shared cookie's module (consent-panel-cookie-domain.js), which only loads when it is set.
    cookieDomain: raw.cookieDomain,
  };
}
