import type { ConsentConfig, PurposeConfig, Text } from '../../core/types.js';
import { localize, MESSAGES } from '../../i18n/index.js';
import { PANEL_MESSAGES } from '../../i18n/panel.js';

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

/** A core text that takes parameters (a placeholder's), written with `{1}`, `{2}` in their place. */
function template(text: unknown): unknown {
  return typeof text === 'function' ? (text as (...args: string[]) => string)('{1}', '{2}', '{3}') : text;
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
  const core = MESSAGES[lang] ?? MESSAGES.fr;
  const panel = PANEL_MESSAGES[lang] ?? PANEL_MESSAGES.fr;
  return {
    hashVersion: CONFIG_HASH_VERSION,
    lang,
    revision: config.revision,
    expiresDays: config.expiresDays,
    privacyUrl: config.privacyUrl,
    manageButton: config.manageButton,
    respectGpc: config.respectGpc,
    purposes: config.purposes.map((purpose) => purposeShown(purpose, lang)),
    texts: {
      core: Object.fromEntries(Object.entries(core).map(([key, text]) => [key, template(text)])),
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
