import { cleanUp, withdrawnVendors } from '../gate/cleanup.js';
import type { PurposeConfig } from '../core/types.js';
import type { ConsentPlugin } from '../runtime/plugin.js';

/** On withdrawal, deletes the cookies and storage keys that the withdrawn vendors declared. */
export function cookieCleanupPlugin(): ConsentPlugin {
  let purposes: PurposeConfig[] = [];
  return {
    name: 'cookieCleanup',
    start({ store }) {
      purposes = store.config.purposes;
    },
    change(detail) {
      cleanUp(withdrawnVendors(purposes, detail));
    },
  };
}
