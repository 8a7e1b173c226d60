/** A Google Ad Tech Provider outside the TCF, for the Additional Consent string. */
export interface AtpProvider {
  id: number;
  name: string;
  privacyUrl?: string;
}

/** The `tcf` configuration after validation. */
export interface TcfSettings {
  /** The CMP id IAB Europe gave the publisher (12 bits in the TC string). */
  cmpId: number;
  /** Raised with every change of the CMP (12 bits in the TC string). */
  cmpVersion: number;
  /** The site's own copy of vendor-list.json; translations (`purposes-fr.json`) sit next to it. */
  gvlUrl: string;
  /** Global Vendor List ids of the vendors the site works with; undefined: every vendor of the list. */
  vendors: number[] | undefined;
  publisherCountryCode: string;
  /** Site purpose id → TCF purposes (1–11) it covers. */
  purposeMap: Record<string, number[]>;
  /** Adds `enableAdvertiserConsentMode: true` to TCData, for Google's tags. */
  enableAdvertiserConsentMode: boolean;
  /** Google Additional Consent: providers outside the TCF, granted with the site purpose `purpose`. */
  addtlConsent: { providers: AtpProvider[]; purpose: string } | undefined;
  /** "Tout refuser" refuses consent but keeps legitimate interest (default: it objects to it too). */
  keepLegitimateInterestOnReject: boolean;
}

/** What the reader chose beyond the site purposes. */
export interface TcfChoices {
  /** Vendors the reader switched off (the others follow the purposes). */
  refusedVendors: number[];
  /** Vendors whose legitimate interest the reader objects to. */
  objectedVendors: number[];
  /** TCF purposes whose legitimate interest the reader objects to. */
  objectedPurposes: number[];
  /** Special features the reader opted in to. */
  specialFeatures: number[];
}

/** `record.tcf` in localStorage: the TC string and the choices it encodes. */
export interface StoredTcf extends TcfChoices {
  tcString: string;
  addtlConsent?: string;
  /** The vendors shown to the reader: a configured vendor missing here asks again. */
  disclosedVendors: number[];
  policyVersion: number;
  vendorListVersion: number;
}

/** The TCF signals of one TC string, as lists of ids. */
export interface TcfSignals {
  purposeConsents: number[];
  purposeLegitimateInterests: number[];
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  specialFeatureOptins: number[];
  disclosedVendors: number[];
  publisherConsents: number[];
}
