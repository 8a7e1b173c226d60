import type { UiLoader, UiPart } from './panel-ui.js';

let loader: UiLoader | undefined;
/** Each part of the UI, loading or loaded (its name is one of this code's, never the page's). */
const loading: Partial<Record<UiPart, Promise<unknown>>> = {};

/** Set by the entry point: how this build gets each part of the panel's UI (a sibling file, or a dynamic import). */
export function setUiLoader(load: UiLoader): void {
  loader = load;
}

/** A part of the panel's UI (panel-ui.ts, UiParts), loaded once; a failed load is tried again on the next call. */
export const loadUi: UiLoader = (part) =>
  (loading[part] ??= (loader ? loader(part) : Promise.reject(new Error('no way to load the panel is set'))).catch((error: unknown) => {
    loading[part] = undefined;
    throw error;
  })) as never;
