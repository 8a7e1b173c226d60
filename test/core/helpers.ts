import type { KeyValueStore } from '../../src/core/storage.js';

/** A storage that keeps its writes where a test can read them, and can be made to throw. */
export class MemoryStorage implements KeyValueStore {
  data = new Map<string, string>();
  throws = false;
  get(key: string) {
    if (this.throws) throw new Error('blocked');
    return this.data.get(key) ?? null;
  }
  set(key: string, value: string) {
    if (this.throws) throw new Error('blocked');
    this.data.set(key, value);
  }
  remove(key: string) {
    this.data.delete(key);
  }
}

/** Captures console.error and console.warn while `fn` runs. */
export function captureConsole<T>(fn: () => T): { result: T; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: fn(), errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

export const DAY = 86_400_000;

/** A record as read back from storage, for assertions (tcf: what the TCF module kept in it). */
export interface StoredRecord {
  v: number;
  id: string;
  purposes: Record<string, boolean>;
  vendors: Record<string, boolean>;
  tcf?: unknown;
  [key: string]: unknown;
}
