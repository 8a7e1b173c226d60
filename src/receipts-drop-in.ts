/**
 * dist/consent-panel-receipts.js: the receipts module of the drop-in script,
 * which loads it from its own directory when the configuration has
 * `receipts`. It uses the page's runtime, whichever copy of the script made it.
 */
import { startReceipts, type ReceiptsRuntime } from './plugins/receipts/plugin.js';

const runtime = (window as unknown as Record<symbol, ReceiptsRuntime | undefined>)[Symbol.for('consent-panel.runtime')];
if (runtime) {
  startReceipts(runtime);
} else {
  console.error('consent-panel: consent-panel-receipts.js needs consent-panel.js, loaded first.');
}
