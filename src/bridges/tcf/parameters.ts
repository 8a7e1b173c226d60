/**
 * The parameters of the CMP API's commands, checked before the IAB's library
 * sees them: no caller (page code, or any frame through postMessage) may make
 * the page build a TCData of half a million vendors, now and on every update.
 */

const isInt = (value: unknown, min: number, max = Infinity): boolean =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * Why `parameter` is not one `command` takes, or undefined when it is:
 * `getTCData` and `addEventListener` take vendor ids of the vendor list (at
 * most as many as it has ids), `getVendorList` a version (a positive
 * integer, as a number or a string, or "LATEST"), `removeEventListener` a
 * listener id. No parameter (undefined or null) is fine but for the last.
 */
export function parameterProblem(command: string, parameter: unknown, maxVendorId: number): string | undefined {
  if (command === 'removeEventListener') return isInt(parameter, 0) ? undefined : 'is not a listener id';
  if (parameter == null) return undefined;
  if (command === 'getVendorList') {
    return parameter === 'LATEST' || isInt(parameter, 1) || (typeof parameter === 'string' && /^[1-9]\d{0,8}$/.test(parameter))
      ? undefined
      : 'is not a vendor list version';
  }
  if (command === 'getTCData' || command === 'addEventListener') {
    return Array.isArray(parameter) && parameter.length <= maxVendorId && parameter.every((id) => isInt(id, 1, maxVendorId))
      ? undefined
      : `is not a list of vendor ids from 1 to ${maxVendorId}`;
  }
  return undefined;
}

/**
 * The parameter as the library gets it: a list of vendor ids copied (read
 * once, at most one item more than the list has ids), so that the caller
 * cannot change it once checked.
 */
export const copied = (parameter: unknown, maxVendorId: number): unknown =>
  Array.isArray(parameter) ? parameter.slice(0, maxVendorId + 1) : (parameter ?? undefined);

/** The parameter as a console message shows it: a long list by its length. */
export const shown = (parameter: unknown): unknown =>
  Array.isArray(parameter) && parameter.length > 20 ? `a list of ${parameter.length} items` : parameter;
