import { reportWarning } from '../../../core/report.js';
import type { ConsentStore } from '../../../core/store.js';
import type { PreferencesState } from '../../../runtime/plugin.js';
import { NO_CHOICES } from '../choices.js';
import { purposeValue } from '../purpose-map.js';
import type { TcfChoices } from '../types.js';
import type { TcfUiModel } from './model.js';
import { TcfSection } from './section.js';
import { TcfSummary } from './summary.js';

/** What the TCF parts of the panel need from the bridge. */
export interface TcfPanelContext {
  store: ConsentStore;
  /** The `<consent-panel>` whose slots take the parts. */
  view(): HTMLElement | undefined;
  /** The preferences as the panel last announced them. */
  preferences(): PreferencesState | undefined;
  /** The reader's current TCF choices, while decided. */
  choices(): TcfChoices | undefined;
  /** The dialog opened or closed: the bridge publishes again. */
  changed(): void;
}

/**
 * The TCF parts of the panel: the summary in the first layer's slot, and the
 * IAB purposes, special features and vendors in the preferences' slot. They
 * follow the dialog as the panel announces it (the plugin contract's
 * `preferences`), never by looking into the panel.
 */
export class TcfPanelParts {
  readonly summary: TcfSummary;
  readonly section: TcfSection;

  constructor(
    model: TcfUiModel,
    private readonly context: TcfPanelContext,
  ) {
    this.summary = new TcfSummary(model);
    this.section = new TcfSection(model, () => this.draftPurposes());
  }

  get dialogOpen(): boolean {
    return this.context.preferences()?.open === true;
  }

  /** Puts the parts into the panel's slots, once there is a panel. */
  mount(): void {
    const view = this.context.view();
    if (!view?.isConnected) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.mount(), { once: true });
      else reportWarning('no <consent-panel> to show the IAB TCF choices in.');
      return;
    }
    view.append(this.summary.host, this.section.host);
    this.summary.render();
    this.follow();
  }

  /** The preferences opened, their switches changed, or they closed. */
  follow(): void {
    const section = this.section;
    const open = this.dialogOpen;
    if (open && !section.draft) section.open(this.context.choices() ?? NO_CHOICES);
    else if (!open && section.draft) section.close();
    else if (open) section.render();
    this.context.changed();
  }

  /** The site purposes as the preferences' switches set them (or as decided, when closed). */
  private draftPurposes(): Record<string, boolean> {
    const { store } = this.context;
    const atoms = this.dialogOpen ? this.context.preferences()!.choices : store.choices();
    return Object.fromEntries(store.config.purposes.map((p) => [p.id, purposeValue(p, atoms)]));
  }
}
