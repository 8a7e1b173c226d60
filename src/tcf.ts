/**
 * The IAB TCF v2.3 module for bundlers: `import 'consent-panel/tcf.js'` next
 * to `consent-panel/define.js` starts the CMP API for the page's panel when
 * its configuration has `tcf`. (The drop-in script loads
 * dist/consent-panel-tcf.js by itself instead.)
 */
import { startTcf } from './bridges/tcf/bridge.js';
import { setTcfTextsLoader } from './bridges/tcf/ui/messages.js';
import { importTcfTexts } from './i18n/tcf/index.js';
import { pageRuntime } from './runtime/runtime.js';

export { startTcf, TcfBridge, TCF_KEY, type TcfRuntime } from './bridges/tcf/bridge.js';
export { installStub } from './bridges/tcf/stub.js';
export { encodeTcString } from './bridges/tcf/encode.js';
export { computeSignals } from './bridges/tcf/signals.js';
export { DEFAULT_PURPOSE_MAP } from './bridges/tcf/purpose-map.js';
export { readTcfSettings } from './bridges/tcf/settings.js';
export type { StoredTcf, TcfChoices, TcfSettings, TcfSignals } from './bridges/tcf/types.js';

setTcfTextsLoader(importTcfTexts);
// Imported while a server renders the page: no CMP API to start there.
if (typeof window !== 'undefined') {
  const runtime = pageRuntime();
  void runtime.api.ready.then(() => {
    if (runtime.store?.config.tcf) startTcf(runtime);
  });
}
