/** The `__tcfapi` the IAB TCF module (or its stub) puts on the page: its public surface, nothing else. */
type TcfApi = (command: string, version: number, callback: (data: unknown, success: boolean) => void, parameter?: unknown) => void;

/** How long a receipt waits for the IAB TCF module to publish the TC string of a decision. */
const WAIT_MS = 5_000;

/**
 * The TC string the IAB TCF module publishes for the current decision, read
 * through `__tcfapi('addEventListener')`: the first answer that is not
 * `cmpuishown` (the string of no consent while the panel asks). Undefined when
 * the TCF failed or did not answer in time.
 */
export function currentTcString(): Promise<string | undefined> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: string | undefined) => {
      if (done) return;
      done = true;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => finish(undefined), WAIT_MS);
    const ask = (): boolean => {
      const api = (window as unknown as { __tcfapi?: TcfApi }).__tcfapi;
      if (typeof api !== 'function') return false;
      try {
        api('addEventListener', 2, (data, success) => {
          const tcData = (data ?? {}) as { eventStatus?: unknown; tcString?: unknown; listenerId?: unknown };
          if (success && tcData.eventStatus === 'cmpuishown') return;
          if (tcData.listenerId !== undefined) api('removeEventListener', 2, () => {}, tcData.listenerId);
          finish(success && typeof tcData.tcString === 'string' && tcData.tcString ? tcData.tcString : undefined);
        });
      } catch {
        finish(undefined);
      }
      return true;
    };
    // The TCF module loads beside this one: `__tcfapi` may not be there yet.
    const poll = setInterval(() => ask() && clearInterval(poll), 100);
    // After the decision's own turn: the module publishes the new string at the next microtask.
    setTimeout(() => ask() && clearInterval(poll), 0);
  });
}
