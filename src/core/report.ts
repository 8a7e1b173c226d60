/**
 * Every complaint about a site's input goes through here, so that each one
 * names the field and the value and none can escape as an exception.
 */
const PREFIX = 'consent-panel:';

export function describe(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    /* cyclic: fall back to String() */
  }
  return text ?? String(value);
}

/** `consent-panel: purposes[1].id: "a b" is not valid (…); entry dropped.` */
export function reportError(field: string, value: unknown, problem: string): void {
  console.error(`${PREFIX} ${field}: ${describe(value)} ${problem}`);
}

export function reportWarning(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/** Calls page code with `arg`; what it throws is logged, never passed on to us or to the next callback. */
export function guard<T>(fn: (arg: T) => unknown, arg: T, what: string): void {
  try {
    fn(arg);
  } catch (error) {
    console.error(`${PREFIX} ${what} threw:`, error);
  }
}
