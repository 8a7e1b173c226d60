import { adoptStyles } from './stylesheet.js';
import type { PurposeConfig } from '../core/types.js';
import type { messages, resolveLang, shownLang, whenLanguage } from '../i18n/index.js';
import { localize } from '../i18n/index.js';
import { dirOf, fill } from '../i18n/pack.js';
import { placeholderText } from '../i18n/placeholder-texts.js';
import { withPurposeLabels } from '../i18n/purpose-texts.js';
import { baseStyles } from './base-styles.js';
import { placeholderStyles } from './placeholder-styles.js';

export interface PlaceholderContext {
  purposes: PurposeConfig[];
  lang: string | undefined;
  allow(gates: string): void;
  manage(opener: Element): void;
  /**
   * The core's languages, lent by the plugin: the placeholders may come in a
   * file of their own (consent-panel-embeds.js), which must wait for the
   * language file the core loads, not start a copy of its own.
   */
  texts: { resolveLang: typeof resolveLang; whenLanguage: typeof whenLanguage; shownLang: typeof shownLang; messages: typeof messages };
}

/** Vendor names (or purpose labels) and purpose labels of the gates, for the text. */
function describeGates(gates: string, context: PlaceholderContext, lang: string) {
  const names: string[] = [];
  const purposes: string[] = [];
  for (const gate of gates.split(' ')) {
    const [purposeId, vendorId] = gate.split('/');
    const purpose = withPurposeLabels(context.purposes, lang).find((p) => p.id === purposeId)!;
    const label = localize(purpose.label, lang);
    names.push(vendorId ? purpose.vendors!.find((v) => v.id === vendorId)!.name : label);
    if (!purposes.includes(label)) purposes.push(label);
  }
  return { name: names.join(', '), purpose: purposes.join(', ') };
}

/**
 * What stands in a blocked embed's place: it says what the embed is and lets
 * the reader allow it. It takes the embed's layout so nothing moves when the
 * embed loads.
 */
export function createPlaceholder(embed: Element, gates: string, context: PlaceholderContext): Element {
  const host = document.createElement('div');
  host.className = embed.className;
  // The embed's layout, as custom properties that `:host` in styles reads, so
  // that the page's rules for these classes win, as they do over the embed's
  // own attributes: its display (an iframe is inline: it sits on the text
  // baseline, with a gap below it that a block would lose), its vertical-align,
  // and the box it has (borders included), else, for an embed sized by its
  // classes or an img (without a src, it shows its alt text, not its box), its
  // width and height attributes. CSSOM writes are allowed under a strict CSP.
  const box = embed.className || embed.localName == 'img' ? { width: 0, height: 0 } : embed.getBoundingClientRect();
  const style = getComputedStyle(embed);
  for (const name of ['display', 'vertical-align', 'width', 'height']) {
    let value = String(
      (box as Record<string, number | undefined>)[name] ||
        (name in box ? embed.getAttribute(name) || 'auto' : style.getPropertyValue(name)),
    );
    if (/^[\d.]+$/.test(value)) value += 'px';
    host.style.setProperty(`--consent-${name}`, value == 'inline' ? 'inline-block' : value);
  }
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, baseStyles);
  adoptStyles(root, placeholderStyles);
  const { resolveLang, whenLanguage, shownLang, messages } = context.texts;
  const wanted = resolveLang(context.lang, embed);
  // Drawn once the texts are there: a returning reader's language file may still be on its way.
  const draw = () => {
    const lang = shownLang(wanted);
    const t = messages(lang);
    const { name, purpose } = describeGates(gates, context, lang);
    // Plain DOM, not lit-html: a returning reader's page may show placeholders without ever loading the panel's UI.
    const region = element(root, 'div', {
      part: 'placeholder',
      class: 'placeholder',
      role: 'region',
      'aria-label': fill(t.blocked, { name }),
      lang,
      dir: dirOf(lang),
    });
    element(region, 'p').textContent = fill(placeholderText(lang, t), { name, purpose });
    const actions = element(region, 'div', { class: 'actions' });
    element(actions, 'button', { type: 'button', part: 'button allow', class: 'button' }, () => context.allow(gates)).textContent = t.allow;
    const manage = element(actions, 'button', { type: 'button', part: 'button manage', class: 'button link' }, () =>
      context.manage(manage),
    );
    manage.textContent = t.manage;
  };
  const wait = whenLanguage(wanted);
  if (wait) void wait.then(draw);
  else draw();
  return host;
}

/** Appends a new element with attributes (and a click handler) to `parent`. */
function element(parent: ParentNode, tag: string, attributes: Record<string, string> = {}, onClick?: () => void): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (onClick) el.addEventListener('click', onClick);
  parent.append(el);
  return el;
}
