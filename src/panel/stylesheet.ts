/** Tags a CSS template (for editors and the build's minifier); no interpolation. */
export const css = (strings: TemplateStringsArray): string => strings.join('');

/** One sheet per text, shared by every shadow root that uses it. */
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds styles to a shadow root as a shared constructable stylesheet: allowed under a strict CSP (`style-src 'self'`), unlike a
 * `<style>` element, which remains the fallback for browsers without
 * constructable stylesheets (Safari before 16.4).
 */
export function adoptStyles(root: ShadowRoot, text: string): void {
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sheets.set(text, sheet);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = text;
    root.append(style);
  }
}
