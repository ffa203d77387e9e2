// Release build step (run by scripts/post-build.mjs): writes `<file>.br` (brotli, quality 11) and
// `<file>.gz` (gzip -9) beside every text and wasm asset, so a static server can send them as
// they are with `Content-Encoding` (nginx: `brotli_static on; gzip_static on;`, see README).
// A compressed copy that is not smaller than the file is not written.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The kinds of file worth compressing (fonts and images are compressed already). */
export const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".wasm", ".yaml", ".md", ".txt"]);

/** Every file below `dir`. */
export function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Compresses every compressible file below `dir`; returns how many copies were written. */
export function compressDir(dir) {
  let written = 0;
  for (const file of walk(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const bytes = readFileSync(file);
    const copies = {
      ".br": brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          [constants.BROTLI_PARAM_MODE]: extname(file) === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        },
      }),
      ".gz": gzipSync(bytes, { level: 9 }),
    };
    for (const [suffix, compressed] of Object.entries(copies)) {
      if (compressed.length < bytes.length) {
        writeFileSync(file + suffix, compressed);
        written += 1;
      }
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? "dist";
  console.log(`compress-dist: ${compressDir(dir)} compressed copies in ${dir}`);
}
