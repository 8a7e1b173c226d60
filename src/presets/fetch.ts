import type { PluginContext } from '../runtime/plugin.js';
import type { TagKind } from './types.js';

/**
 * How the presets module fetches what the page lacks: given the ids the
 * configuration names, those still missing, the kinds known, `arrive(id)` to
 * call once each missing preset has come or not, and the error reporter.
 */
export type Fetch = (
  ids: string[],
  missing: string[],
  kinds: Record<string, TagKind>,
  arrive: (id: string) => void,
  report: PluginContext['report'],
) => void;

/**
 * Fetches with `load` (one script per preset, `presets/<id>.js`, or per
 * piece, `presets/kind-<piece>.js`), all at once: the pieces that `pieces`
 * says the configured presets need and the page does not have, and the
 * missing presets. A preset fetched and yet not given (an error page served
 * as a script) is as unknown as one that is missing.
 */
export const fetchWith =
  (load: (name: string) => Promise<void>, pieces: Record<string, string> = {}): Fetch =>
  (ids, missing, kinds, arrive, report) => {
    for (const piece in pieces)
      if (!kinds[piece] && ids.some((id) => pieces[piece].split(' ').includes(id)))
        load(`kind-${piece}`).catch(() => report('presets', `kind-${piece}.js`, 'did not load: no tag of its kind loads.'));
    for (const id of missing) {
      const come = () => arrive(id);
      load(id).then(come, come);
    }
  };
