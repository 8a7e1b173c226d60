import type { PluginContext } from '../runtime/plugin.js';
import type { TagKind } from './types.js';

/** What the presets module fetches for the page: kinds' pieces, and presets. */
export interface Fetching {
  /** The piece of tag loader kind `kind`, unless the page has that kind, it was asked for already, or it has none. */
  kind(kind: string): void;
  /**
   * Given the ids the configuration names and those still missing: the pieces of the kinds the configured presets
   * of the catalogue need, and the missing presets, all at once; `arrive(id)` once each has come or not.
   */
  presets(ids: string[], missing: string[], arrive: (id: string) => void): void;
}

/** How the presets module fetches what the page lacks, given the kinds known and the error reporter. */
export type Fetch = (kinds: Record<string, TagKind>, report: PluginContext['report']) => Fetching;

/**
 * Fetches with `load` (one script per preset, `presets/<id>.js`, or per
 * kind, `presets/kind-<kind>.js`): the pieces that `pieces` says the
 * configured presets need and the page does not have, the piece of any other
 * preset's kind (a hand-made one) as it comes, and the missing presets. A
 * preset fetched and yet not given (an error page served as a script) is as
 * unknown as one that is missing.
 */
export const fetchWith =
  (load: (name: string) => Promise<void>, pieces: Record<string, string> = {}): Fetch =>
  (kinds, report) => {
    const asked = new Set<string>();
    const kind = (name: string) => {
      if (name in kinds || asked.has(name) || !Object.hasOwn(pieces, name)) return;
      asked.add(name);
      load(`kind-${name}`).catch(() => report('presets', `kind-${name}.js`, 'did not load: no tag of its kind loads.'));
    };
    return {
      kind,
      presets(ids, missing, arrive) {
        for (const piece in pieces) if (ids.some((id) => pieces[piece].split(' ').includes(id))) kind(piece);
        for (const id of missing) {
          const come = () => arrive(id);
          load(id).then(come, come);
        }
      },
    };
  };
