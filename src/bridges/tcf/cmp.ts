import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { API_VERSION, supportedVersion } from './stub.js';

type Api = (...args: unknown[]) => unknown;
type Callback = (value: unknown, success: boolean) => void;
type Win = Window & { __tcfapi?: Api };

/** Fields the IAB library does not know: Google's `addtlConsent` and `enableAdvertiserConsentMode`. */
export type TcDataExtras = () => Record<string, unknown>;

/**
 * The CMP API on the IAB's CmpApi: `ping`, `addEventListener`,
 * `removeEventListener`, `getTCData` and `getVendorList`; created on the
 * first `publish`, so the stub keeps answering until a TC string exists.
 */
export class TcfCmpApi {
  private api: CmpApi | undefined;

  /** `vendorList`: the loaded Global Vendor List, the only version `getVendorList` serves. */
  constructor(
    private readonly cmpId: number,
    private readonly cmpVersion: number,
    private readonly extras: TcDataExtras,
    private readonly vendorList: { version: number; json: () => unknown },
  ) {}

  /** Sets the TC string; `uiVisible`: the panel shows (eventStatus `cmpuishown`). */
  publish(tcString: string, uiVisible: boolean): void {
    if (!this.api) {
      this.api = new CmpApi(this.cmpId, this.cmpVersion, true, {
        // Also serves addEventListener and removeEventListener (whose answer is a boolean).
        getTCData: (next: Callback, tcData: unknown, success: boolean) => {
          if (tcData && typeof tcData === 'object') Object.assign(tcData, this.extras());
          next(tcData, success);
        },
      });
      this.serveVendorList();
    }
    this.api.update(tcString, uiVisible);
  }

  /**
   * The IAB's getVendorList would fetch lists from GVL.baseUrl: it answers
   * here from the list the site hosts (no version, "LATEST" or its version),
   * and fails any other version, as the spec says.
   */
  private serveVendorList(): void {
    const w = window as unknown as Win;
    const api = w.__tcfapi!;
    w.__tcfapi = (...args: unknown[]) => {
      const [command, version, callback, parameter] = args;
      if (command !== 'getVendorList' || typeof callback !== 'function' || !supportedVersion(version)) return api(...args);
      const current = parameter === undefined || parameter === 'LATEST' || Number(parameter) === this.vendorList.version;
      (callback as Callback)(current ? this.vendorList.json() : null, current);
    };
  }
}

/**
 * The TCF could not start (bad configuration, no vendor list): `__tcfapi`
 * says so with cmpStatus "error" to every call, queued ones included, rather
 * than give a wrong TC string.
 */
export function answerWithError(cmpId: number | undefined, cmpVersion: number | undefined): void {
  const w = window as unknown as Win;
  let queued: unknown;
  try {
    queued = w.__tcfapi?.();
  } catch {
    /* not a stub: nothing queued */
  }
  const base = { gdprApplies: true, cmpId, cmpVersion, tcfPolicyVersion: undefined, cmpStatus: 'error' };
  const api: Api = (command, version, callback) => {
    if (typeof callback !== 'function') return;
    const answer = callback as Callback;
    if (!supportedVersion(version)) answer(null, false);
    else if (command === 'ping') answer({ ...base, cmpLoaded: true, displayStatus: 'disabled', apiVersion: API_VERSION, gvlVersion: undefined }, true);
    else answer({ ...base }, false);
  };
  w.__tcfapi = api;
  if (Array.isArray(queued)) for (const call of queued) if (Array.isArray(call)) api(...call);
}
