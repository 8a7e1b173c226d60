// Bytes a reader downloads: raw, gzip -9 and brotli quality 11. Shared by the
// size budgets (scripts/size.mjs) and the benchmark (bench/), so both agree.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function compressedSizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}
