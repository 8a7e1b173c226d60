import { RUNTIME, type ConsentRuntime } from './runtime.js';

/**
 * Stops everything a runtime started, so that the next `pageRuntime()` starts
 * afresh: for tests and single-page hosts. A separate module, so that the
 * drop-in script, which never needs it, does not carry it.
 */
export function disposeRuntime(runtime: ConsentRuntime): void {
  runtime.store?.dispose();
  runtime.observer?.disconnect();
  window.removeEventListener('storage', runtime.onStorage);
  document.removeEventListener('click', runtime.onClick);
  runtime.listeners.clear();
  const holder = window as unknown as Record<symbol, ConsentRuntime | undefined>;
  if (holder[RUNTIME] === runtime) {
    delete holder[RUNTIME];
    delete window.consentPanel;
  }
}
