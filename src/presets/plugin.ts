import type { ConsentStore } from '../core/store.js';
import type { PurposeConfig, VendorConfig } from '../core/types.js';
import type { ConsentPlugin, PluginContext } from '../runtime/plugin.js';
import { tagEmbeds } from './embeds.js';
import { takePresets } from './registry.js';
import { dropVendor, resolveVendor } from './resolve.js';
import { presetTag } from './tags.js';
import type { Preset, PresetVendor } from './types.js';

interface Waiting {
  field: string;
  purpose: PurposeConfig;
  vendor: VendorConfig;
}

/**
 * Vendor presets (docs/presets.md): a purpose's `vendors` may name a preset
 * (`"youtube"`, `{ preset: "google-analytics", id: "G-…" }`). Once a preset's
 * data is known, its vendor gets the preset's name, privacy link, retention,
 * cookies and storage keys (those the site did not give), its official tag
 * loads once its gate is granted, and its embeds wait behind a placeholder.
 *
 * `load(id)` fetches a preset's data (it arrives through the registry) and
 * rejects when there is none: the vendor is reported and dropped.
 */
export function presetsPlugin(load: (id: string) => Promise<void>, nonce = ''): ConsentPlugin {
  let context: PluginContext | undefined;
  const waiting = new Map<string, Waiting[]>();
  const active: PresetVendor[] = [];
  const tags: (() => void)[] = [];

  /** Embeds wait until every preset is known: which presets a URL matches is only sure then. */
  const embeds = (root: ParentNode) => {
    if (context && !waiting.size) tagEmbeds(root, active, context);
  };

  /** Ends on the store's current state: tags loaded or told, embeds tagged, the panel shown what changed. */
  const settle = (store: ConsentStore, changed: boolean) => {
    if (changed) {
      // Gates of dropped vendors go; the panel shows the vendors' new names and links.
      store.reload('storage');
      (context!.view() as { refresh?(): void } | undefined)?.refresh?.();
      embeds(document);
    }
    tags.forEach((sync) => sync());
  };

  const arrive = (preset: Preset) => {
    const entries = waiting.get(preset.id);
    if (!context || !entries) return;
    waiting.delete(preset.id);
    const { store } = context;
    for (const { field, purpose, vendor } of entries) {
      const resolved = resolveVendor(field, purpose, vendor, preset, store.config.purposes, context.report);
      if (!resolved) {
        dropVendor(purpose, vendor);
        continue;
      }
      active.push(resolved);
      if (preset.tag) tags.push(presetTag(resolved, store, nonce));
    }
    settle(store, true);
  };

  return {
    name: 'presets',
    start(ctx) {
      context = ctx;
      ctx.store.config.purposes.forEach((purpose, i) =>
        purpose.vendors?.forEach((vendor, j) => {
          const id = vendor.preset?.preset as string | undefined;
          if (!id) return;
          const list = waiting.get(id) ?? [];
          list.push({ field: `purposes[${i}].vendors[${j}]`, purpose, vendor });
          waiting.set(id, list);
        }),
      );
      // Presets already known (a bundle for the site, or imported) first; the others are fetched.
      takePresets(arrive);
      for (const id of waiting.keys()) {
        // Fetched and yet not given (an error page served as a script): as unknown as one that is missing.
        const missing = () => {
          const entries = waiting.get(id);
          if (!entries) return;
          waiting.delete(id);
          for (const { field, purpose, vendor } of entries) {
            ctx.report(`${field}.preset`, id, `is not a known preset (see the README's vendor list); ${vendor.id} dropped.`);
            dropVendor(purpose, vendor);
          }
          settle(ctx.store, true);
        };
        load(id).then(missing, missing);
      }
    },
    collect(root) {
      embeds(root);
    },
    change() {
      if (context) settle(context.store, false);
    },
  };
}
