import { normalizeConfig } from '../core/config.js';
import { guard, reportError, reportWarning } from '../core/report.js';
import { ConsentStore } from '../core/store.js';
import type { ConsentDetail, ConsentListener, ConsentSource } from '../core/types.js';
import { ScriptGate } from '../gate/scripts.js';
import type { ConsentPanelApi } from './api.js';
import { attributeConfig, gpcSignal, rawConfig } from './config-sources.js';
import { dispatchConsentEvent, type ConsentEventName } from './events.js';
import { storedDecisionAnywhere, type EarlyLayer, type OpenEarlyLayer } from './early-layer.js';
import { stringify } from '../core/json.js';
import type { ConsentPlugin, PluginContext, PreferencesState } from './plugin.js';
import { PluginHost } from './plugin-host.js';
import { drainQueue } from './queue.js';
import { matchesPattern } from '../core/pattern.js';
import { find } from '../gate/gates.js';
import { watchPage, whenParsed, type PageWatch } from './page-watch.js';

export const TAG = 'consent-panel';

/** What the runtime needs from the element that shows the panel. */
export interface PanelView extends HTMLElement {
  openPreferences(opener?: Element | null): void;
  refresh(): void;
}

/** Plugins every new runtime starts with: set by the entry point (the composition root). */
const defaultPlugins: (() => ConsentPlugin)[] = [];

/** Called by an entry point with the plugins its build includes; each runtime made afterwards gets a fresh instance of each. */
export function setDefaultPlugins(factories: (() => ConsentPlugin)[]): void {
  defaultPlugins.splice(0, defaultPlugins.length, ...factories);
}

/**
 * Wires the store to the page: configuration sources, gated scripts, events,
 * the global API and the pre-load queue. It knows no feature beyond these:
 * the others are plugins (see plugin.ts). One per page, whatever loads it.
 */
export class ConsentRuntime {
  store: ConsentStore | undefined;
  view: PanelView | undefined;
  /** The `<consent-panel>` this runtime put in the page, if any. */
  private _inserted: PanelView | undefined;
  readonly api: ConsentPanelApi;
  /** @internal */
  readonly listeners = new Set<ConsentListener>();
  private readonly _waiting: (() => void)[] = [];
  private _resolveReady!: (detail: ConsentDetail) => void;
  private readonly _plugins = new PluginHost();
  /** The drop-in's own `<script>` tag's `data-*` configuration. */
  private _scriptConfig: Record<string, unknown> = {};
  /**
   * A bare drop-in's first layer, shown from the defaults before the
   * configuration is final (see autostart): its store, the configuration it
   * was made from, and its state before any decision.
   */
  private _preview: EarlyLayer | undefined;
  private _autostarted = false;
  /** The store once made, before `store` is set: while a `hold` runs, only what it loads sees it. */
  pending: ConsentStore | undefined;
  /** Set by an entry point: may return a promise that the start waits for. */
  hold: ((store: ConsentStore) => Promise<unknown> | '' | void) | undefined;
  /**
   * The look at the page for gated elements (page-watch.ts).
   * @internal
   */
  observer: PageWatch | undefined;
  /** @internal */
  readonly onStorage = (event: StorageEvent) => {
    if (event.key === this.store?.config.storageKey || event.key === null) this.store?.reload('storage');
  };
  /**
   * A click on a page element marked `data-consent-open` opens the preferences.
   * @internal
   */
  readonly onClick = (event: MouseEvent) => {
    const opener = event.composedPath().find((node) => node instanceof Element && node.hasAttribute('data-consent-open'));
    if (!(opener instanceof Element)) return;
    event.preventDefault();
    this._open(opener);
  };

  constructor() {
    const ready = new Promise<ConsentDetail>((resolve) => (this._resolveReady = resolve));
    const act = (action: (store: ConsentStore) => void) => () => this._whenStarted(() => action(this.store!));
    this.api = {
      ready,
      granted: (gates) => !!this.store?.granted(gates),
      onGranted: (gates, fn) => this._onGranted(gates, fn),
      onChange: (fn) => this._onChange(fn),
      acceptAll: act((store) => store.acceptAll('api')),
      rejectAll: act((store) => store.rejectAll('api')),
      set: (values) => this._whenStarted(() => this.store!.decide(values, 'api')),
      open: () => this._whenStarted(() => this._open()),
      reset: act((store) => store.reset('api')),
    };
    window.consentPanel = this.api;
  }

  /** Registers plugins; once the state is known, a plugin registered later starts at once and sees the page. */
  use(...plugins: ConsentPlugin[]): void {
    this._plugins.add(plugins);
  }

