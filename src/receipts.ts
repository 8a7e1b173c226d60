/**
 * Receipts (proof of consent) for bundlers: `import 'consent-panel/receipts.js'`
 * next to `consent-panel/define.js` sends each decision's receipt when the
 * configuration has `receipts`. (The drop-in script loads
 * dist/consent-panel-receipts.js by itself instead.)
 */
import { startReceipts } from './plugins/receipts/plugin.js';
import { pageRuntime } from './runtime/runtime.js';

export { ReceiptsPlugin, startReceipts, RECEIPTS_KEY, type ReceiptsRuntime } from './plugins/receipts/plugin.js';
export { canonicalJson, configHash, hashedConfig, CONFIG_HASH_VERSION } from './plugins/receipts/config-hash.js';
export type { Receipt, ReceiptAction } from './plugins/receipts/receipt.js';
export type { ReceiptStatus } from './plugins/receipts/outbox.js';
export type { ConsentReceiptDetail, ConsentReceiptEvent } from './events/consent-receipt.js';

// Imported while a server renders the page: there is no page to send from.
if (typeof window !== 'undefined') {
  const runtime = pageRuntime();
  void runtime.api.ready.then(() => {
    if (runtime.store?.config.receipts) startReceipts(runtime);
  });
}
