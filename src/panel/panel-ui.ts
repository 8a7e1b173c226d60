import type { ConsentStore } from '../core/store.js';
import type { Text } from '../core/types.js';
import type { OpenEarlyLayer } from '../runtime/early-layer.js';
import type { PreferencesState } from '../runtime/plugin.js';

/**
 * The contract between `<consent-panel>`, which every page has (the core),
 * and the panel's UI (first layer and preferences dialog), which is loaded
 * only when there is something to show: on a first visit, or when the
 * reader opens the preferences.
 */

/** What the UI gets from the element it draws into. */
export interface PanelHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** The panel's language, resolved (`fr`, `en`…). */
  lang(): string;
  /** A configured text in the panel's language. */
  text(value: Text | undefined): string;
  /** Adds a stylesheet to the shadow root (constructable, so a strict CSP allows it). */
  adopt(styles: string): void;
  /** The page's consent store, if this element is the page's panel. */
  store(): ConsentStore | undefined;
  /** The preferences opened, their switches changed, or they closed. */
  announce(state: PreferencesState): void;
  /** Where focus goes when the dialog closes and its opener is gone: the manage button, when shown. */
  fallbackFocus(): HTMLElement | undefined;
  /** Redraws what the element draws itself (the manage button). */
  refresh(): void;
}

/** The UI drawn into one element. */
export interface PanelRenderer {
  /** Whether the preferences dialog is open. */
  readonly preferencesOpen: boolean;
  /** The pending render, if any: settles once it is done. */
  readonly updateComplete: Promise<unknown> | undefined;
  /** Draws the first layer and the dialog as the store now is. */
  update(): void;
  openPreferences(opener: Element | null): void;
  connect(): void;
  disconnect(): void;
}

export interface PanelUi {
  create(host: PanelHost): PanelRenderer;
  /** The drop-in's UI file also brings a bare drop-in's early first layer (runtime/early-layer.ts). */
  earlyLayer?: OpenEarlyLayer;
}

/** Where a loaded drop-in UI file leaves its `PanelUi` (see src/ui-drop-in.ts). */
export const UI_KEY = Symbol.for('consent-panel.ui');
