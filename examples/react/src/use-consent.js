// useConsent(gate): whether a purpose (or `purpose/vendor`) is granted, kept
// up to date from consentPanel.onChange, unsubscribed when the component
// unmounts. On the server (no window) nothing is granted.
import { useSyncExternalStore } from 'react';

function subscribe(notify) {
  let stop;
  let mounted = true;
  // The queue calls back once the consent state is known (at once if it already is).
  (window.consentPanelQueue ||= []).push((api) => {
    if (!mounted) return;
    stop = api.onChange(notify);
    notify();
  });
  return () => {
    mounted = false;
    stop?.();
  };
}

export function useConsent(gate) {
  const granted = useSyncExternalStore(
    subscribe,
    () => window.consentPanel?.granted(gate) === true,
    () => false,
  );
  return { granted, open: () => window.consentPanel?.open() };
}
