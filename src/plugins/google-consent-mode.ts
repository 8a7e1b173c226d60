import { startConsentMode } from '../bridges/google-consent-mode.js';
import type { ConsentPlugin } from '../runtime/plugin.js';

/** Google Consent Mode v2 (`googleConsentMode` in the configuration): the default before any gated tag, then updates. */
export function googleConsentModePlugin(): ConsentPlugin {
  let mode: ReturnType<typeof startConsentMode>;
  return {
    name: 'googleConsentMode',
    start({ store }) {
      mode = startConsentMode(
        store.config.googleConsentMode,
        (gate) => store.knows(gate),
        (gate) => store.granted(gate),
      );
      mode?.update(store.detail());
    },
    change(detail) {
      mode?.update(detail);
    },
  };
}
