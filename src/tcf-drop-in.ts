/**
 * dist/consent-panel-tcf.js: the IAB TCF module of the drop-in script, which
 * loads it from its own directory when the configuration has `tcf`. It uses
 * the page's runtime, whichever copy of the script made it.
 */
import { startTcf, type TcfRuntime } from './bridges/tcf/bridge.js';

const runtime = (window as unknown as Record<symbol, TcfRuntime | undefined>)[Symbol.for('consent-panel.runtime')];
if (runtime) {
  startTcf(runtime);
} else {
  console.error('consent-panel: consent-panel-tcf.js needs consent-panel.js, loaded first.');
}
