import { reportError } from '../core/report.js';

// Taken when the script loads, before page code can replace it.
const { parse } = JSON;

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
