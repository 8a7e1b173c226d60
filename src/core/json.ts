// Taken when the script loads, before page code can replace it.
export const { parse } = JSON;

/**
 * JSON for plain data (objects, arrays, strings, finite numbers, booleans,
 * null) that never calls a `toJSON`: a page's own `Array.prototype.toJSON`
 * (Prototype.js 1.6 returns a string) must not change what is stored.
 * (undefined, which plain data has none of, is written as null.)
 */
export const stringify = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(stringify).join()}]`
    : value && typeof value == 'object'
      ? `{${Object.entries(value)
          .map(([key, item]) => JSON.stringify(key) + ':' + stringify(item))
          .join()}}`
      : // Primitives: JSON.stringify looks for toJSON on objects only.
        (JSON.stringify(value) ?? 'null');
