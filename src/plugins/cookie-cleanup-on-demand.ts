import type { VendorConfig } from '../core/types.js';
import type { ConsentPlugin } from '../runtime/plugin.js';
import type { cookieCleanupPlugin } from './cookie-cleanup.js';
import { onDemand } from './on-demand.js';

/** Whether any cookie or localStorage key starts as one of `patterns` does before its first `*`: one it may match is there. */
function mayBeStored(patterns: string[]): boolean {
  let names = document.cookie.split(';').map((cookie) => cookie.split('=')[0].trim());
  try {
    names = names.concat(Object.keys(localStorage));
  } catch {
    /* no storage: only cookies */
  }
  return patterns.some((pattern) => names.some((name) => name && name.startsWith(pattern.split('*')[0])));
}

const declared = (vendor: VendorConfig) => [...(vendor.cookies ?? []), ...(vendor.storageKeys ?? [])];

/**
 * The cookie clean-up plugin of the drop-in script (cookie-cleanup.ts, with
 * its pattern matcher), loaded from its own file only on sites whose
 * configuration declares vendors' cookies or storage keys, and only when
 * there is something to clean up: a declared vendor is not granted (after a
 * refusal at start, or a withdrawal) and a cookie or key it may have set is
 * there. The preferences opening fetch it ahead of the withdrawal they may
 * bring. Loaded after a withdrawal, it cleans up for the store's current state.
 */
export const cookieCleanupOnDemand = (load: () => Promise<typeof cookieCleanupPlugin>) => (): ConsentPlugin =>
  onDemand(
    'cookieCleanup',
    () => load().then((make) => make({ catchUp: true })),
    ({ store }) => {
      const vendors = store.config.purposes.flatMap((p) => (p.vendors ?? []).map((v) => ({ gate: `${p.id}/${v.id}`, names: declared(v) })));
      const leftOver = () => vendors.some(({ gate, names }) => names.length && !store.granted(gate) && mayBeStored(names));
      return {
        start: () => store.decided && leftOver(),
        change: leftOver,
        preferences: ({ open }) => open && vendors.some(({ names }) => names.length),
      };
    },
  );
