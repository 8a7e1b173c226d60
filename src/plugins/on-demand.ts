import type { ConsentDetail } from '../core/types.js';
import type { ConsentPlugin, PluginContext, PreferencesState } from '../runtime/plugin.js';
import { pageRuntime } from '../runtime/runtime.js';

/** When a plugin's code is needed: each hook says whether it is, now. */
export interface Demand {
  start?(): boolean;
  change?(detail: ConsentDetail): boolean;
  preferences?(state: PreferencesState): boolean;
}

/**
 * A small stand-in for a plugin whose code lives in another file (a sibling
 * of the drop-in script): it watches for what needs the plugin and, the
 * first time something does, loads it and registers it with the page's
 * runtime. A plugin registered late starts at once, on the store's current
 * state (runtime.use). A failed load is reported.
 */
export function onDemand(name: string, load: () => Promise<ConsentPlugin>, demand: (context: PluginContext) => Demand): ConsentPlugin {
  let asked = false;
  let tests: Demand = {};
  const want = (needed: boolean | undefined) => {
    if (!needed || asked) return;
    asked = true;
    load().then(
      (plugin) => pageRuntime().use(plugin),
      (error: unknown) => console.error(`consent-panel: the ${name} plugin could not be loaded:`, error),
    );
  };
  return {
    name,
    start(context) {
      tests = demand(context);
      want(tests.start?.());
    },
    change(detail) {
      want(tests.change?.(detail));
    },
    preferences(state) {
      want(tests.preferences?.(state));
    },
  };
}
