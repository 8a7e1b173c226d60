import type { GVL, Vendor } from '@iabtechlabtcf/core';
// First: it brings the IAB's core library, which the bundle then holds ahead of the TCF module's own code (about 300 B smaller gzip than after it).
import { openVendorList } from './vendor-list.js';
import { reportError, reportWarning } from '../../core/report.js';
import type { ConsentStore } from '../../core/store.js';
import type { ConsentAction, ConsentRecord, ConsentSource } from '../../core/types.js';
import type { ConsentPanelApi } from '../../runtime/api.js';
import type { ConsentPlugin, PreferencesState } from '../../runtime/plugin.js';
import { gtag } from '../google-consent-mode.js';
import { choicesAfter, copyChoices, NO_CHOICES, readStoredTcf } from './choices.js';
import { answerWithError, TcfCmpApi } from './cmp.js';
import { CONSENT_SCREEN } from './encode.js';
import { grantedTcfPurposes } from './purpose-map.js';
import { readTcfSettings, TcfConfigError } from './settings.js';
import { adConsentTypes, GOOGLE } from './consent-mode-signals.js';
import { actionOf } from './stored-record.js';
import { installStub } from './stub.js';
import { TcEncoder } from './tc-encoder.js';
import type { StoredTcf, TcfSettings } from './types.js';
import { pickLang } from '../../i18n/languages.js';
import { tcfTexts } from './ui/messages.js';
import { tcfUiModel } from './ui/model.js';
import { TcfPanelParts } from './ui/panel-parts.js';

/** The page's consent runtime (`window[Symbol.for('consent-panel.runtime')]`), as the TCF module uses it. */
export interface TcfRuntime {
  store: ConsentStore | undefined;
  /** The `<consent-panel>` that shows the panel: the TCF parts go into its slots. */
  view: HTMLElement | undefined;
  api: ConsentPanelApi;
  /** Registers the module as a plugin: it follows the preferences through the plugin contract. */
  use(...plugins: ConsentPlugin[]): void;
}

export const TCF_KEY = Symbol.for('consent-panel.tcf');

type Holder = Record<symbol, TcfBridge | undefined>;

/**
 * Starts the IAB TCF for the page's runtime, once per page: the `__tcfapi`
 * stub at once, then, when the consent state is known, the vendor list, the
 * CMP API and the TCF parts of the panel.
 */
export function startTcf(runtime: TcfRuntime): TcfBridge {
  const holder = window as unknown as Holder;
  let bridge = holder[TCF_KEY];
  if (!bridge) {
    installStub();
    bridge = holder[TCF_KEY] = new TcfBridge(runtime);
  }
  return bridge;
}

type Status = 'loading' | 'loaded' | 'error';

/**
 * Keeps the TC string in step with the consent store: the site purposes give
 * the TCF purposes (through `purposeMap`), the reader's TCF switches give
 * vendor refusals, objections and special features; the string is encoded
 * with each decision, stored with the record and published through
 * `__tcfapi`.
 */
export class TcfBridge {
  status: Status = 'loading';
  /** Settles once the TCF is on (`status` "loaded") or off ("error"). */
  readonly started: Promise<Status>;
  private settings!: TcfSettings;
  private gvl!: GVL;
  private vendors: Vendor[] = [];
  private encoder!: TcEncoder;
  private cmp!: TcfCmpApi;
  private parts: TcfPanelParts | undefined;
  /** The preferences as the panel last announced them. */
  private preferences: PreferencesState | undefined;
  /** The TCF part of the current record, while decided. */
  private stored: StoredTcf | undefined;
  private initial!: { tcString: string; addtlConsent: string | undefined };
  private published: { tcString: string; visible: boolean } | undefined;
  private scheduled = false;
  private force = false;
  /** The last decision seen before the TCF was ready, and how it was made. */
  private early: { decidedAt: string; source: ConsentSource; action: ConsentAction } | undefined;
  /** A decision was made on this page before the TCF was ready: vendors see `cmpuishown` first. */
  private decidedEarly = false;
  /** When the record the page loaded was made: that one was not decided on this page. */
  private loadedAt: string | undefined;

