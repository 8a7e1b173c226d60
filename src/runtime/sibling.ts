/**
 * Loads files that sit next to the drop-in script (the panel's UI, the IAB
 * TCF module): from that script's own directory and nowhere else, with its
 * nonce, so that a strict CSP that allowed it allows them.
 */
export function siblingLoader(dropIn: HTMLScriptElement | null): (file: string) => Promise<void> {
  return (file) =>
    new Promise((resolve, reject) => {
      if (!dropIn?.src) return reject(new Error(`${file}: this consent-panel.js has no src to load it from`));
      const script = document.createElement('script');
      // With the drop-in's own query (its version, for caches): the two files go together.
      const url = new URL(file, dropIn.src);
      url.search = new URL(dropIn.src).search;
      script.src = url.href;
      if (dropIn.nonce) script.nonce = dropIn.nonce;
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => {
        script.remove();
        reject(new Error(`${script.src} could not be loaded`));
      });
      document.head.append(script);
    });
}
