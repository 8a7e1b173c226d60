import type { PurposeConfig } from './types.js';

/**
 * Marks the list of default purposes, across the drop-in script and its
 * sibling files (which are built apart).
 */
export const DEFAULT_PURPOSES_KEY = Symbol.for('consent-panel.defaults');

/**
 * The purposes a site gets when it configures none. Sites declare their own vendors.
 *
 * Their labels start empty and they have no description: only the modules
 * that show them (the panel's UI, the embeds' placeholders, the receipts'
 * configuration hash) need the texts, and they bring them
 * (i18n/purpose-texts.ts: French and English, and a loaded language file's),
 * so a returning reader's page does not download them.
 */
export const DEFAULT_PURPOSES: PurposeConfig[] = /* @__PURE__ */ Object.assign(
  [
    // Without a prototype: a field a purpose does not have (`required`, `exempt`) is never answered by an
    // Object.prototype that page code wrote to.
    { __proto__: null, id: 'necessary', required: true, label: {} },
    { __proto__: null, id: 'analytics', label: {} },
    { __proto__: null, id: 'ads', gpc: true, label: {} },
    { __proto__: null, id: 'social', label: {} },
    { __proto__: null, id: 'personalization', label: {} },
  ],
  { [DEFAULT_PURPOSES_KEY]: 1 },
);
