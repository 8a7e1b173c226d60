import { reportError } from '../core/report.js';
import { find, label, readGates, type GateCheck } from './gates.js';

const SELECTOR = ':is(iframe, img, video, audio, embed)[data-consent]';

/** Makes the element that stands in for a blocked embed, for the given gates. */
export type PlaceholderFactory = (embed: Element, gates: string) => Element;

interface Pending {
  embed: Element;
  gates: string;
  placeholder: Element | undefined;
}

/** `data-src` → `src` (and `data-srcset`), on the embed and its `<source>` children. */
function activate(embed: Element): void {
  for (const el of [embed, ...embed.querySelectorAll('source')]) {
    for (const name of ['src', 'srcset']) {
      const value = el.getAttribute(`data-${name}`);
      if (value !== null) el.setAttribute(name, value);
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
  private readonly seen = new WeakSet<Element>();
  private pending: Pending[] = [];

  constructor(
    private readonly check: GateCheck,
    private readonly placeholder: PlaceholderFactory,
  ) {}

  collect(root: ParentNode | Element): void {
    // A <source> arriving after its <video> or <audio>: look at the media element again.
    if (root instanceof Element && root.localName === 'source') root = root.parentElement ?? root;
    for (const embed of find(root, SELECTOR)) {
      if (this.seen.has(embed)) continue;
      if (!embed.hasAttribute('data-src') && !embed.hasAttribute('data-srcset') && !embed.querySelector('source[data-src], source[data-srcset]')) {
        // While the page is parsed, its <source> children may be yet to come.
        if (document.readyState !== 'loading') {
          this.seen.add(embed);
          reportError('data-src', null, `is missing on ${label(embed)}; nothing to load.`);
        }
        continue;
      }
      this.seen.add(embed);
      const gates = readGates(embed, this.check);
      if (!gates) continue;
      const entry: Pending = { embed, gates, placeholder: undefined };
      if (this.check.granted(gates)) activate(embed);
      else {
        entry.placeholder = this.placeholder(embed, gates);
        embed.replaceWith(entry.placeholder);
        this.pending.push(entry);
      }
    }
  }

  /** Loads every waiting embed whose gates are now granted, in place of its placeholder. */
  release(): void {
    this.pending = this.pending.filter(({ embed, gates, placeholder }) => {
      if (!this.check.granted(gates)) return true;
      activate(embed);
      placeholder?.replaceWith(embed);
      return false;
    });
  }
}
