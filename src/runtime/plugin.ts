import type { ConsentStore } from '../core/store.js';
import type { ConsentDetail } from '../core/types.js';
import type { ConsentPanelApi } from './api.js';

/**
 * What a plugin is given when the consent state is known. The store is the
 * single source of truth: a plugin reads it (`store.granted()`,
 * `store.decided`, `store.record`) rather than keeping a copy.
 */
export interface PluginContext {
  readonly store: ConsentStore;
  readonly api: ConsentPanelApi;
  /** Opens the preferences; focus returns to `opener` when they close. */
  open: (opener?: Element | null) => void;
  /** The `<consent-panel>` that shows the panel, once the page has one. */
  view(): HTMLElement | undefined;
  /** Reports bad input (`field: value problem`) as the core does: a plugin in a file of its own need not carry its own copy. */
  report: (field: string, value: unknown, problem: string) => void;
  /** Whether `name` matches a cookie or URL pattern (`*` for any run of characters): the core's, shared with modules in files of their own. */
  matches: (pattern: string, name: string) => boolean;
  /** `root` itself if it matches `selector`, and every element under it that does: the core's, shared likewise. */
  find: <T extends Element>(root: ParentNode | Element, selector: string) => T[];
}

/** The preferences dialog as the reader sees it: open or not, and its switches' values. */
export interface PreferencesState {
  open: boolean;
  /** Each switch (a purpose without vendors, or `purpose/vendor`) as set in the dialog; the store's values when closed. */
  choices: Record<string, boolean>;
}

/**
 * A feature beyond the core (Google Consent Mode, embeds, cookie clean-up,
 * the IAB TCF…). The entry points register plugins with `runtime.use()`; the
 * runtime calls each hook inside a guard, so a plugin that throws is reported
 * and stops neither the core nor the other plugins. Every hook is optional.
 *
 * Order: `start` runs once the store exists, before gated scripts are looked
 * at and before `consent-ready` (a plugin registered later starts at once);
 * `collect` sees the page, then every element added to it; `change` follows
 * every change of the store, after the script gate and before the panel and
 * the page's listeners hear of it; `preferences` follows the dialog.
 */
export interface ConsentPlugin {
  /** Names the plugin in error messages. */
  readonly name: string;
  start?(context: PluginContext): void;
  collect?(root: ParentNode): void;
  change?(detail: ConsentDetail): void;
  preferences?(state: PreferencesState): void;
}
