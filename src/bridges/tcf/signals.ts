import type { Vendor } from '@iabtechlabtcf/core';
import { CONSENT_ONLY_PURPOSES, grantedTcfPurposes, STORAGE_PURPOSE } from './purpose-map.js';
import type { TcfChoices, TcfSignals } from './types.js';

const NO_OBJECTIONS = { objectedVendors: [] as number[], objectedPurposes: [] as number[] };
const sorted = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

/** Purposes a vendor asks consent for. */
export const consentPurposes = (vendor: Vendor) => vendor.purposes;

/**
 * Whether any purpose the vendor needs consent for is granted. Purpose 1
 * (storage) counts only for a vendor that asks for nothing else: a vendor
 * never gets consent through another site purpose's cookies alone (Google,
 * 755, reads ad_storage from purpose 1 and its own consent bit, so with only
 * "analytics" granted it must not get its bit).
 */
export function vendorHasPurpose(vendor: Vendor, granted: Set<number>): boolean {
  const own = consentPurposes(vendor);
  const beyondStorage = own.filter((p) => p !== STORAGE_PURPOSE);
  return (beyondStorage.length ? beyondStorage : own).some((p) => granted.has(p));
}

/** TCF purposes some vendor declares on legitimate interest (and the TCF allows it for). */
export function legitimateInterestPurposes(vendors: Vendor[]): number[] {
  return sorted(vendors.flatMap((v) => v.legIntPurposes).filter((p) => !CONSENT_ONLY_PURPOSES.includes(p)));
}

/** Vendors with a legitimate interest the reader can object to. */
export function vendorsWithLegitimateInterest(vendors: Vendor[]): number[] {
  return vendors.filter((v) => v.legIntPurposes.some((p) => !CONSENT_ONLY_PURPOSES.includes(p))).map((v) => v.id);
}

/** Special features some vendor uses. */
export function usedSpecialFeatures(vendors: Vendor[]): number[] {
  return sorted(vendors.flatMap((v) => v.specialFeatures));
}

/** The consent a vendor gets: it asks for some, one of its purposes is granted, and the reader did not switch it off. */
export function vendorConsent(vendor: Vendor, granted: Set<number>, choices: TcfChoices): boolean {
  return consentPurposes(vendor).length > 0 && vendorHasPurpose(vendor, granted) && !choices.refusedVendors.includes(vendor.id);
}

/**
 * The signals of a TC string. `purposes` are the site purposes' values, or
 * null before any decision: then nothing is consented to and legitimate
 * interest is established for every surfaced vendor (the TCF's `cmpuishown`
 * string). Purposes 1 and 3–6 never get legitimate interest; special features
 * are opt-in only.
 */
export function computeSignals(
  vendors: Vendor[],
  purposeMap: Record<string, number[]>,
  purposes: Record<string, boolean> | null,
  choices: TcfChoices,
): TcfSignals {
  const granted = purposes ? grantedTcfPurposes(purposeMap, purposes) : new Set<number>();
  const objected: Pick<TcfChoices, 'objectedVendors' | 'objectedPurposes'> = purposes ? choices : NO_OBJECTIONS;
  const liVendors = new Set(vendorsWithLegitimateInterest(vendors));
  return {
    purposeConsents: sorted(granted),
    publisherConsents: sorted(granted),
    purposeLegitimateInterests: legitimateInterestPurposes(vendors).filter((p) => !objected.objectedPurposes.includes(p)),
    vendorConsents: purposes ? vendors.filter((v) => vendorConsent(v, granted, choices)).map((v) => v.id) : [],
    vendorLegitimateInterests: vendors
      .filter(
        (v) =>
          (liVendors.has(v.id) || (v.specialPurposes.length > 0 && !v.legIntPurposes.length)) && !objected.objectedVendors.includes(v.id),
      )
      .map((v) => v.id),
    specialFeatureOptins: purposes ? sorted(choices.specialFeatures.filter((f) => usedSpecialFeatures(vendors).includes(f))) : [],
    disclosedVendors: sorted(vendors.map((v) => v.id)),
  };
}
