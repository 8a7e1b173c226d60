import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { guard, reportError } from '../../core/report.js';
import { copied, parameterProblem, shown } from './parameters.js';
import { answerable, API_VERSION } from './stub.js';

type Api = (...args: unknown[]) => unknown;
type Callback = (value: unknown, success: boolean) => void;
type Win = Window & { __tcfapi?: Api };

/** Fields the IAB library does not know: Google's `addtlConsent` and `enableAdvertiserConsentMode`. */
export type TcDataExtras = () => Record<string, unknown>;

/** The owner of the page's own calls; a frame's calls, which come through the stub's messages, name its window. */
const PAGE = Symbol('page');

/** Calls `callback` so that what it throws is logged, never passed on to the library or to the next caller. */
const contained =
  (callback: Callback): Callback =>
  (value, success) =>
    guard(() => callback(value, success), undefined, 'a __tcfapi callback');

/** The calls the stub (ours or another) queued before the CMP was ready, taken out of it. */
function takeQueue(w: Win): unknown[][] {
  let queued: unknown;
  try {
    queued = w.__tcfapi?.();
  } catch {
    /* not a stub: nothing queued */
  }
  return Array.isArray(queued) ? queued.filter(Array.isArray).map((call: unknown[]) => [...call]) : [];
}

/**
 * The CMP API on the IAB's CmpApi: `ping`, `addEventListener`,
 * `removeEventListener`, `getTCData` and `getVendorList`; created on the
 * first `publish`, so the stub keeps answering until a TC string exists.
 *
 * `__tcfapi` is a front to the library: it answers anything but the API's
 * own commands (and their parameters, see parameters.ts) with
 * `(null, false)`, contains the callers' callbacks (one that throws cannot
 * stop the listeners after it), and lets a caller remove only the listeners
 * it added: the page its own, a frame those its messages added.
 */
export class TcfCmpApi {
  private api: CmpApi | undefined;
  private library!: Api;
  /** Who added each listener: PAGE or a frame's window. */
  private readonly owners = new Map<number, unknown>();

  /** `vendorList`: the loaded Global Vendor List, the only version `getVendorList` serves, and its highest vendor id. */
  constructor(
    private readonly cmpId: number,
    private readonly cmpVersion: number,
    private readonly extras: TcDataExtras,
    private readonly vendorList: { version: number; maxVendorId: number; json: () => unknown },
  ) {}

  /** Sets the TC string; `uiVisible`: the panel shows (eventStatus `cmpuishown`). */
  publish(tcString: string, uiVisible: boolean): void {
    if (this.api) {
      this.api.update(tcString, uiVisible);
      return;
    }
    const w = window as unknown as Win;
    const queued = takeQueue(w);
    const stub = w.__tcfapi;
    const front = (...args: unknown[]) => this.call(args);
    // `__tcfapi` is always a function: the front first, in which the library finds no queue (the front answers the
    // queued calls, checked, below), then the library's own while it is built, then the front again. Should the
    // library throw, the stub is back with its queue.
    w.__tcfapi = front;
    try {
      this.api = new CmpApi(this.cmpId, this.cmpVersion, true, {
        // Also serves addEventListener and removeEventListener (whose answer is a boolean).
        getTCData: (next: Callback, tcData: unknown, success: boolean) => {
          if (tcData && typeof tcData === 'object') Object.assign(tcData, this.extras());
          next(tcData, success);
        },
      });
      this.library = w.__tcfapi!;
    } finally {
      w.__tcfapi = this.api ? front : stub;
    }
    try {
      this.api.update(tcString, uiVisible);
    } finally {
      for (const call of queued) this.call(call);
    }
  }

  /** One call of `__tcfapi`: `[command, version, callback, parameter, frame]`, the frame given by the stub's messages only. */
  private call(args: unknown[]): void {
    const [command, version, callback, parameter, frame] = args;
    if (typeof callback !== 'function') return;
    const answer = contained(callback as Callback);
    try {
      if (!answerable(command, 2)) reportError('__tcfapi command', command, 'is not a command of the TCF CMP API.');
      if (!answerable(command, version)) return answer(null, false);
      const { maxVendorId, version: listVersion, json } = this.vendorList;
      const value = copied(parameter, maxVendorId);
      const problem = parameterProblem(command, value, maxVendorId);
      if (problem) {
        reportError(`__tcfapi ${command} parameter`, shown(parameter), `${problem}; answered (null, false).`);
        return answer(null, false);
      }
      // The IAB's getVendorList would fetch other versions from GVL.baseUrl: only the site's list is served.
      if (command === 'getVendorList') {
        const current = value === undefined || value === 'LATEST' || Number(value) === listVersion;
        return answer(current ? json() : null, current);
      }
      const owner = args.length > 4 ? frame : PAGE;
      if (command === 'removeEventListener') {
        if (this.owners.get(value as number) !== owner) return answer(false, true);
        this.owners.delete(value as number);
      }
      let listenerId: unknown;
      this.library(
        command,
        version,
        (data: unknown, success: boolean) => {
          listenerId ??= (data as { listenerId?: unknown } | null)?.listenerId;
          answer(data, success);
        },
        value,
      );
      if (command === 'addEventListener' && typeof listenerId === 'number') this.owners.set(listenerId, owner);
    } catch (error) {
      console.error('consent-panel: __tcfapi could not answer:', error);
    }
  }
}

/**
 * The TCF could not start (bad configuration, no vendor list): `__tcfapi`
 * says so with cmpStatus "error" to every call, queued ones included, rather
 * than give a wrong TC string.
 */
export function answerWithError(cmpId: number | undefined, cmpVersion: number | undefined): void {
  const w = window as unknown as Win;
  const queued = takeQueue(w);
  const base = { gdprApplies: true, cmpId, cmpVersion, tcfPolicyVersion: undefined, cmpStatus: 'error' };
  const api: Api = (command, version, callback) => {
    if (typeof callback !== 'function') return;
    const answer = contained(callback as Callback);
    if (!answerable(command, version)) answer(null, false);
    else if (command === 'ping')
      answer({ ...base, cmpLoaded: true, displayStatus: 'disabled', apiVersion: API_VERSION, gvlVersion: undefined }, true);
    else answer({ ...base }, false);
  };
  w.__tcfapi = api;
  for (const call of queued) api(...call);
}
