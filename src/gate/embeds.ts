import { reportError } from '../core/report.js';
import { isWebUrl } from '../core/validate.js';
import { EMBED_SELECTOR } from './embed-selector.js';
import { find, label, readGates, type GateCheck } from './gates.js';

/** Makes the element that stands in for a blocked embed, for the given gates. */
export type PlaceholderFactory = (embed: Element, gates: string) => Element;

interface Pending {
  embed: Element;
  gates: string;
  placeholder: Element;
}

/**
 * `data-src` → `src` (and `data-srcset`), on the embed and its `<source>`
 * children, for http(s) and relative URLs only: an iframe would run a
 * `javascript:` one in the page. A srcset's every word must pass (`2x`, `480w`
 * read as relative URLs).
 */
function activate(embed: Element): void {
  for (const el of [embed, ...embed.querySelectorAll('source')]) {
    for (const name of ['src', 'srcset']) {
      const value = el.getAttribute(`data-${name}`);
      if (
        value !== null &&
        (name == 'src' ? [value] : value.split(/[\s,]+/)).every((url) => isWebUrl(`data-${name}`, url, document.baseURI, value))
      ) {
        el.setAttribute(name, value);
      }
    }
  }
  if (embed instanceof HTMLMediaElement && embed.querySelector('source')) embed.load();
}

/**
 * `<iframe data-consent="social/youtube" data-src="…">` (and img, video, audio,
 * embed) get their `src` once their gates are granted; until then a
 * placeholder stands in their place.
 */
export class EmbedGate {
  private readonly _seen = new WeakSet<Element>();
  private _pending: Pending[] = [];

  constructor(
    private readonly _check: GateCheck,
    private readonly _placeholder: PlaceholderFactory,
  ) {}

  collect(root: ParentNode | Element): void {
    // A <source> arriving after its <video> or <audio>: look at the media element again.
    if (root instanceof Element && root.localName === 'source') root = root.parentElement ?? root;
    for (const embed of find(root, EMBED_SELECTOR)) {
      if (this._seen.has(embed)) continue;
      if (
        !embed.hasAttribute('data-src') &&
        !embed.hasAttribute('data-srcset') &&
        !embed.querySelector('source[data-src], source[data-srcset]')
      ) {
        // While the page is parsed, its <source> children may be yet to come.
        if (document.readyState !== 'loading') {
          this._seen.add(embed);
          reportError('data-src', null, `is missing on ${label(embed)}; nothing to load.`);
        }
        continue;
      }
      this._seen.add(embed);
      const gates = readGates(embed, this._check);
      if (!gates) continue;
      if (this._check.granted(gates)) activate(embed);
      else {
        const placeholder = this._placeholder(embed, gates);
        embed.replaceWith(placeholder);
        this._pending.push({ embed, gates, placeholder });
      }
    }
  }

  /** Loads every waiting embed whose gates are now granted, in place of its placeholder. */
  release(): void {
    this._pending = this._pending.filter(({ embed, gates, placeholder }) => {
      if (!this._check.granted(gates)) return true;
      activate(embed);
      placeholder.replaceWith(embed);
      return false;
    });
  }
}
