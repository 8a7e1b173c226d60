import { reportError } from '../core/report.js';

/** What a gated element needs from consent: which gates exist and which are granted. */
export interface GateCheck {
  knows(gate: string): boolean;
  granted(gates: string): boolean;
}

/** Short description of an element for messages: `<script src="…">`. */
export function label(element: Element): string {
  const src = element.getAttribute('src') ?? element.getAttribute('data-src');
  return `<${element.localName}${src ? ` src="${src}"` : ''} data-consent="${element.getAttribute('data-consent')}">`;
}

/**
 * The gates of a `data-consent` attribute, or null (reported) when one of them
 * names nothing configured: such an element never runs.
 */
export function readGates(element: Element, check: GateCheck): string | null {
  const value = element.getAttribute('data-consent') ?? '';
  const gates = value.split(/\s+/).filter(Boolean);
  const unknown = gates.filter((gate) => !check.knows(gate));
  if (gates.length && !unknown.length) return gates.join(' ');
  reportError(
    'data-consent',
    gates.length ? unknown.join(' ') : value,
    `names no configured purpose or purpose/vendor; ${label(element)} stays blocked.`,
  );
  return null;
}

/**
 * `root` itself and its descendants that match. While the page is parsed,
 * elements arrive one by one and childless, so most calls need no search.
 */
export function find<T extends Element>(root: ParentNode | Element, selector: string): T[] {
  const found = root instanceof Element && root.matches(selector) ? [root as T] : [];
  if (root.firstElementChild) found.push(...root.querySelectorAll<T>(selector));
  return found;
}
