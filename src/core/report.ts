/**
 * Every complaint about a site's input goes through here, so that each one
 * names the field and the value and none can escape as an exception.
 */
const PREFIX = 'consent-panel:';
/** What is echoed of a field or a value: a page that passes a megabyte does not get it back whole. */
const LIMIT = 200;
// Taken when the script loads: page code that replaces JSON later cannot break a report.
const { stringify } = JSON;

const clip = (text: string): string => (text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text);

/** A value as page code would write it: `"a"`, `NaN`, `1n`, `new Boolean(true)`, `{"a":1}`. */
function print(value: unknown): string {
  const box = [Boolean, Number, String].find((type) => value instanceof type);
  if (box) return `new ${box.name}(${print((box.prototype.valueOf as () => unknown).call(value))})`;
  if (typeof value == 'bigint') return `${value}n`;
  return (typeof value != 'number' && stringify(value)) || String(value);
}

export function describe(value: unknown): string {
  let text: string;
  try {
    text = print(value);
  } catch {
    // Cyclic, or with a getter or toJSON that throws.
    try {
      text = String(value);
    } catch {
      text = `(${typeof value})`;
    }
  }
  return clip(text);
}

/** `consent-panel: purposes[1].id: "a b" is not valid (…); entry dropped.` */
export function reportError(field: string, value: unknown, problem: string): void {
  console.error(`${PREFIX} ${clip(field)}: ${describe(value)} ${problem}`);
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
