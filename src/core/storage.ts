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
      try {
        // Without storage this throws too, and the memory map keeps the value.
        backing!.setItem(key, value);
        memory.delete(key);
      } catch {
        memory.set(key, value);
      }
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

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
