import type { ConsentConfig, PurposeConfig, Text } from '../../core/types.js';
import { en } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';
import { localize } from '../../i18n/index.js';
import { loadedPack } from '../../i18n/pack.js';
import { panelMessages } from '../../i18n/panel.js';
import { PLACEHOLDER_TEXTS } from '../../i18n/placeholder-texts.js';
import { withPurposeTexts } from '../../i18n/purpose-texts.js';

/** The version of what `configHash` covers: it changes whenever hashedConfig does. */
export const CONFIG_HASH_VERSION = 1;

/**
 * JSON with object keys sorted by UTF-16 code units and no whitespace, as
 * RFC 8785 (JSON Canonicalization Scheme) writes plain data: the same data
 * gives the same text in any language that implements it. Keys whose value is
 * undefined are left out, as JSON.stringify leaves them out; no `toJSON` is
 * called.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function purposeShown(purpose: PurposeConfig, lang: string) {
  const text = (value: Text | undefined) => (value === undefined ? undefined : localize(value, lang));
  return {
    id: purpose.id,
    label: text(purpose.label),
    description: text(purpose.description),
    required: !!purpose.required,
    gpc: purpose.gpc,
    vendors: purpose.vendors?.map((vendor) => ({
      id: vendor.id,
      name: vendor.name,
      privacyUrl: vendor.privacyUrl,
      retention: text(vendor.retention),
      cookies: vendor.cookies,
      storageKeys: vendor.storageKeys,
    })),
  };
}

/**
 * What `configHash` covers, as plain data: the configuration that shapes what
 * the reader is asked and what a choice means (revision, expiry, privacy
 * link, manage button, Global Privacy Control, every purpose and vendor with
 * its texts in the language shown), and every text the panel shows in that
 * language (the first layer, the preferences, the manage button and the
 * placeholders). docs/receipts.md lists each field.
 */
export function hashedConfig(config: ConsentConfig, lang: string) {
  // As the core and the panel's UI show them: French, English, or a loaded language over English.
  const core =
    lang == 'fr' ? { ...fr, placeholder: PLACEHOLDER_TEXTS.fr } : { ...en, placeholder: PLACEHOLDER_TEXTS.en, ...loadedPack(lang)?.core };
  const panel = panelMessages(lang);
  return {
    hashVersion: CONFIG_HASH_VERSION,
    lang,
    revision: config.revision,
    expiresDays: config.expiresDays,
    privacyUrl: config.privacyUrl,
    manageButton: config.manageButton,
    respectGpc: config.respectGpc,
    purposes: withPurposeTexts(config.purposes, lang).map((purpose) => purposeShown(purpose, lang)),
    texts: {
      core: { ...core },
      panel: { ...panel },
    },
  };
}

/** SHA-256 of a text's UTF-8 bytes, in lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The receipts' `configHash`: SHA-256 hex of `canonicalJson(hashedConfig(config, lang))`.
 * Works wherever `crypto.subtle` does: browsers (secure contexts) and Node 20+.
 */
export function configHash(config: ConsentConfig, lang: string): Promise<string> {
  return sha256Hex(canonicalJson(hashedConfig(config, lang)));
}
