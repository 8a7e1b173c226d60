import { cleanUp, vendorsNotGranted, withdrawnVendors } from '../gate/cleanup.js';
import type { PurposeConfig } from '../core/types.js';
import type { ConsentPlugin } from '../runtime/plugin.js';

/**
 * Deletes the cookies and storage keys that vendors declared when their
 * consent is withdrawn, and those of refused vendors once a decision is
 * known at start. With `catchUp` (a plugin loaded after a change it has to
 * act on), it starts from the store's current state whatever it is: what is
 * not granted now goes.
 */
export function cookieCleanupPlugin({ catchUp = false }: { catchUp?: boolean } = {}): ConsentPlugin {
  let purposes: PurposeConfig[] = [];
  return {
    name: 'cookieCleanup',
    start({ store }) {
      purposes = store.config.purposes;
      if (store.decided || catchUp) cleanUp(vendorsNotGranted(purposes, (gate) => store.granted(gate)));
    },
    change(detail) {
      cleanUp(withdrawnVendors(purposes, detail));
    },
  };
}
