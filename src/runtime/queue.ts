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
  const given = window.consentPanelQueue;
  const array = Array.isArray(given);
  if (given !== undefined && !array) reportError('consentPanelQueue', given, 'is not an array; replaced.');
  // The page's own array is kept (its code may hold on to it) unless it is frozen: then it is read and replaced.
  const queue = array && Object.isExtensible(given) ? given : [];
  const waiting = array ? [...given] : [];
  queue.length = 0;
  // Defined, not assigned: with Array.prototype frozen (SES lockdown), assigning
  // a `push` the array inherits throws.
  Object.defineProperty(queue, 'push', {
    configurable: true,
    writable: true,
    value: (...items: ConsentQueueItem[]) => {
      items.forEach((item) => call(item, api));
      return queue.length;
    },
  });
  window.consentPanelQueue = queue;
  waiting.forEach((item) => call(item, api));
}
