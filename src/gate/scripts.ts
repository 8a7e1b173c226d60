import { reportWarning } from '../core/report.js';
import { isWebUrl } from '../core/validate.js';
import { find, label, readGates, type GateCheck } from './gates.js';

const SELECTOR = 'script[data-consent]';
/** Attributes that describe the blocked tag rather than the script to run. */
const NOT_COPIED = new Set(['type', 'data-consent', 'data-src', 'data-type', 'src', 'nonce']);

/**
 * What the gate needs from consent. A source that can also `subscribe` (the
 * store) lets the gate start the downloads first when consent changes.
 */
export interface ScriptConsent extends GateCheck {
  subscribe?(listener: () => void): () => void;
}

interface Pending {
  element: HTMLScriptElement;
  gates: string;
}

/**
 * Runs `<script type="text/plain" data-consent="…">` once its gates are granted,
 * in document order: a script with a `src` finishes loading before the next
 * gated one runs, unless it is `async`.
 */
export class ScriptGate {
  private readonly _seen = new WeakSet<Element>();
  private _pending: Pending[] = [];
  /** Found while the parser may still be writing their code: taken up once it has moved on. */
  private readonly _unparsed = new Set<HTMLScriptElement>();
  /** Settles once every script released so far has run. */
  private _tail: Promise<void> = Promise.resolve();
  /** Whether an inline script waits in `tail` for earlier ones. */
  private _waiting = false;

  constructor(private readonly _check: ScriptConsent) {
    // Subscribed before anything else listens to the store (the runtime creates
    // the gate first): on a decision, the granted scripts' downloads start as
    // soon as the record is stored, before the cookie clean-up, Consent Mode's
    // update, the rendering and the events, which a browser fetch need not wait
    // for. No gated code runs any sooner: a script with a src runs in a later
    // task, inline code in a microtask once the whole change is handled.
    _check.subscribe?.(() => this.release());
  }

  /** Picks up gated scripts under `root` (the page at start, added nodes later). */
  collect(root: ParentNode | Element): void {
    let added = false;
    for (const element of [...find<HTMLScriptElement>(root, SELECTOR), ...this._unparsed]) {
      if (this._seen.has(element)) continue;
      if (!parsed(element)) {
        // A page arriving in pieces: inline code cut at a network chunk would run truncated.
        this._unparsed.add(element);
        continue;
      }
      this._unparsed.delete(element);
      this._seen.add(element);
      if (element.type !== 'text/plain') {
        reportWarning(`${label(element)} is not type="text/plain": it runs without waiting for consent.`);
        continue;
      }
      const gates = readGates(element, this._check);
      if (gates) {
        this._pending.push({ element, gates });
        added = true;
      }
    }
    if (added) {
      this._pending.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      this.release();
    }
  }

  /** Runs, in order, every pending script whose gates are now all granted. */
  release(): void {
    const ready = this._pending.filter((p) => this._check.granted(p.gates));
    this._pending = this._pending.filter((p) => !ready.includes(p));
    for (const { element } of ready) {
      if (element.hasAttribute('async') && hasSrc(element)) {
        void run(element);
      } else if (hasSrc(element) && !this._waiting) {
        // In at once with async=false: the browser loads such scripts in
        // parallel and runs them in the order they were inserted.
        const loaded = run(element);
        this._tail = Promise.all([this._tail, loaded]).then(() => {});
      } else {
        // Inline code, or a script behind one: it runs when the earlier ones have.
        const next = (this._tail = this._tail.then(() => run(element)));
        this._waiting = true;
        void next.then(() => this._tail === next && (this._waiting = false));
      }
    }
  }
}

/**
 * Whether the parser is done with an element: the document is parsed, or
 * something already follows the element (the parser adds nodes in order).
 */
function parsed(element: Element): boolean {
  // Only inline code can be cut; a src is whole once the element exists.
  if (document.readyState !== 'loading' || hasSrc(element)) return true;
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

const hasSrc = (element: Element) => element.hasAttribute('src') || element.hasAttribute('data-src');

/**
 * Inserts the script a blocked one stands for; settles when it has run (or
 * failed to load, or has a src that is not http(s) or relative: a `data:` one
 * would run whatever it holds).
 */
function run(blocked: HTMLScriptElement): Promise<void> {
  const field = blocked.hasAttribute('src') ? 'src' : 'data-src';
  const src = blocked.getAttribute(field);
  if (src && !isWebUrl(field, src, document.baseURI)) return Promise.resolve();
  const script = document.createElement('script');
  for (const { name, value } of Array.from(blocked.attributes)) {
    if (!NOT_COPIED.has(name)) script.setAttribute(name, value);
  }
  // After parsing, the nonce lives only in the property: the attribute reads empty.
  if (blocked.nonce) script.nonce = blocked.nonce;
  const type = blocked.getAttribute('data-type');
  if (type) script.type = type;
  const waits = !!src && !blocked.hasAttribute('async');
  const done = new Promise<void>((resolve) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      reportWarning(`gated script ${src} failed to load; the next ones run anyway.`);
      resolve();
    });
    if (!waits) resolve();
  });
  if (src) {
    script.src = src;
    if (waits) script.async = false;
  } else {
    script.text = blocked.text;
  }
  if (blocked.parentNode) blocked.after(script);
  else document.head.append(script);
  return done;
}
