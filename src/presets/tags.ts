import type { ConsentStore } from '../core/store.js';
import type { PresetVendor } from './types.js';

type Win = Window & Record<string, unknown>;
type Queue = { push(...items: unknown[]): unknown };
type Call = (...args: unknown[]) => void;
/** A vendor's global as its snippet defines it (kind `queue`). */
type Stub = Record<string, Call | undefined>;
type Pa = { setConfigurations?(c: object): void; consent?: { setMode(mode: string): void }; sendEvent?(name: string, data: object): void };

/** `{name}` in a preset's template, replaced by the parameter's value. */
const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

/** A value from a preset (a global, a call's arguments), its strings' `{name}` (keys included) filled in. */
const fillAll = (value: unknown, params: Record<string, string>): unknown =>
  typeof value == 'string'
    ? fill(value, params)
    : Array.isArray(value)
      ? value.map((item) => fillAll(item, params))
      : value && typeof value == 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [fill(key, params), fillAll(item, params)]))
        : value;

/**
 * One vendor's official tag: loaded from its usual URL once its gate is
 * granted, then told of consent as it changes, in its own terms: Google's
 * Consent Mode for gtag.js and Tag Manager, Matomo's consent API, Piano's
 * consent modes, and for the `queue` kind (the advertising pixels, Clarity)
 * the calls the preset lists (`fbq('consent', 'grant'|'revoke')`…). Returns the function that follows the store. A tag, once
 * loaded, stays: what it stored is deleted on withdrawal by the cookie
 * clean-up, and its own consent switch keeps it quiet.
 */
export function presetTag(vendor: PresetVendor, store: ConsentStore, nonce: string): () => void {
  const win = window as unknown as Win;
  const { preset, params, gate, consentPurpose } = vendor;
  const tag = preset.tag!;
  const kind = tag.kind;
  const queue = (name: string) => (win[name] ??= []) as Queue;
  let loaded = false;
  /** The values last told, so that each change is told once. */
  let told = '';
  /** Matomo: tracking stopped by an objection or a withdrawal. */
  let stopped = false;
  /** Piano's mode: opted out after an objection, in once its consent purpose is granted, essential measurement otherwise. */
  const mode = (granted: boolean, consented: boolean) => (!granted ? 'opt-out' : consented ? 'opt-in' : 'essential');

  return () => {
    const granted = store.granted(gate);
    const consented = consentPurpose ? store.granted(consentPurpose) : granted;
    const state = `${granted}${consented}`;
    if ((!loaded && !granted) || state == told) return;
    told = state;
    if (kind == 'gtag' || kind == 'gtm') {
      const dataLayer = queue('dataLayer');
      const gtag = (win.gtag ??= function () {
        // As Google's snippet does: the arguments object, not an array, goes in the data layer.
        // eslint-disable-next-line prefer-rest-params
        dataLayer.push(arguments);
      }) as (...args: unknown[]) => void;
      // A site that configures `googleConsentMode` has the built-in plugin tell Google; else the preset does, for its own types.
      if (!store.config.googleConsentMode && preset.consentMode) {
        const values = (on: boolean) => Object.fromEntries(preset.consentMode!.map((type) => [type, on ? 'granted' : 'denied']));
        if (!loaded) gtag('consent', 'default', values(false));
        gtag('consent', 'update', values(granted));
      }
      if (!loaded) {
        if (kind == 'gtm') dataLayer.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
        else {
          gtag('js', new Date());
          gtag('config', params.id);
        }
      }
    } else if (kind == 'matomo') {
      const paq = queue('_paq');
      // Cookieless until consent: Matomo sets no cookie before setCookieConsentGiven.
      if (!loaded)
        paq.push(
          ['requireCookieConsent'],
          ['setTrackerUrl', `${params.url}matomo.php`],
          ['setSiteId', params.siteId],
          ['trackPageView'],
          ['enableLinkTracking'],
        );
      // An objection (or a withdrawal) stops all tracking: nothing is sent after it, until it is lifted.
      if (!granted) paq.push(['forgetCookieConsentGiven'], ['requireConsent'], ['forgetConsentGiven']);
      else paq.push(...(stopped ? [['setConsentGiven']] : []), [consented ? 'setCookieConsentGiven' : 'forgetCookieConsentGiven']);
      stopped = !granted;
    } else if (kind == 'queue') {
      // The global the vendor's snippet defines, queuing calls until its library replays them.
      const { fn, queue: list = 'queue', call, methods, props } = tag.stub!;
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
        win[fn] = Object.assign(stub, fillAll(props, params));
      }
      // The snippet's calls after the vendor's consent, as the tag loads; then its consent calls as the gate changes.
      (loaded ? (granted ? tag.grant : tag.revoke) : [...(tag.grant ?? []), ...(tag.calls ?? [])])?.forEach((args) => {
        const [name, ...rest] = fillAll(args, params) as [string, ...unknown[]];
        // On whatever the global is now: the library replaces the stub, or its methods.
        const now = win[fn] as Stub | Call | undefined;
        if (methods) (now as Stub | undefined)?.[name]?.(...rest);
        else if (typeof now == 'function') now(name, ...rest);
      });
    } else if (kind == 'piano') {
      // Read by the SDK as it starts: consent handled by the site, and the mode to start in.
      if (!loaded) win.pdl = { ...(win.pdl as object), requireConsent: 'v2', consent: { defaultPreset: { PA: mode(granted, consented) } } };
      else (win.pa as Pa | undefined)?.consent?.setMode(mode(granted, consented));
    }
    if (loaded) return;
    loaded = true;
    for (const [name, value] of Object.entries(tag.globals ?? {})) win[name] = fillAll(value, params);
    const script = document.createElement('script');
    script.src = fill(tag.src, params);
    script.nonce = nonce;
    if (kind == 'piano')
      script.onload = () => {
        const pa = win.pa as Pa | undefined;
        pa?.setConfigurations?.({ site: +params.site, collectDomain: params.collectDomain });
        // The mode now, whatever changed while the SDK was on its way.
        const on = store.granted(gate);
        pa?.consent?.setMode(mode(on, consentPurpose ? store.granted(consentPurpose) : on));
        if (on) pa?.sendEvent?.('page.display', { page: document.title });
      };
    document.head.append(script);
  };
}
