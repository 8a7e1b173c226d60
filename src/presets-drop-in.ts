/**
 * dist/consent-panel-presets.js: the vendor presets module of the drop-in
 * script, which loads it from its own directory when a purpose's vendors name
 * a preset. Each preset's data comes from presets/<id>.js next to it, unless
 * the page already has it (a bundle built for the site, see docs/presets.md).
 */
import { PIECES } from './presets/kind-pieces.js';
import { presetsPlugin } from './presets/plugin.js';
import type { ConsentPlugin } from './runtime/plugin.js';

const me = document.currentScript as HTMLScriptElement | null;
const runtime = (window as unknown as Record<symbol, { use(...plugins: ConsentPlugin[]): void } | undefined>)[
  Symbol.for('consent-panel.runtime')
];
/** presets/<id>.js from this file's own directory, with its query (the version) and its nonce. */
const load = (id: string) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(`presets/${id}.js${new URL(me!.src).search}`, me!.src).href;
    script.nonce = me!.nonce;
    script.onload = () => resolve();
    script.onerror = () => (script.remove(), reject(new Error(script.src)));
    document.head.append(script);
  });
if (runtime && me?.src) runtime.use(presetsPlugin(load, me.nonce, PIECES));
else console.error('consent-panel: consent-panel-presets.js needs consent-panel.js first.');
