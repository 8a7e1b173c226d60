import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { ConsentPanelElement } from '../../src/panel/consent-panel-element.js';
import { disposeRuntime } from '../../src/runtime/dispose.js';
import { pageRuntime } from '../../src/runtime/runtime.js';

/** A fresh page state for each test: no runtime, no record, no panel. */
export function resetPage({ keepStorage = false } = {}): void {
  disposeRuntime(pageRuntime());
  if (!keepStorage) localStorage.clear();
  document.querySelectorAll('consent-panel').forEach((el) => el.remove());
  document.documentElement.lang = 'fr';
}

export async function mountPanel(template: TemplateResult = html`<consent-panel privacy-url="/privacy"></consent-panel>`) {
  const el = await fixture<ConsentPanelElement>(template);
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;

/** The element's buttons by their visible name. */
export function button(el: Element, name: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

/** The switch labelled by `label` (its aria-labelledby text). */
export function switchNamed(el: Element, label: string): HTMLElement {
  const root = shadow(el);
  const found = [...root.querySelectorAll<HTMLElement>('[role="switch"]')].find(
    (s) => root.getElementById(s.getAttribute('aria-labelledby')!)?.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no switch named ${label}`);
  return found;
}

export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function stored(key = 'consent-panel'): StoredRecord | null {
  const raw = localStorage.getItem(key);
  return raw ? (JSON.parse(raw) as StoredRecord) : null;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** The record as read back from localStorage. */
export interface StoredRecord {
  v: number;
  purposes: Record<string, boolean>;
  vendors: Record<string, boolean>;
  [key: string]: unknown;
}
