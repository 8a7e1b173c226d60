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
}

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
  googleConsentMode?: unknown;
  tcf?: unknown;
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

export type ConsentSource =
  | 'init'
  | 'banner'
  | 'preferences'
  | 'api'
  | 'storage'
  | 'placeholder'
  | 'expiry';

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