  constructor(private readonly runtime: TcfRuntime) {
    runtime.use({
      name: 'tcf',
      preferences: (state) => {
        this.preferences = state;
        // Not started yet: start() mounts the parts, which follow the state they find.
        this.parts?.follow();
      },
    });
    this.started = runtime.api.ready
      .then((detail) => {
        this.loadedAt = detail.record?.decidedAt;
        // Until the vendor list is in, note how decisions are made, to encode them once it is.
        this.store.beforeCommit = (record, source, action) => (this.early = { decidedAt: record.decidedAt, source, action });
        return this.start();
      })
      .then(
        () => (this.status = 'loaded'),
        (error: unknown) => {
          if (!(error instanceof TcfConfigError)) console.error('consent-panel: the IAB TCF could not start:', error);
          if (this.runtime.store) this.runtime.store.beforeCommit = undefined;
          answerWithError(this.settings?.cmpId, this.settings?.cmpVersion);
          return (this.status = 'error');
        },
      );
  }

  private get store(): ConsentStore {
    return this.runtime.store!;
  }

  private async start(): Promise<void> {
    const { config } = this.store;
    this.settings = readTcfSettings(config.tcf, config.purposes, document.baseURI);
    const lang = pickLang(config.lang, this.runtime.view);
    // The module's own texts in the reader's language, and the vendor list with the IAB's translation, together.
    const [t, { gvl, vendors, maxVendorId, texts }] = await Promise.all([tcfTexts(lang), openVendorList(this.settings, lang)]);
    this.gvl = gvl;
    this.vendors = vendors;
    this.encoder = new TcEncoder(this.gvl, this.vendors, this.settings);
    this.cmp = new TcfCmpApi(this.settings.cmpId, this.settings.cmpVersion, () => this.extras(), {
      version: this.gvl.vendorListVersion,
      maxVendorId,
      json: () => this.gvl.getJson(),
    });
    const initial = this.encoder.encode(null, NO_CHOICES, 0);
    this.initial = { tcString: initial.tcString, addtlConsent: initial.addtlConsent };

    if (this.store.decided) this.restore(this.store.record!);
    this.store.beforeCommit = (record, source, action) => this.onCommit(record, source, action);
    // Whatever detail a listener is handed, and in whatever order: the bridge reads the store's current record.
    this.store.subscribe((detail) => {
      this.follow();
      this.schedule(detail.source === 'storage');
    });

    this.parts = new TcfPanelParts(tcfUiModel(lang, t, texts, this.vendors, config.purposes, this.settings), {
      store: this.store,
      view: () => this.runtime.view,
      preferences: () => this.preferences,
      choices: () => this.stored,
      changed: () => this.schedule(),
    });
    this.parts.mount();
    if (this.decidedEarly) this.cmp.publish(this.initial.tcString, true);
    this.publish();
  }

  /**
   * A returning reader's record: its TC string holds when it discloses every
   * configured vendor (and Additional Consent provider) under the current
   * policy version, and is rebuilt if it does not say what the record says.
   * A decision made on this page before the TCF was ready is encoded now.
   * Otherwise the reader is asked again, unless they refused everything the
   * TCF covers, which holds as a refusal.
   */
  private restore(record: ConsentRecord): void {
    const stored = readStoredTcf(record.tcf);
    const reason = this.encoder.staleness(stored);
    const early = this.early?.decidedAt === record.decidedAt ? this.early : undefined;
    if (!reason) {
      this.stored = this.checked(record, stored!);
    } else if (!stored && (early || this.decidedHere(record))) {
      const choices = choicesAfter(
        early?.action ?? actionOf(record, this.store),
        this.vendors,
        undefined,
        undefined,
        this.settings.keepLegitimateInterestOnReject,
      );
      this.stored = this.amend(record, this.encoder.encode(record.purposes, choices, (early && CONSENT_SCREEN.get(early.source)) ?? 0));
      this.decidedEarly = true;
    } else if (!grantedTcfPurposes(this.settings.purposeMap, record.purposes).size) {
      this.stored = this.amend(
        record,
        this.encoder.encode(record.purposes, choicesAfter('reject', this.vendors, undefined, undefined, false), 0),
      );
    } else {
      reportWarning(`the stored decision ${reason}: the reader is asked again.`);
      this.store.reset('api');
    }
  }

  /**
   * A record the page loaded is not one decided on this page, nor is one
   * made before the page started or dated in the future (a clock set wrong
   * when it was made): such a record is not encoded without asking.
   */
  private decidedHere(record: ConsentRecord): boolean {
    const at = Date.parse(record.decidedAt);
    return record.decidedAt !== this.loadedAt && at >= performance.timeOrigin && at <= Date.now();
  }

