/** The one-script-tag build: registers the element and starts consent at once. */
import './define.js';
import { pageRuntime } from './runtime/runtime.js';

// The IAB TCF module sits next to this script and loads only when `tcf` is
// configured (a second copy of this script adds a second tag: the module runs once).
const src = (document.currentScript as HTMLScriptElement | null)?.src;
try {
  const runtime = pageRuntime();
  runtime.autostart();
  runtime.api.ready.then(() => {
    if (runtime.store!.config.tcf && src) {
      document.head.append(Object.assign(document.createElement('script'), { src: new URL('consent-panel-tcf.js', src) }));
    }
  });
} catch (error) {
  console.error('consent-panel: could not start:', error);
}
