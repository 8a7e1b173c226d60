import type { TagKind } from '../types.js';

/** Poool's Audit.js once loaded (`PooolAudit`, or `Audit` without noConflict), as its own SDKs drive it. */
type Audit = { init?(appId: string): Audit; config?(options: object): Audit; sendEvent?(name: string, type: string): unknown };

/**
 * Poool Audit.js (kind `poool`): loaded once its gate is granted, then
 * `init(appId)`, `config({ cookies_enabled })` (Poool's consent switch for
 * its `_poool` cookie) and the `page-view` event with the page's type; later,
 * `config({ cookies_enabled })` again as consent goes and comes.
 */
export const poool: TagKind = ({ params }) => {
  let audit: Audit | undefined;
  return (granted, _consented, loaded) => {
    const win = window as unknown as Record<string, Audit | undefined>;
    if (loaded) return void audit?.config?.({ cookies_enabled: granted });
    return () => {
      audit = (win.PooolAudit ?? win.Audit)?.init?.(params.appId)?.config?.({ cookies_enabled: true });
      void audit?.sendEvent?.('page-view', params.pageType);
    };
  };
};
