import { reportError } from '../../core/report.js';
import type { PurposeConfig } from '../../core/types.js';
import { isObject } from '../../core/validate.js';

/** TCF purposes that need storage or access on the device. */
export const STORAGE_PURPOSE = 1;
export const PURPOSE_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** The TCF forbids legitimate interest for these purposes. */
export const CONSENT_ONLY_PURPOSES = [1, 3, 4, 5, 6];

/**
 * The default purposes' TCF purposes (TCF v2.2 definitions):
 * - analytics: 1 (cookies), 8 (measure content performance), 9 (audience
 *   statistics), 10 (develop and improve services);
 * - ads: 1, 2 (limited data to select ads), 3 and 4 (ad profiles), 7 (measure
 *   ad performance), 9 and 10 (which ad vendors also declare);
 * - personalization: 1, 5 and 6 (content profiles), 11 (limited data to select content);
 * - social: none (embedded players and posts are not TCF processing);
 * - necessary: none (always granted, so it may grant nothing).
 */
export const DEFAULT_PURPOSE_MAP: Readonly<Record<string, readonly number[]>> = {
  analytics: [1, 8, 9, 10],
  ads: [1, 2, 3, 4, 7, 9, 10],
  personalization: [1, 5, 6, 11],
};

/**
 * `tcf.purposeMap`, checked against the configured purposes. Without one, the
 * default map for the default purposes that are configured.
 */
export function readPurposeMap(value: unknown, purposes: PurposeConfig[]): Record<string, number[]> {
  const byId = new Map(purposes.map((p) => [p.id, p]));
  const map: Record<string, number[]> = {};
  if (value === undefined) {
    for (const [id, tcf] of Object.entries(DEFAULT_PURPOSE_MAP)) if (byId.has(id) && !byId.get(id)!.required) map[id] = [...tcf];
    return map;
  }
  if (!isObject(value)) {
    reportError('tcf.purposeMap', value, 'is not an object such as { "ads": [1, 2, 3, 4, 7, 9, 10] }; no purpose is mapped.');
    return map;
  }
  for (const [id, tcf] of Object.entries(value)) {
    const purpose = byId.get(id);
    if (!purpose) reportError(`tcf.purposeMap.${id}`, tcf, 'names no configured purpose; ignored.');
    else if (purpose.required)
      reportError(`tcf.purposeMap.${id}`, tcf, 'maps a required purpose, which is always granted and so cannot carry consent; ignored.');
    else if (!Array.isArray(tcf) || !(tcf as unknown[]).every((n) => PURPOSE_IDS.includes(n as number))) {
      reportError(`tcf.purposeMap.${id}`, tcf, 'is not a list of TCF purpose ids from 1 to 11; ignored.');
    } else map[id] = [...new Set(tcf as number[])].sort((a, b) => a - b);
  }
  return map;
}

/** A site purpose's value: required ones are granted; one with vendors is granted when all of them are. */
export function purposeValue(purpose: PurposeConfig, atoms: Record<string, boolean>): boolean {
  if (purpose.required) return true;
  return purpose.vendors ? purpose.vendors.every((v) => atoms[`${purpose.id}/${v.id}`] === true) : atoms[purpose.id] === true;
}

/** TCF purposes consented to: those covered by at least one granted site purpose. */
export function grantedTcfPurposes(map: Record<string, number[]>, purposes: Record<string, boolean>): Set<number> {
  const granted = new Set<number>();
  for (const [id, tcf] of Object.entries(map)) if (purposes[id]) tcf.forEach((p) => granted.add(p));
  return granted;
}

/** The site purposes that cover a TCF purpose. */
export function sitePurposesOf(map: Record<string, number[]>, tcfPurpose: number): string[] {
  return Object.keys(map).filter((id) => map[id].includes(tcfPurpose));
}
