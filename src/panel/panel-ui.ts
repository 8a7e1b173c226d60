import type { OpenEarlyLayer } from '../runtime/early-layer.js';
import type { ConsentStore } from '../core/store.js';
import type { Text } from '../core/types.js';
import type { PreferencesState } from '../runtime/plugin.js';

/**
 * The contract between `<consent-panel>`, which every page has (the core),
 * and the panel's UI, which is loaded only when there is something to show,
 * in two parts: the first layer (drawn with the DOM, consent-panel-banner.js),
 * fetched at once on a first visit, and the preferences dialog (lit-html,
 * consent-panel-ui.js), fetched when the reader opens the preferences.
 */

/** What the UI gets from the element it draws into. */
export interface PanelHost {
  /** The element; the first layer opens the preferences through its public openPreferences. */
  readonly element: HTMLElement & { openPreferences(opener: Element | null): Promise<void> };
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
  /** Another part of the panel's UI (the first layer asks for the theme check). */
  load: UiLoader;
}

/** The first layer drawn into one element. */
export interface FirstLayerRenderer {
  /** Draws the first layer as the store now is: nothing once the reader has decided. */
  update(): void;
  connect(): void;
  disconnect(): void;
}

/** The preferences dialog drawn into one element. */
export interface PanelRenderer {
  /** Whether the preferences dialog is open. */
  readonly preferencesOpen: boolean;
  /** Draws the dialog as the store now is. */
  update(): void;
  openPreferences(opener: Element | null): void;
}

/** The preferences dialog's part of the UI (consent-panel-ui.js, or panel/ui.ts for bundlers). */
export interface PanelUi {
  create(host: PanelHost): PanelRenderer;
}

/** The first layer's part of the UI (consent-panel-banner.js, or panel/banner-ui.ts for bundlers). */
export interface FirstLayerUi {
  create(host: PanelHost): FirstLayerRenderer;
}

/** The check of a site's theme colours, for one shadow root (theme-contrast.ts). */
export interface ThemeUi {
  create(root: ShadowRoot): { check(): void };
}

/**
 * The parts of the panel's UI, each a file of its own beside the drop-in script
 * (`consent-panel-<part>.js`) or a chunk for bundlers: the first layer, the
 * preferences dialog, the theme check (only for pages that set `--consent-*`
 * colours) and a bare drop-in's early first layer.
 */
export interface UiParts {
  banner: FirstLayerUi;
  ui: PanelUi;
  theme: ThemeUi;
  early: { create: OpenEarlyLayer };
}

export type UiPart = keyof UiParts;

/** How a build gets a part of the panel's UI. */
export type UiLoader = <P extends UiPart>(part: P) => Promise<UiParts[P]>;

/**
 * Where a loaded drop-in UI file leaves its part: `Symbol.for('consent-panel.banner')`
 * (src/banner-drop-in.ts), `…ui` (src/ui-drop-in.ts), `…theme` (src/theme-drop-in.ts),
 * `…early` (src/early-layer-drop-in.ts).
 */
export const uiKey = (part: UiPart): symbol => Symbol.for(`consent-panel.${part}`);
