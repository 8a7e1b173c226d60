// useConsent(gate), for Svelte 5 components: an object whose `granted` says
// whether a purpose (or `purpose/vendor`) is granted, kept up to date from
// consentPanel.onChange and unsubscribed when the component is destroyed.
export function useConsent(gate) {
  let granted = $state(false);
  $effect(() => {
    let stop;
    let mounted = true;
    (window.consentPanelQueue ||= []).push((api) => {
      if (!mounted) return;
      granted = api.granted(gate);
      stop = api.onChange(() => (granted = api.granted(gate)));
    });
    return () => {
      mounted = false;
      stop?.();
    };
  });
  return {
    get granted() {
      return granted;
    },
  };
}
