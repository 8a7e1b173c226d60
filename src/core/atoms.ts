import type { PurposeConfig } from './types.js';

/**
 * The switches a purpose stands for, which is how consent is kept: one
 * `purpose/vendor` per vendor, or the purpose itself when it has none.
 */
export function atomsOf(purpose: PurposeConfig): string[] {
  return purpose.vendors?.map((vendor) => `${purpose.id}/${vendor.id}`) ?? [purpose.id];
}
