import type { TagKind } from '../types.js';

type Call = (...args: unknown[]) => void;
/** A vendor's global as its snippet defines it. */
type Stub = Record<string, Call | undefined>;

/**
 * The advertising pixels, Clarity and the like (kind `queue`): the global the
 * vendor's snippet defines, queuing calls until its library replays them, as
 * the preset describes it (`stub`); the snippet's calls after the vendor's
 * consent call (`grant`) as the tag loads, then its consent calls (`grant`,
 * `revoke`) as the gate changes.
 */
export const queue: TagKind = ({ preset }, _store, fill) => {
  const tag = preset.tag!;
  const { fn, queue: list = 'queue', call, methods, props } = tag.stub!;
  const win = window as unknown as Record<string, unknown>;
  return (granted, _consented, loaded) => {
    if (!loaded && !win[fn]) {
      const stub = (methods
        ? // An array with a method per name, each queuing [name, ...arguments] (TikTok's `ttq`).
          []
        : // A function that hands calls to the library once it says how (`call`), and queues them until then.
          function (...args: unknown[]) {
            const method = call && stub[call];
            if (method) method.apply(stub, args);
            else (stub[list] as unknown as unknown[]).push(args);
          }) as unknown as Stub;
      methods?.forEach((name) => (stub[name] = (...args) => (stub as unknown as unknown[]).push([name, ...args])));
      if (!methods) stub[list] = [] as unknown as Call;
      win[fn] = Object.assign(stub, fill(props));
    }
    (loaded ? (granted ? tag.grant : tag.revoke) : [...(tag.grant ?? []), ...(tag.calls ?? [])])?.forEach((args) => {
      const [name, ...rest] = fill(args) as [string, ...unknown[]];
      // On whatever the global is now: the library replaces the stub, or its methods.
      const now = win[fn] as Stub | Call | undefined;
      if (methods) (now as Stub | undefined)?.[name]?.(...rest);
      else if (typeof now == 'function') now(name, ...rest);
    });
  };
};