  /**
   * A stored TCF part whose TC string (and Additional Consent string) says
   * what the record's choices say; otherwise it is reported, rebuilt from
   * those choices and stored in its place.
   */
  private checked(record: ConsentRecord, stored: StoredTcf): StoredTcf {
    if (this.encoder.agrees(record, stored)) return stored;
    reportError('tcf.tcString', stored.tcString, 'of the stored decision does not say what its choices say; it is rebuilt from them.');
    return this.amend(record, this.encoder.encode(record.purposes, copyChoices(stored), 0));
  }

  /** Writes a TCF part into the store's record, without a new decision; returns it. */
  private amend(record: ConsentRecord, tcf: StoredTcf): StoredTcf {
    this.store.amend(record.id, { tcf: tcf as unknown as Record<string, unknown> });
    return tcf;
  }

  /**
   * Keeps `stored` on the store's current record, so that nothing published
   * comes from a detail that a later decision (one made inside a listener,
   * say) has overtaken.
   */
  private follow(): void {
    const record = this.store.record;
    const stored = readStoredTcf(record?.tcf);
    try {
      if (!record) this.stored = undefined;
      else if (!stored) {
        // Another tab decided without the TCF (it failed there): encode here, from this tab's last choices.
        this.stored = this.encoder.encode(record.purposes, this.stored ?? NO_CHOICES, 0);
      } else if (stored.tcString !== this.stored?.tcString || stored.addtlConsent !== this.stored.addtlConsent) {
        this.stored = this.checked(record, stored);
      }
    } catch (error) {
      // Never an older decision's string instead: without one, vendors get the string of no consent.
      this.stored = undefined;
      console.error('consent-panel: the TC string could not be encoded:', error);
    }
  }

  private onCommit(record: ConsentRecord, source: ConsentSource, action: ConsentAction): void {
    try {
      const draft = action === 'set' && source === 'preferences' ? (this.parts?.section.draft ?? undefined) : undefined;
      // The choices before this decision: the current record's, even when a listener has not been told of it yet.
      const previous = readStoredTcf(this.store.record?.tcf) ?? this.stored;
      const choices = choicesAfter(action, this.vendors, previous, draft, this.settings.keepLegitimateInterestOnReject);
      this.stored = this.encoder.encode(record.purposes, choices, CONSENT_SCREEN.get(source) ?? 0);
      record.tcf = this.stored as unknown as Record<string, unknown>;
      this.schedule(true);
    } catch (error) {
      console.error('consent-panel: the TC string could not be encoded:', error);
    }
  }

  /** Publishes at the next microtask, once the decision has been stored and the dialog closed. */
  private schedule(force = false): void {
    this.force ||= force;
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.publish();
    });
  }

  /**
   * Hands the current TC string to the CMP API: `cmpuishown` while the panel
   * asks (first layer or preferences), `tcloaded` for a stored decision at
   * load, `useractioncomplete` after a decision.
   */
  private publish(): void {
    this.follow();
    const decided = this.store.decided && !!this.stored;
    const visible = !decided || this.preferences?.open === true;
    const tcString = decided ? this.stored!.tcString : this.initial.tcString;
    const force = this.force;
    this.force = false;
    if (!force && this.published?.tcString === tcString && this.published.visible === visible) return;
    this.published = { tcString, visible };
    // Each on its own: a failure of one must not leave the other on an older string.
    try {
      this.cmp.publish(tcString, visible);
    } catch (error) {
      console.error('consent-panel: the TC string could not be published:', error);
    }
    try {
      if (decided) this.updateConsentMode(tcString);
    } catch (error) {
      console.error('consent-panel: Google Consent Mode could not be updated from the TC string:', error);
    }
  }

  /**
   * With Google Consent Mode on and Google (vendor 755) among the vendors, the
   * ad consent types say what the TC string says to Google. It follows the
   * panel's own update, so the two never disagree.
   */
  private updateConsentMode(tcString: string): void {
    if (!this.store.config.googleConsentMode || !this.vendors.some((v) => v.id === GOOGLE)) return;
    gtag('consent', 'update', adConsentTypes(tcString));
  }

  private extras(): Record<string, unknown> {
    const decided = this.store.decided && this.stored;
    return {
      ...(this.settings.addtlConsent && { addtlConsent: decided ? this.stored!.addtlConsent : this.initial.addtlConsent }),
      ...(this.settings.enableAdvertiserConsentMode && { enableAdvertiserConsentMode: true }),
    };
  }
}
