import type { TagKind } from '../types.js';

type Pa = { setConfigurations?(c: object): void; consent?: { setMode(mode: string): void }; sendEvent?(name: string, data: object): void };

/** Piano's mode: opted out after an objection, in once its consent purpose is granted, essential measurement otherwise. */
const mode = (granted: boolean, consented: boolean) => (!granted ? 'opt-out' : consented ? 'opt-in' : 'essential');

/**
 * Piano Analytics (kind `piano`): `window.pdl` (consent handled by the site,
 * the mode to start in) before the SDK, then its configuration, the mode as it
 * is once the SDK has loaded, and `pa.consent.setMode()` on every change.
 */
export const piano: TagKind =
  ({ params }) =>
  (granted, consented, loaded) => {
    const win = window as unknown as Record<string, unknown>;
    if (loaded) return void (win.pa as Pa | undefined)?.consent?.setMode(mode(granted, consented));
    win.pdl = { ...(win.pdl as object), requireConsent: 'v2', consent: { defaultPreset: { PA: mode(granted, consented) } } };
    // Once the SDK has loaded: the mode then, whatever changed while it was on its way.
    return (on, consentedNow) => {
      const pa = win.pa as Pa | undefined;
      pa?.setConfigurations?.({ site: +params.site, collectDomain: params.collectDomain });
      pa?.consent?.setMode(mode(on, consentedNow));
      if (on) pa?.sendEvent?.('page.display', { page: document.title });
    };
  };
