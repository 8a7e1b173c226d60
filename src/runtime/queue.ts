import { guard, reportError } from '../core/report.js';
import type { ConsentPanelApi, ConsentQueueItem } from './api.js';

function call(item: unknown, api: ConsentPanelApi): void {
  if (typeof item === 'function') guard(item as ConsentQueueItem, api, 'consentPanelQueue');
  else reportError('consentPanelQueue item', item, 'is not a function; skipped.');
}

/**
 * Calls what page code pushed onto `window.consentPanelQueue` before the state
 * was known, then calls whatever is pushed later at once.
 */
export function drainQueue(api: ConsentPanelApi): void {
  const queue = Array.isArray(window.consentPanelQueue) ? window.consentPanelQueue : [];
  if (window.consentPanelQueue !== undefined && queue !== window.consentPanelQueue) {
    reportError('consentPanelQueue', window.consentPanelQueue, 'is not an array; replaced.');
  }
  const waiting = queue.splice(0);
  queue.push = (...items: ConsentQueueItem[]) => {
    items.forEach((item) => call(item, api));
    return queue.length;
  };
  window.consentPanelQueue = queue;
  waiting.forEach((item) => call(item, api));
}
