import type { TagKind } from '../types.js';

type Made = Record<string, ((...args: unknown[]) => unknown) | undefined>;

/** A filled-in value without its empty strings (an optional parameter the site did not give): nothing is sent for them. */
const prune = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, item: unknown) => (item === '' ? undefined : item)));

/**
 * Tags whose library, once loaded, is driven through a constructor (kind
 * `construct`), such as Médiamétrie's eStat: once the script has loaded,
 * `new window[fn](...args)` with the preset's arguments (parameters filled
 * in, those left empty left out), then each of its `calls` on the object made
 * (eStat's `post()`). Once per page: the vendor documents no consent call, so
 * a withdrawal is left to the cookie clean-up and the next page, which does
 * not load it.
 */
export const construct: TagKind =
  ({ preset }, _store, fill) =>
  (_granted, _consented, loaded) => {
    if (loaded) return;
    const { fn, args = [], calls = [] } = preset.tag!.construct!;
    return () => {
      const Tag = (window as unknown as Record<string, unknown>)[fn];
      if (typeof Tag != 'function') return;
      const made = new (Tag as new (...args: unknown[]) => Made)(...(prune(fill(args)) as unknown[]));
      for (const [method, ...rest] of calls) made[method as string]?.(...rest);
    };
  };
