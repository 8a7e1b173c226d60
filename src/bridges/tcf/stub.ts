/**
 * The `__tcfapi` stub (TCF CMP API v2): defines `__tcfapi` before the CMP
 * loads, answers `ping` (cmpStatus "stub", with apiVersion, which the IAB's
 * own stub 1.5.21 omits), fails calls of an unsupported version such as 1
 * and calls of any other command than the API's own (never looked up as a
 * property), queues the rest for the CMP, creates the `__tcfapiLocator`
 * iframe and answers `__tcfapiCall` messages from other frames through
 * whatever `__tcfapi` is current, naming the frame (`event.source`) as a
 * fifth argument so the CMP knows whose listeners it may remove. Built alone
 * as dist/tcf-stub.js (inlined in <head>) and run by the TCF module too, for
 * pages without it. Does nothing when the page already has a `__tcfapi`.
 */
type Call = [command?: unknown, version?: unknown, callback?: unknown, parameter?: unknown, frame?: unknown];
type Api = (...args: Call) => unknown;
type Callback = (value: unknown, success: boolean) => void;
/** A `__tcfapiCall` message from another frame: anything may be in it. */
type RemoteCall = { command?: unknown; version?: unknown; callId?: unknown; parameter?: unknown };

export const LOCATOR = '__tcfapiLocator';
/** The CMP API version, as the IAB's CmpApi reports it. */
export const API_VERSION = '2';

/**
 * A call the API answers: one of its own commands (compared as a string,
 * never looked up as a property) of version 2, or 0/null/undefined for the
 * latest.
 */
export const answerable = (command: unknown, version: unknown): command is string =>
  typeof command == 'string' &&
  /^(ping|getTCData|getVendorList|(add|remove)EventListener)$/.test(command) &&
  (version == null || version == 0 || version == 2);

export function installStub(): void {
  const w = window as unknown as Window & { __tcfapi?: Api } & Record<string, Window | undefined>;
  if (typeof w.__tcfapi === 'function') return;
  const queue: Call[] = [];
  w.__tcfapi = (...args: Call) => {
    if (!args.length) return queue;
    const [command, version, callback] = args as [unknown, unknown, Callback | undefined];
    if (typeof callback !== 'function') return;
    if (!answerable(command, version)) callback(null, false);
    else if (command === 'ping') {
      callback({ gdprApplies: true, cmpLoaded: false, cmpStatus: 'stub', displayStatus: 'hidden', apiVersion: API_VERSION }, true);
    } else queue.push(args);
  };
  addEventListener('message', (event) => {
    let data: unknown = event.data;
    const text = typeof data === 'string';
    try {
      if (text) data = JSON.parse(data as string);
    } catch {
      return;
    }
    // Whatever else it holds, the command decides: anything but the API's own is refused.
    const call = (data as { __tcfapiCall?: RemoteCall } | null)?.__tcfapiCall;
    if (!call) return;
    w.__tcfapi!(
      call.command,
      call.version,
      (returnValue: unknown, success: boolean) => {
        const message = { __tcfapiReturn: { returnValue, success, callId: call.callId } };
        try {
          (event.source as Window).postMessage(text ? JSON.stringify(message) : message, '*');
        } catch {
          /* the caller's frame is gone */
        }
      },
      call.parameter,
      event.source,
    );
  });
  const locate = () => {
    // A child browsing context of that name (its parent is this window), not an element with that id.
    if (w[LOCATOR]?.parent === w) return;
    if (!document.body) return void setTimeout(locate, 5);
    const frame = document.createElement('iframe');
    frame.name = LOCATOR;
    frame.ariaHidden = 'true';
    // CSSOM writes are allowed under a strict CSP, unlike style attributes in markup.
    frame.style.setProperty('display', 'none', 'important');
    document.body.append(frame);
  };
  locate();
}
