// Bytes a page pays for: raw, gzip -9 and brotli quality 11, as scripts/size.mjs measures dist/.
import { compressedSizes } from '../scripts/compressed-sizes.mjs';

const total = (files) => {
  const sum = (k) => files.reduce((n, f) => n + f[k], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
};

/** Sizes of the files served at these URL paths (`read(path)` gives the bytes), each compressed on its own as a server would, and their sums. */
export function fileSizes(paths, read) {
  return total(paths.map((path) => ({ path, ...compressedSizes(read(path)) })));
}

/** Sizes of a piece of markup (compressed alone: an upper bound of what it adds to a compressed page). */
export function textSizes(text) {
  return total([{ path: '(inline)', ...compressedSizes(Buffer.from(text)) }]);
}
