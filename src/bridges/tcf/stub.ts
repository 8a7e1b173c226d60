/**
 * The `__tcfapi` stub (TCF CMP API v2): defines `__tcfapi` before the CMP
 * loads, answers `ping` (cmpStatus "stub", with apiVersion, which the IAB's
 * own stub 1.5.21 omits), fails calls of an unsupported version such as 1,
 * queues every other call for the CMP, creates the `__tcfapiLocator` iframe
 * and answers `__tcfapiCall` messages from other frames through whatever
 * `__tcfapi` is current. Built alone as dist/tcf-stub.js (inlined in <head>)
 * and run by the TCF module too, for pages without it. Does nothing when the
 * page already has a `__tcfapi`.
 */
type Call = [command?: unknown, version?: unknown, callback?: unknown, parameter?: unknown];
type Api = (...args: Call) => unknown;

export const LOCATOR = '__tcfapiLocator';
/** The CMP API version, as the IAB's CmpApi reports it. */
export const API_VERSION = '2';

/** Versions the API answers: 2, or 0/null/undefined for the latest. */
export const supportedVersion = (version: unknown) => version == null || version == 0 || version == 2;

export function installStub(): void {
  const w = window as unknown as Window & { __tcfapi?: Api };
  if (typeof w.__tcfapi === 'function') return;
  const queue: Call[] = [];
  w.__tcfapi = (...args: Call) => {
    if (!args.length) return queue;
    const [command, version, callback] = args;
    if (typeof callback !== 'function') return;
    if (!supportedVersion(version)) callback(null, false);
    else if (command === 'ping') {
      callback({ gdprApplies: true, cmpLoaded: false, cmpStatus: 'stub', displayStatus: 'hidden', apiVersion: API_VERSION }, true);
    } else queue.push(args);
  };
  addEventListener('message', (event) => {
    let data = event.data;
    const text = typeof data === 'string';
    try {
      if (text) data = JSON.parse(data);
    } catch {
      return;
    }
    const call = data?.__tcfapiCall;
    if (!call || typeof call !== 'object') return;
    w.__tcfapi!(
      call.command,
      call.version,
      (returnValue: unknown, success: boolean) => {
        const message = { __tcfapiReturn: { returnValue, success, callId: call.callId } };
        try {
          (event.source as Window | null)?.postMessage(text ? JSON.stringify(message) : message, '*');
        } catch {
          /* the caller's frame is gone */
        }
      },
      call.parameter,
    );
  });
  const locate = () => {
    if ((w.frames as unknown as Record<string, unknown>)[LOCATOR]) return;
    if (!document.body) return void setTimeout(locate, 5);
    const frame = document.createElement('iframe');
    frame.name = LOCATOR;
    frame.title = LOCATOR;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    // CSSOM writes are allowed under a strict CSP, unlike style attributes in markup.
    frame.style.setProperty('display', 'none', 'important');
    document.body.append(frame);
  };
  locate();
}
