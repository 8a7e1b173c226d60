import type { ConsentPlugin, PluginContext } from '../runtime/plugin.js';
import { tagEmbeds } from './embeds.js';
import { type Fetch, fetchWith } from './fetch.js';
import { KINDS } from './kind-pieces.js';
import { type Entry, REGISTRY, takePresets } from './registry.js';
import { type Drop, type Named, dropVendor, resolveVendor } from './resolve.js';
import { presetTag } from './tags.js';
import type { Preset, PresetVendor, TagKind } from './types.js';

/**
 * Vendor presets (docs/presets.md): a purpose's `vendors` may name a preset
 * (`"youtube"`, `{ preset: "google-analytics", id: "G-…" }`). Once a preset's
 * data is known, its vendor gets the preset's name, privacy link, retention,
 * cookies and storage keys (those the site did not give), its official tag
 * loads once its gate is granted (with its kind's loader), and its embeds wait
 * behind a placeholder.
 *
 * `load(name)` fetches a preset's data, or a piece holding tag loader kinds
 * (`kind-<piece>`), which arrive through the registry; it rejects when there
 * is none. `pieces` (src/presets/kind-pieces.ts) names the piece each preset
 * of the catalogue needs: those the configured presets need and the page does
 * not have are fetched alongside their data, all at once. Without `load` (a
 * site's presets file, usePresets()), only the presets the page already has
 * are known. A preset that does not come is reported and its vendor dropped.
 */
export function presetsPlugin(load?: (name: string) => Promise<void>, nonce = '', pieces?: Record<string, string>): ConsentPlugin {
  return knownPresets(nonce, load && fetchWith(load, pieces));
}

/**
 * The presets plugin itself: the presets the page has (the registry), and
 * those `fetchMissing` brings (none without it: the others are reported,
 * their vendors dropped, at once).
 */
export function knownPresets(nonce = '', fetchMissing?: Fetch): ConsentPlugin {
  let context: PluginContext | undefined;
  const waiting = new Map<string, Named[]>();
  const active: PresetVendor[] = [];
  const tags: (() => void)[] = [];
  const kinds = Object.create(null) as Record<string, TagKind>;
  const fetching = fetchMissing?.(kinds, (...args) => context!.report(...args));

  /** Embeds wait until every preset is known: which presets a URL matches is only sure then. */
  const embeds = (root: ParentNode) => {
    if (context && !waiting.size) tagEmbeds(root, active, context);
  };

  /** Ends on the store's current state: tags loaded or told, embeds tagged, the panel shown what changed. */
  const settle = (changed?: boolean) => {
    if (!context) return;
    if (changed) {
      // Gates of dropped vendors go; the panel shows the vendors' new names and links.
      context.store.reload('storage');
      (context.view() as { refresh?(): void } | undefined)?.refresh?.();
      embeds(document);
    }
    tags.forEach((sync) => sync());
  };

  /** A tag kind the page has or will get: any there is when what is missing is fetched, else those it has (a presets file, usePresets()). */
  const known = (kind: string) => (fetching ? KINDS.includes(kind) : kind == 'script' || kind in kinds);

  const drop: Drop = (named, at, value, problem) => {
    context!.report(named[0] + at, value, `${problem}; ${named[2].id} dropped.`);
    dropVendor(named);
  };

  /** The vendors waiting for preset `id`, given it (or, when it did not come, dropped). */
  const arrive = (id: string, preset?: Preset) => {
    const entries = waiting.get(id);
    // Only after start (the registry, the fetches): a preset no vendor waits for (any more) is left alone.
    if (!entries) return;
    waiting.delete(id);
    for (const named of entries) {
      const resolved = preset
        ? resolveVendor(named, preset, context!.store.config.purposes, drop, known)
        : drop(named, '.preset', id, 'is not a known preset');
      // Resolved (or dropped): the vendor no longer waits for a preset, and the drop-in script has no module to fetch for it.
      delete named[2].preset;
      if (resolved) active.push(resolved);
      if (resolved && preset!.tag) {
        tags.push(presetTag(resolved, context!.store, nonce, kinds));
        // A kind no preset of the catalogue in the configuration needs (a hand-made preset's): its piece, fetched now.
        fetching?.kind(preset!.tag.kind ?? '');
      }
    }
    settle(true);
  };

  /** A preset, or a piece's kinds: the tags waiting for them go on. */
  const take = (entry: Entry) => {
    // Page code may push anything: what is not an object is reported and ignored, never thrown back at it.
    if (!entry || typeof entry != 'object') context!.report(REGISTRY, entry, 'is not a preset; ignored.');
    else if ('kinds' in entry) {
      Object.assign(kinds, entry.kinds);
      settle();
    } else arrive(entry.id, entry);
  };

  return {
    name: 'presets',
    start(ctx) {
      context = ctx;
      ctx.store.config.purposes.forEach((purpose, i) =>
        purpose.vendors?.forEach((vendor, j) => {
          const id = vendor.preset?.preset as string | undefined;
          if (id) waiting.set(id, [...(waiting.get(id) ?? []), [`purposes[${i}].vendors[${j}]`, purpose, vendor]]);
        }),
      );
      const ids = fetching && [...waiting.keys()];
      // Presets and kinds already known (a bundle for the site, or imported) first; the others are fetched, all at once.
      takePresets(take);
      if (fetching) fetching.presets(ids!, [...waiting.keys()], arrive);
      else waiting.forEach((_, id) => arrive(id));
    },
    collect: embeds,
    change() {
      settle();
    },
  };
}
