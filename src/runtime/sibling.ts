/**
 * Loads files that sit next to the drop-in script (the panel's UI, the IAB
 * TCF module): from that script's own directory and nowhere else, with its
 * nonce, so that a strict CSP that allowed it allows them.
 */
export function siblingLoader(dropIn: HTMLScriptElement | null): (file: string) => Promise<void> {
  return (file) =>
    new Promise((resolve, reject) => {
      if (!dropIn?.src) return reject(new Error(`${file} is loaded from the directory of consent-panel.js, and this copy of it has no src`));
      const script = document.createElement('script');
      script.src = new URL(file, dropIn.src).href;
      if (dropIn.nonce) script.nonce = dropIn.nonce;
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error(`${script.src} could not be loaded`)));
      document.head.append(script);
    });
}
