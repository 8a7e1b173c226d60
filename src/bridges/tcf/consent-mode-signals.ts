import { TCString } from '@iabtechlabtcf/core';

/** Google Advertising Products in the Global Vendor List. */
export const GOOGLE = 755;

/**
 * The ad consent types that a TC string gives Google: ad_storage from
 * purpose 1, ad_user_data from purposes 1 and 7, ad_personalization from
 * purposes 3 and 4, each with Google's own vendor consent.
 */
export function adConsentTypes(tcString: string): Record<string, 'granted' | 'denied'> {
  const model = TCString.decode(tcString);
  const google = model.vendorConsents.has(GOOGLE);
  const consent = (...ids: number[]) => google && ids.every((id) => model.purposeConsents.has(id));
  const state = (granted: boolean) => (granted ? 'granted' : 'denied');
  return {
    ad_storage: state(consent(1)),
    ad_user_data: state(consent(1) && (model.purposeConsents.has(7) || model.purposeLegitimateInterests.has(7))),
    ad_personalization: state(consent(3, 4)),
  };
}
