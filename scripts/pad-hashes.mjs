// trunk names a file by its content hash written as a hex number without leading zeros, so about
// one build in sixteen names the main module `mit-overblik-582ff56ce54dc50_bg.wasm` (15 digits).
// The caching rules (scripts/headers.mjs, deploy/nginx.conf.template) know a hashed file by its
// 16 digits, and would serve such a module without its year-long cache. The first step after
// trunk: pads each of trunk's hashes to 16 digits, in the file's name and wherever the build's
// text files name it.
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SHORT_HASH = /^(.+)-([0-9a-f]{1,15})((?:_bg)?\.[a-z0-9]+)$/;
const TEXT = /\.(html|js|css|json|webmanifest)$/;

/** Pads the short hashes in `staging`'s file names; the files renamed, as `old → new`. */
export function padHashes(staging) {
  const names = readdirSync(staging);
  const renames = new Map();
  for (const name of names) {
    const match = SHORT_HASH.exec(name);
    if (match) renames.set(`${match[1]}-${match[2]}`, `${match[1]}-${match[2].padStart(16, "0")}`);
  }
  if (renames.size === 0) return [];
  const done = [];
  for (const name of names.filter((n) => TEXT.test(n))) {
    const path = join(staging, name);
    const text = readFileSync(path, "utf8");
    let changed = text;
    for (const [from, to] of renames) changed = changed.replace(new RegExp(`${from}(?=[._])`, "g"), to);
    if (changed !== text) writeFileSync(path, changed);
  }
  for (const name of readdirSync(staging)) {
    const match = SHORT_HASH.exec(name);
    if (!match) continue;
    const to = `${renames.get(`${match[1]}-${match[2]}`)}${match[3]}`;
    renameSync(join(staging, name), join(staging, to));
    done.push(`${name} → ${to}`);
  }
  return done;
}
