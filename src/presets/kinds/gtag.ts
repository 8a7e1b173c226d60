import type { TagKind } from '../types.js';

type Win = Window & Record<string, unknown>;

/**
 * gtag.js (kind `gtag`) and Google Tag Manager (kind `gtm`): the data layer
 * and `gtag()` as Google's snippet makes them; unless the site configures
 * `googleConsentMode` (then the built-in plugin tells Google), the preset's
 * Consent Mode types, denied by default, then updated as its gate changes.
 */
const google =
  (gtm: boolean): TagKind =>
  ({ preset, params }, store) =>
  (granted, _consented, loaded) => {
    const win = window as unknown as Win;
    const dataLayer = (win.dataLayer ??= []);
    const gtag = (win.gtag ??= function () {
      // As Google's snippet does: the arguments object, not an array, goes in the data layer.
      // eslint-disable-next-line prefer-rest-params
      dataLayer.push(arguments);
    }) as (...args: unknown[]) => void;
    if (!store.config.googleConsentMode && preset.consentMode) {
      const values = (on: boolean) => Object.fromEntries(preset.consentMode!.map((type) => [type, on ? 'granted' : 'denied']));
      if (!loaded) gtag('consent', 'default', values(false));
      gtag('consent', 'update', values(granted));
    }
    if (loaded) return;
    if (gtm) dataLayer.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
    else {
      gtag('js', new Date());
      gtag('config', params.id);
    }
  };

export const gtag = google(false);
export const gtm = google(true);