  /** The element's preferences opened, changed or closed. */
  preferencesChanged(state: PreferencesState): void {
    this._plugins.preferences(state);
  }

  /**
   * Starts now when the configuration is already known, else once the page is parsed. Once per page, whichever copy of the script asks.
   * `loadEarlyLayer`: a bare drop-in's first layer before the configuration is final (see early-layer.ts).
   */
  autostart(script?: Element | null, loadEarlyLayer?: () => Promise<OpenEarlyLayer | undefined>): void {
    if (this._autostarted) return;
    this._autostarted = true;
    if (script) this._scriptConfig = attributeConfig(script, 'data-');
    // Configured from the global or the script tag, a <consent-panel> already there, or the page parsed: the state is known now.
    if (
      window.consentPanelConfig !== undefined ||
      Object.keys(this._scriptConfig).length ||
      document.querySelector(TAG) ||
      document.readyState !== 'loading'
    )
      return this.start();
    whenParsed(() => this.start());
    if (loadEarlyLayer) this._startPreview(loadEarlyLayer);
  }

  /** The store the panel shows: the page's, or a bare drop-in's first layer before the configuration is final. */
  get shownStore(): ConsentStore | undefined {
    return this.store ?? this._preview?.store;
  }

  /** A bare drop-in's first layer while its configuration may still change (see early-layer.ts). */
  private _startPreview(load: () => Promise<OpenEarlyLayer | undefined>): void {
    // A reader with a decision stored under any key waits for the page's configuration: no layer from the defaults for them.
    if (storedDecisionAnywhere()) return;
    const raw = rawConfig(this._scriptConfig, null);
    load().then(
      (open) =>
        // Contained: nothing it throws reaches the page as an unhandled rejection.
        guard(
          () => {
            // The page's configuration came first: its store shows the first layer.
            if (this.store || !open) return;
            this._preview = open(raw, () => this.view?.refresh(), {
              store: (config, storage) => new ConsentStore(config, { gpc: gpcSignal(), storage }),
              normalize: normalizeConfig,
              stringify,
              warn: reportWarning,
            });
            this._ensureView(true);
            this.view?.refresh();
          },
          undefined,
          'the early first layer',
        ),
      // No UI: the page's store shows the fallback bar once the page is parsed.
      () => {},
    );
  }

  /** A `<consent-panel>` was connected: the first one shows the panel. */
  attach(view: PanelView): void {
    if (this.view && this.view !== view && this.view.isConnected) {
      if (this.view !== this._inserted) {
        reportWarning('only the first <consent-panel> is used.');
        return;
      }
      // The page's own element, further down the markup, takes over from the one put in for it.
      this.view.remove();
    }
    this.view = view;
    if (this.store) {
      view.refresh();
      this._flush();
    } else {
      // Its attributes are parsed, its JSON child may not be yet.
      whenParsed(() => this.start());
      if (this._preview) view.refresh();
    }
  }

  start(): void {
    if (this.pending) return;
    const view = this.view ?? document.querySelector<PanelView>(TAG);
    const raw = rawConfig(this._scriptConfig, view);
    const preview = this._preview;
    this._preview = undefined;
    const { config, sameConfig } = preview?.close(raw) ?? { config: normalizeConfig(raw), sameConfig: false };
    const store = (this.pending = new ConsentStore(config, { gpc: gpcSignal() }));
    // A module that must see the store first (the shared cookie's, adopting a
    // decision made on another subdomain) holds the start until it has run.
    const held = this.hold?.(store);
    if (held) void held.then(() => this._begin(store, preview, sameConfig));
    else this._begin(store, preview, sameConfig);
  }

