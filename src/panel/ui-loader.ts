import type { PanelUi } from './panel-ui.js';

let loader: (() => Promise<PanelUi>) | undefined;
let loading: Promise<PanelUi> | undefined;

/** Set by the entry point: how this build gets the panel's UI (a sibling file, or a dynamic import). */
export function setUiLoader(load: () => Promise<PanelUi>): void {
  loader = load;
}

/** The panel's UI, loaded once; a failed load is tried again on the next call. */
export function loadUi(): Promise<PanelUi> {
  return (loading ??= (loader ? loader() : Promise.reject(new Error('no way to load the panel is set'))).catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
