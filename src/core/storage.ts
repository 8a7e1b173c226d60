import { reportWarning } from './report.js';

/** The little of `Storage` the store needs, so tests and hosts can supply their own. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/**
 * localStorage when it works; otherwise (blocked, full, throwing) a memory map
 * for the page, so a decision is never lost while the page lives.
 */
export function pageStorage(backing: Storage | undefined = safeLocalStorage()): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        return memory.get(key) ?? backing?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      // Without storage this throws too, and the memory map keeps the value.
      if (!write(backing, key, value)) {
        // Full storage: the older record left in place would come back on the
        // next page, however much more it grants. It goes, and the new one gets its room.
        this.remove(key);
        if (!write(backing, key, value)) {
          memory.set(key, value);
          return reportWarning('the decision could not be kept in localStorage; the next page asks again.');
        }
      }
      memory.delete(key);
    },
    remove(key) {
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        /* the memory copy is gone, which is what counts for this page */
      }
    },
  };
}

/** Whether `storage` took the value: read back, since site code wrapping localStorage may drop a write without a word. */
function write(storage: Storage | undefined, key: string, value: string): boolean {
  try {
    storage!.setItem(key, value);
    return storage!.getItem(key) === value;
  } catch {
    return false;
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
