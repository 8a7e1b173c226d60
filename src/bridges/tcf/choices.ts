import type { Vendor } from '@iabtechlabtcf/core';
import type { ConsentAction } from '../../core/types.js';
import { isObject } from '../../core/validate.js';
import { legitimateInterestPurposes, usedSpecialFeatures, vendorsWithLegitimateInterest } from './signals.js';
import type { StoredTcf, TcfChoices } from './types.js';

export const NO_CHOICES: TcfChoices = Object.freeze({ refusedVendors: [], objectedVendors: [], objectedPurposes: [], specialFeatures: [] });

export const copyChoices = (c: TcfChoices): TcfChoices => ({
  refusedVendors: [...c.refusedVendors],
  objectedVendors: [...c.objectedVendors],
  objectedPurposes: [...c.objectedPurposes],
  specialFeatures: [...c.specialFeatures],
});

/**
 * The TCF choices a decision leaves: "accept all" opts in to everything
 * (special features included: the first layer names them) and withdraws every
 * objection; "reject all" refuses the special features and objects to every
 * legitimate interest (unless the site keeps it); other decisions keep the
 * preferences' switches (`draft`) or else the previous choices.
 */
export function choicesAfter(
  action: ConsentAction,
  vendors: Vendor[],
  previous: TcfChoices | undefined,
  draft: TcfChoices | undefined,
  keepLegitimateInterestOnReject: boolean,
): TcfChoices {
  if (action === 'accept') return { ...copyChoices(NO_CHOICES), specialFeatures: usedSpecialFeatures(vendors) };
  if (action === 'reject') {
    const kept = previous ?? NO_CHOICES;
    return {
      refusedVendors: [],
      objectedVendors: keepLegitimateInterestOnReject ? [...kept.objectedVendors] : vendorsWithLegitimateInterest(vendors),
      objectedPurposes: keepLegitimateInterestOnReject ? [...kept.objectedPurposes] : legitimateInterestPurposes(vendors),
      specialFeatures: [],
    };
  }
  return copyChoices(draft ?? previous ?? NO_CHOICES);
}

const ids = (value: unknown): number[] | undefined =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n) && n > 0) ? (value as number[]) : undefined;

/** `record.tcf` as stored, or undefined when it is not usable. */
export function readStoredTcf(value: unknown): StoredTcf | undefined {
  if (!isObject(value) || typeof value.tcString !== 'string' || !value.tcString) return undefined;
  const lists = ['disclosedVendors', 'refusedVendors', 'objectedVendors', 'objectedPurposes', 'specialFeatures'] as const;
  const out: Record<string, unknown> = { tcString: value.tcString };
  for (const key of lists) {
    const list = ids(value[key] ?? []);
    if (!list) return undefined;
    out[key] = list;
  }
  for (const key of ['policyVersion', 'vendorListVersion']) {
    if (!Number.isInteger(value[key])) return undefined;
    out[key] = value[key];
  }
  if (typeof value.addtlConsent === 'string') out.addtlConsent = value.addtlConsent;
  return out as unknown as StoredTcf;
}
