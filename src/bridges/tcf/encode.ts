import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';
import type { TcfSettings, TcfSignals } from './types.js';

/** Where the reader decided, as the TC string's ConsentScreen field records it. */
export const CONSENT_SCREEN = new Map<string, number>([
  ['banner', 1],
  ['preferences', 2],
  ['placeholder', 3],
]);

/**
 * Encodes signals with the IAB core library: core segment, disclosed-vendors
 * segment (mandatory since TCF 2.3) and publisher segment; service-specific,
 * with the policy and vendor-list versions of `gvl` (never hard-coded),
 * Created = LastUpdated = today (UTC day), and the GVL's language.
 */
export function encodeTcString(gvl: GVL, settings: TcfSettings, signals: TcfSignals, consentScreen = 0): string {
  const model = new TCModel(gvl);
  model.cmpId = settings.cmpId;
  model.cmpVersion = settings.cmpVersion;
  model.consentScreen = consentScreen;
  model.isServiceSpecific = true;
  model.useNonStandardTexts = false;
  model.purposeOneTreatment = false;
  model.publisherCountryCode = settings.publisherCountryCode;
  model.purposeConsents.set(signals.purposeConsents);
  model.purposeLegitimateInterests.set(signals.purposeLegitimateInterests);
  model.vendorConsents.set(signals.vendorConsents);
  model.vendorLegitimateInterests.set(signals.vendorLegitimateInterests);
  model.specialFeatureOptins.set(signals.specialFeatureOptins);
  model.vendorsDisclosed.set(signals.disclosedVendors);
  model.publisherConsents.set(signals.publisherConsents);
  model.updated();
  return TCString.encode(model);
}
