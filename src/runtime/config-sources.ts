import { mergeConfig } from '../core/config.js';
import { parse } from '../core/json.js';
import { reportError } from '../core/report.js';

/** Attributes and the configuration keys they set: `expires-days` → `expiresDays`. */
const ATTRIBUTES = ['lang', 'revision', 'expires-days', 'storage-key', 'privacy-url', 'cookie-domain'];

/**
 * The configuration written as attributes: on a `<consent-panel>` (`prefix`
 * ''), or on the drop-in's own `<script>` tag (`prefix` 'data-':
 * `data-privacy-url`, `data-revision`…).
 */
export function attributeConfig(element: Element, prefix = ''): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const attribute of ATTRIBUTES) {
    const value = element.getAttribute(prefix + attribute);
    if (value !== null) config[attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value;
  }
  if (element.hasAttribute(`${prefix}no-manage-button`)) config.manageButton = false;
  return config;
}

/** The configuration in a `<script type="application/json">` child of a `<consent-panel>`. */
export function jsonChildConfig(element: Element): unknown {
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  try {
    return parse(script.textContent ?? '');
  } catch (error) {
    reportError(
      '<consent-panel> JSON configuration',
      (script.textContent ?? '').trim(),
      `is not valid JSON (${(error as Error).message}); ignored.`,
    );
    return undefined;
  }
}

/** The element's attributes over its JSON child over the script tag's `data-*` over `window.consentPanelConfig`. */
export function rawConfig(scriptConfig: Record<string, unknown>, view: Element | null | undefined): Record<string, unknown> {
  return mergeConfig(window.consentPanelConfig, scriptConfig, view && jsonChildConfig(view), view && attributeConfig(view));
}

/** Whether the browser sends Global Privacy Control. */
export const gpcSignal = () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
