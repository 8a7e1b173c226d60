/** Side-effect-free exports. `consent-panel/define.js` registers the element. */
import { DEFAULT_PURPOSES as defaultPurposes } from './core/default-purposes.js';
import { withPurposeTexts } from './i18n/purpose-texts.js';

export { ConsentStore, type StoreOptions } from './core/store.js';
export { normalizeConfig, mergeConfig, DEFAULT_EXPIRES_DAYS, MAX_EXPIRES_DAYS, DEFAULT_STORAGE_KEY } from './core/config.js';
export { readRecord, createRecord, expiryOf } from './core/record.js';
export { pageStorage, type KeyValueStore } from './core/storage.js';
/** The purposes a site gets when it configures none, with their French and English texts. */
export const DEFAULT_PURPOSES = withPurposeTexts(defaultPurposes, 'fr');
export { ConsentPanelElement } from './panel/consent-panel-element.js';
// The API's and the events' modules also type window.consentPanel, consentPanelQueue and
// consentPanelConfig, and document.addEventListener('consent-change', …), for any importer.
export type { ConsentPanelApi, ConsentQueueItem } from './runtime/api.js';
export type { ConsentReadyEvent } from './events/consent-ready.js';
export type { ConsentChangeEvent } from './events/consent-change.js';
export type { ConsentReceiptEvent, ConsentReceiptDetail } from './events/consent-receipt.js';
export type {
  ConsentConfig,
  ConsentConfigInput,
  ConsentDetail,
  ConsentListener,
  ConsentRecord,
  ConsentSource,
  GoogleConsentModeInput,
  GoogleConsentType,
  PurposeConfig,
  ReceiptsInput,
  TcfInput,
  VendorConfig,
  Text,
} from './core/types.js';
