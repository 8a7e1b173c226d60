/**
 * Where a sibling file of the drop-in script (dist/consent-panel-embeds.js)
 * leaves what it brings (the placeholders), under a name, for the drop-in
 * script that loaded it. The
 * files are minified apart: they share only this key and public names.
 */
export const SIBLINGS_KEY = Symbol.for('consent-panel.siblings');

type Provided = Record<string, unknown>;

const holder = () => window as unknown as Record<symbol, Provided | undefined>;

/** Called by a sibling file: what it brings, for the drop-in script. */
export function provide(name: string, value: (...args: never[]) => unknown): void {
  (holder()[SIBLINGS_KEY] ??= Object.create(null) as Provided)[name] = value;
}

/**
 * What the sibling `file` provides as `name` (a function), loaded with
 * `loadSibling` when first asked for; a failed load rejects.
 */
export function fromSibling<T extends (...args: never[]) => unknown>(
  loadSibling: (file: string) => Promise<void>,
  file: string,
  name: string,
): () => Promise<T> {
  return () =>
    loadSibling(file).then(() => {
      const value = holder()[SIBLINGS_KEY]?.[name];
      // Served, but not that file (an HTML error page, another version).
      if (typeof value !== 'function') throw new Error(`${file} did not provide ${name}`);
      return value as T;
    });
}
