// useConsent(gate): a ref that says whether a purpose (or `purpose/vendor`)
// is granted, kept up to date from consentPanel.onChange and unsubscribed
// when the component unmounts.
import { onMounted, onUnmounted, ref } from 'vue';

export function useConsent(gate) {
  const granted = ref(false);
  let stop;
  let mounted = false;
  onMounted(() => {
    mounted = true;
    (window.consentPanelQueue ||= []).push((api) => {
      if (!mounted) return;
      granted.value = api.granted(gate);
      stop = api.onChange(() => (granted.value = api.granted(gate)));
    });
  });
  onUnmounted(() => {
    mounted = false;
    stop?.();
  });
  return granted;
}
