import { guard } from '../core/report.js';
import type { ConsentPlugin, PluginContext, PreferencesState } from './plugin.js';

type Hook = 'collect' | 'change' | 'preferences';

/**
 * The page's plugins: registered in order, started once the state is known
 * (a plugin registered later starts at once, sees the page and learns of
 * open preferences), each hook contained so that a plugin that throws is
 * reported and stops neither the core nor the other plugins.
 */
export class PluginHost {
  private readonly _plugins: ConsentPlugin[] = [];
  private _context: PluginContext | undefined;
  /** The preferences as the element last announced them. */
  private _preferences: PreferencesState | undefined;

  add(plugins: ConsentPlugin[]): void {
    for (const plugin of plugins) {
      this._plugins.push(plugin);
      if (this._context) {
        this._call(plugin, 'start', this._context);
        this._call(plugin, 'collect', document);
        // The preferences may already be open: the plugin learns of them as the others did.
        if (this._preferences) this._call(plugin, 'preferences', this._preferences);
      }
    }
  }

  /** Starts every plugin, `first` (the built-in ones) ahead of those registered so far. */
  start(context: PluginContext, first: ConsentPlugin[]): void {
    this._plugins.unshift(...first);
    this._context = context;
    for (const plugin of this._plugins) this._call(plugin, 'start', context);
  }

  preferences(state: PreferencesState): void {
    this._preferences = state;
    this.each('preferences', state);
  }

  /** Calls one hook of every plugin, in registration order. */
  each<H extends Hook>(hook: H, arg: Parameters<NonNullable<ConsentPlugin[H]>>[0]): void {
    for (const plugin of this._plugins) this._call(plugin, hook, arg);
  }

  /** A plugin's hook, contained: what it throws is reported, and the core and the other plugins go on. */
  private _call<H extends Hook | 'start'>(plugin: ConsentPlugin, hook: H, arg: Parameters<NonNullable<ConsentPlugin[H]>>[0]): void {
    const fn = plugin[hook] as ((arg: unknown) => void) | undefined;
    if (fn) guard((value) => fn.call(plugin, value), arg, `the ${plugin.name} plugin (${hook})`);
  }
}
