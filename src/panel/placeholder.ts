import { adoptStyles } from './stylesheet.js';
import { html, render } from 'lit/html.js';
import type { PurposeConfig } from '../core/types.js';
import { localize, MESSAGES, resolveLang } from '../i18n/index.js';
import { styles } from './styles.js';

export interface PlaceholderContext {
  purposes: PurposeConfig[];
  lang: string | undefined;
  allow(gates: string): void;
  manage(opener: Element): void;
}

/** Vendor names (or purpose labels) and purpose labels of the gates, for the text. */
function describeGates(gates: string, context: PlaceholderContext, lang: string) {
  const names: string[] = [];
  const purposes: string[] = [];
  for (const gate of gates.split(' ')) {
    const [purposeId, vendorId] = gate.split('/');
    const purpose = context.purposes.find((p) => p.id === purposeId)!;
    const label = localize(purpose.label, lang);
    names.push(vendorId ? purpose.vendors!.find((v) => v.id === vendorId)!.name : label);
    if (!purposes.includes(label)) purposes.push(label);
  }
  return { name: names.join(', '), purpose: purposes.join(', ') };
}

/**
 * What stands in a blocked embed's place: it says what the embed is and lets
 * the reader allow it. It takes the embed's box (width and height, or its
 * classes) so nothing moves when the embed loads.
 */
export function createPlaceholder(embed: Element, gates: string, context: PlaceholderContext): Element {
  const host = document.createElement('div');
  host.className = embed.className;
  // The box the embed has (borders included), else its width and height
  // attributes; an embed sized by its classes is sized by them here too.
  const box = embed.className ? { width: 0, height: 0 } : embed.getBoundingClientRect();
  const width = box.width ? String(box.width) : embed.getAttribute('width');
  const height = box.height ? String(box.height) : embed.getAttribute('height');
  const px = (value: string) => (/^[\d.]+$/.test(value) ? `${value}px` : value);
  // CSSOM writes are allowed under a strict CSP, unlike style attributes in markup.
  if (width) host.style.width = px(width);
  if (width && height && /^[\d.]+$/.test(width + height)) host.style.aspectRatio = `${width} / ${height}`;
  else if (height) host.style.height = px(height);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, styles);
  const lang = resolveLang(context.lang);
  const t = MESSAGES[lang]!;
  const { name, purpose } = describeGates(gates, context, lang);
  render(
    html`<div part="placeholder" class="placeholder" role="region" aria-label=${t.blocked(name)} lang=${lang}>
      <p>${t.placeholder(name, purpose)}</p>
      <div class="actions">
        <button part="button allow" class="button" type="button" @click=${() => context.allow(gates)}>${t.allow}</button>
        <button part="button manage" class="button link" type="button" @click=${(e: Event) => context.manage(e.currentTarget as Element)}>${t.manage}</button>
      </div>
    </div>`,
    root,
  );
  return host;
}