  private _begin(store: ConsentStore, preview: EarlyLayer | undefined, sameConfig: boolean): void {
    this.store = store;
    const detail = store.detail();
    // The built-in plugins first, made now: an entry point may have set them after this runtime was made.
    // Before any gated script can run: Google's tags must see Consent Mode's default first.
    const context: PluginContext = {
      store,
      api: this.api,
      open: (opener) => this._open(opener),
      view: () => this.view,
      report: reportError,
      matches: matchesPattern,
      find,
    };
    this._plugins.start(
      context,
      defaultPlugins.map((make) => make()),
    );
    const scripts = new ScriptGate(store);
    // Each part follows the store on its own (the store contains what each
    // throws), so none holds the others back on an older state. The script
    // gate released its scripts first: it listens to the store itself.
    for (const listener of [
      (detail: ConsentDetail) => this._plugins.each('change', detail),
      (detail: ConsentDetail) => {
        this.view?.refresh();
        // Undecided again (a reset, another tab, expiry): the first layer is due now.
        if (!detail.decided) this._ensureView();
      },
      (detail: ConsentDetail) => this._dispatch('consent-change', detail),
      (detail: ConsentDetail) => [...this.listeners].forEach((listener) => guard(listener, detail, 'onChange')),
    ])
      store.subscribe(listener);
    window.addEventListener('storage', this.onStorage);
    document.addEventListener('click', this.onClick);

    this.observer = watchPage(
      (root) => {
        scripts.collect(root);
        this._plugins.each('collect', root);
      },
      // An app that renders the whole body again took the panel with it: it comes back.
      () => this.view && !this.view.isConnected && this._ensureView(true),
    );

    // A decision made by a consent-ready listener or a queued function goes out after consent-ready.
    store.deliver(() => {
      this._dispatch('consent-ready', detail);
      this._resolveReady(detail);
      guard(drainQueue, this.api, 'consentPanelQueue');
      // A decision made in a bare drop-in's first layer goes out after consent-ready, like one made by a listener.
      preview?.decideAgain(store, sameConfig);
    });
    // A <consent-panel> connected before the state was known (script in <head>,
    // element in the markup) has rendered nothing yet.
    this.view?.refresh();
    this._ensureView();
    this._flush();
  }

  private _onChange(fn: ConsentListener): () => void {
    if (typeof fn !== 'function') {
      reportError('onChange', fn, 'is not a function.');
      return () => {};
    }
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private _onGranted(gates: string, fn: (detail: ConsentDetail) => void): void {
    if (typeof fn !== 'function') {
      reportError('onGranted', fn, 'is not a function.');
      return;
    }
    this._whenStarted(() => {
      const store = this.store!;
      // A list that names no gate, or an unknown one, is reported once: its callback could never run.
      if (!store.check(gates)) return;
      if (store.granted(gates)) return guard(fn, store.detail(), 'onGranted');
      const stop = this._onChange((detail) => {
        if (!store.granted(gates)) return;
        stop();
        guard(fn, detail, 'onGranted');
      });
    });
  }

  private _open(opener: Element | null = null): void {
    this._ensureView(true);
    if (this.view?.isConnected) this.view.openPreferences(opener);
    else this._waiting.push(() => this.view?.openPreferences(opener));
  }

  /**
   * Inserts a `<consent-panel>` at the end of `<body>` when the page has none:
   * as soon as there is a body when it has something to show (the first layer,
   * the dialog, the IAB TCF parts); on a returning reader's page, which only
   * gets the manage button, once the page is parsed and the browser is idle,
   * so the page and its gated tags go first.
   */
  private _ensureView(soon = !this.store?.decided || !!this.store.config.tcf): void {
    if (this.view?.isConnected || document.querySelector(TAG) || foreignElement()) return;
    if (!soon) {
      whenParsed(() => (window.requestIdleCallback ?? setTimeout)(() => this._ensureView(true)));
    } else if (document.body) {
      document.body.append((this._inserted = document.createElement(TAG) as PanelView));
    } else {
      // The first layer shows as soon as <body> exists, not once the whole page has arrived.
      const body = new MutationObserver(() => document.body && (body.disconnect(), this._ensureView(true)));
      body.observe(document.documentElement, { childList: true });
    }
  }

  /** What page code asks of the API: whatever it throws (a hostile argument) is logged, never passed back to the page. */
  private _whenStarted(action: () => void): void {
    if (this.store) guard(action, undefined, 'consentPanel');
    else this._waiting.push(action);
  }

  /** Runs what waited for the store (or, for open(), for a view). */
  private _flush(): void {
    this._waiting.splice(0).forEach((action) => this._whenStarted(action));
  }

  /** The events go out from the panel, or from the document when there is none in the page. */
  private _dispatch(name: ConsentEventName, detail: ConsentDetail): void {
    dispatchConsentEvent(this.view?.isConnected ? this.view : document, name, detail);
  }
}

/**
 * Whether `<consent-panel>` is the page's own element, defined before this
 * script: then no panel can show. Another copy of this script's element has
 * `openPreferences`.
 */
export function foreignElement(): boolean {
  const defined = customElements.get(TAG);
  return !!defined && !('openPreferences' in defined.prototype);
}

export const RUNTIME = Symbol.for('consent-panel.runtime');

/** The page's runtime, shared by every copy of the script and by the element. */
export function pageRuntime(): ConsentRuntime {
  const holder = window as unknown as Record<symbol, ConsentRuntime | undefined>;
  return (holder[RUNTIME] ??= new ConsentRuntime());
}

export type { ConsentSource };
