/**
 * Values by id, in an object without a prototype: an id such as `__proto__`,
 * `constructor` or `toString` is read and set like any other, never answered
 * by Object.prototype, and setting one never touches it (frozen or not).
 * Copies the own properties of `from`, in order.
 */
export const table = <T>(...from: (Record<string, T> | undefined)[]): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, ...from) as Record<string, T>;
