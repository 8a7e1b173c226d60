/**
 * `import { configHash } from 'consent-panel/config-hash.js'`: the receipts'
 * `configHash`, for a receiver, an auditor or a test that recomputes it (no
 * DOM: Node 20+ or a browser). docs/receipts.md says what it covers.
 */
export { canonicalJson, configHash, hashedConfig, sha256Hex, CONFIG_HASH_VERSION } from './plugins/receipts/config-hash.js';
export { normalizeConfig } from './core/config.js';
