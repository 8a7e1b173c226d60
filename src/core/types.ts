/** A text given once, or per language: `{ fr: '…', en: '…' }`. */
export type Text = string | Record<string, string>;

export interface VendorConfig {
  id: string;
  name: string;
  privacyUrl?: string;
  /** Cookie names or `*` patterns deleted when consent for this vendor is withdrawn. */
  cookies?: string[];
  /** localStorage keys (names or `*` patterns) deleted on withdrawal. */
  storageKeys?: string[];
  retention?: Text;
  /**
   * A vendor named by a preset (`"youtube"`, `{ preset: "google-analytics", id: "G-…" }`):
   * the entry as the site wrote it, read by the presets plugin (docs/presets.md).
   */
  preset?: Record<string, unknown>;
}

export interface PurposeConfig {
  id: string;
  label: Text;
  description?: Text;
  /** Strictly necessary: always granted, switch shown on and disabled. */
  required?: boolean;
  vendors?: VendorConfig[];
  /** Refused by default when the browser sends Global Privacy Control. */
  gpc?: boolean;
  /**
   * Audience measurement exempt from consent (the CNIL's conditions): granted
   * before any decision, its switch starts on; turning it off is an objection,
   * kept like any choice; "reject all" does not object.
   */
  exempt?: boolean;
}

/** A Google Consent Mode v2 consent type. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'personalization_storage'
  | 'functionality_storage'
  | 'security_storage';

/**
 * `googleConsentMode`: `true` for the defaults, or the options. A consent
 * type is granted when every gate mapped to it is granted; `security_storage`
 * always is.
 */
export type GoogleConsentModeInput =
  | boolean
  | {
      /**
       * Gate (`analytics`, `social/youtube`) → the consent types it grants. Default:
       * `ads` → ad_storage, ad_user_data, ad_personalization; `analytics` →
       * analytics_storage; `personalization` → personalization_storage, functionality_storage.
       */
      map?: Record<string, GoogleConsentType[]>;
      /** Milliseconds Google's tags wait for an update after the default (default 500). */
      waitForUpdate?: number;
      /** ISO 3166-2 region codes the default applies to (default: everywhere). */
      region?: string[];
      /** `gtag('set', 'ads_data_redaction', …)`. */
      adsDataRedaction?: boolean;
      /** `gtag('set', 'url_passthrough', …)`. */
      urlPassthrough?: boolean;
    };

/** `tcf`: the optional IAB TCF v2.3 module (docs/tcf.md). */
export interface TcfInput {
  /** The CMP id IAB Europe gave the publisher (2–4095). */
  cmpId: number;
  /** 1–4095 (default 1, with a warning); raise it with every change of the CMP. */
  cmpVersion?: number;
  /** The site's own copy of the Global Vendor List (`/tcf/vendor-list.json`, or its folder). */
  gvlUrl: string;
  /** Global Vendor List ids of the site's vendors (default: every vendor of the list). */
  vendors?: number[];
  /** Two letters: the country whose law applies to the publisher (default `"FR"`). */
  publisherCountryCode?: string;
  /** Site purpose id → TCF purposes (1–11) it covers (default: see docs/tcf.md). */
  purposeMap?: Record<string, number[]>;
  /** Adds `enableAdvertiserConsentMode: true` to TCData, for Google's tags. */
  enableAdvertiserConsentMode?: boolean;
  /** Google's Additional Consent string for ad tech providers outside the TCF. */
  addtlConsent?: {
    providers: { id: number; name: string; privacyUrl?: string }[];
    /** The site purpose that grants them (default `"ads"`). */
    purpose?: string;
  };
  /** "Tout refuser" refuses consent but keeps legitimate interest (default false). */
  keepLegitimateInterestOnReject?: boolean;
}

/**
 * `receipts`: where each decision's receipt is sent (docs/receipts.md), an
 * http(s) or relative URL, or `{ url }`. Loads `consent-panel-receipts.js`.
 */
export type ReceiptsInput = string | { url: string };

/** Configuration as a site writes it: every key optional. */
export interface ConsentConfigInput {
  lang?: string;
  revision?: string | number;
  expiresDays?: number;
  storageKey?: string;
  privacyUrl?: string;
  purposes?: PurposeConfig[];
  manageButton?: boolean;
  respectGpc?: boolean;
  googleConsentMode?: GoogleConsentModeInput;
  tcf?: TcfInput;
  receipts?: ReceiptsInput;
  /** Mirrors the decision into a cookie for this domain and its subdomains (`journal.example`): docs/shared-cookie.md. */
  cookieDomain?: string;
}

/** Configuration after validation: every key has a usable value. */
export interface ConsentConfig {
  lang: string | undefined;
  revision: string;
  expiresDays: number;
  storageKey: string;
  privacyUrl: string | undefined;
  purposes: PurposeConfig[];
  manageButton: boolean;
  respectGpc: boolean;
  googleConsentMode: unknown;
  tcf: unknown;
  /** Read by the receipts module (src/plugins/receipts/), which reports a bad value. */
  receipts: unknown;
  /** As given: checked by the shared cookie's module. */
  cookieDomain?: unknown;
}

/** What `localStorage[storageKey]` holds once the reader has decided. */
export interface ConsentRecord {
  v: 1;
  id: string;
  revision: string;
  decidedAt: string;
  expiresAt: string;
  purposes: Record<string, boolean>;
  vendors: Record<string, boolean>;
  /** Kept by the optional IAB TCF module: the TC string and the reader's TCF choices. */
  tcf?: Record<string, unknown>;
}

/** How a decision was made: `acceptAll()`, `rejectAll()` or a set of values. */
export type ConsentAction = 'accept' | 'reject' | 'set';

export type ConsentSource = 'init' | 'banner' | 'preferences' | 'api' | 'storage' | 'placeholder' | 'expiry';

/** `event.detail` of `consent-ready` and `consent-change`. */
export interface ConsentDetail {
  purposes: Record<string, boolean>;
  vendors: Record<string, boolean>;
  decided: boolean;
  changed: string[];
  source: ConsentSource;
  record: ConsentRecord | null;
}

export type ConsentListener = (detail: ConsentDetail) => void;
