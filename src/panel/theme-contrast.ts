import { reportWarning } from '../core/report.js';

/**
 * Checks a site's theme (`--consent-*` colours) against WCAG AA when the
 * panel's UI is drawn: text on its background needs 4.5:1 (1.4.3), controls
 * and the focus ring 3:1 against what is next to them (1.4.11). A pair below
 * that gets a console warning naming its properties and values; when it
 * cannot be read at all (transparent, invalid, or under 1.5:1, such as the
 * same colour twice) both colours also fall back to the panel's defaults.
 * Lives in the panel's UI file: a returning reader never downloads it.
 */

/** The panel's default colours, as base-styles.ts and ui-styles.ts write them. */
const DEFAULTS: Record<string, string> = {
  text: '#1a1a1a',
  background: '#fff',
  link: '#0b4f8a',
  'button-text': '#fff',
  accent: '#0b4f8a',
  focus: '#c2410c',
};

/** Foreground, background, least contrast. */
const PAIRS: [string, string, number][] = [
  ['text', 'background', 4.5],
  ['link', 'background', 4.5],
  ['button-text', 'accent', 4.5],
  ['accent', 'background', 3],
  ['focus', 'background', 3],
];

/**
 * Paints `color` on the 1 × 1 canvas, over what is there (so a translucent
 * colour is measured as it shows); false when it is transparent or not a
 * colour (the canvas keeps its transparent default, which it reads back so).
 */
function paint(context: CanvasRenderingContext2D, color: string): boolean {
  context.fillStyle = '#0000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return context.fillStyle != 'rgba(0, 0, 0, 0)';
}

const pixel = (context: CanvasRenderingContext2D) => [...context.getImageData(0, 0, 1, 1).data];

/** WCAG 2 relative luminance. */
const luminance = (color: number[]) =>
  [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => {
    const c = color[i] / 255;
    return sum + weight * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);

export function contrast(a: number[], b: number[]): number {
  const [x, y] = [luminance(a) + 0.05, luminance(b) + 0.05];
  return Math.max(x, y) / Math.min(x, y);
}

/**
 * Checks the theme `host` inherits; returns the CSS that puts the defaults
 * back for unreadable pairs (empty when there is none), for a sheet adopted
 * after the panel's own. Each message is given once per page (`said`).
 */
export function checkTheme(host: Element, said: Set<string>): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return '';
  const style = getComputedStyle(host);
  const colors: Record<string, string> = {};
  for (const name in DEFAULTS) colors[name] = style.getPropertyValue(`--consent-${name}`).trim() || DEFAULTS[name];
  const fallback: string[] = [];
  for (const [fg, bg, least] of PAIRS) {
    // The background over a white page, then the foreground over it.
    paint(context, '#fff');
    const shown = paint(context, colors[bg]);
    const back = pixel(context);
    const visible = paint(context, colors[fg]);
    const ratio = contrast(pixel(context), back);
    if (ratio >= least) continue;
    const unreadable = !shown || !visible || ratio < 1.5;
    const value = colors[fg];
    // Values clipped: a page's megabyte-long property is not echoed whole.
    const message = `--consent-${fg} ${value.slice(0, 99)} on --consent-${bg} ${colors[bg].slice(0, 99)}: contrast ${ratio.toFixed(2)}:1 < ${least}:1`;
    if (unreadable) for (const name of [fg, bg]) fallback.push(`--consent-${name}:${(colors[name] = DEFAULTS[name]!)}!important`);
    if (said.has(message)) continue;
    reportWarning(unreadable ? `${message}, unreadable: the defaults are used for both` : message);
    said.add(message);
  }
  return fallback.length ? `:host{${fallback.join(';')}}` : '';
}

/** The check for one shadow root, with the sheet that holds its fallbacks (constructable only: a strict CSP allows no <style>). */
class ThemeGuard {
  private readonly _said = new Set<string>();
  private readonly _sheet = 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : undefined;

  constructor(private readonly _root: ShadowRoot) {
    if (this._sheet) _root.adoptedStyleSheets = [..._root.adoptedStyleSheets, this._sheet];
  }

  /** Checks the theme as the page now sets it, this sheet's own fallbacks left out. */
  check(): void {
    try {
      this._sheet?.replaceSync('');
      this._sheet?.replaceSync(checkTheme(this._root.host, this._said));
    } catch (error) {
      // A check that fails (a browser without canvas pixels) never keeps the panel from showing.
      console.error('consent-panel: theme check failed:', error);
    }
  }
}

/** Where a shadow root keeps its guard: the first layer's file and the dialog's each have this module, and share the one guard. */
const GUARD = Symbol.for('consent-panel.theme');

/** The guard of `root`, made by whichever file came first (so a warning is given once per page, and one fallback sheet applies). */
export const themeGuard = (root: ShadowRoot): { check(): void } =>
  ((root as unknown as Record<symbol, ThemeGuard | undefined>)[GUARD] ??= new ThemeGuard(root));
