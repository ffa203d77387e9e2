// Where the first view's bytes go: attributes the main module's code to crates and to the app's
// own modules, from the function names rustc leaves in the module before wasm-opt strips them.
// It splits cargo's raw release wasm again (wasm-split-cli, as scripts/split-wasm.mjs does) and
// reads the main module's code section and name section; data (read-only strings, tables) is
// reported as one line. Sizes are the functions' bodies before wasm-opt, so they are larger than
// the shipped module; the shares are what this table is for. Written up in docs/performance.md.
// Usage: node scripts/wasm-attribution.mjs [target/wasm32-unknown-unknown/release/mit-overblik.wasm] [--top 40]
//        [--functions OWNER]   (then the largest functions of one owner instead of the table)
//        [--module split_calendar]   (a chunk instead of the main module)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const top = Number(args.includes("--top") ? args[args.indexOf("--top") + 1] : 40);
const only = args.includes("--functions") ? args[args.indexOf("--functions") + 1] : null;
const module = args.includes("--module") ? args[args.indexOf("--module") + 1] : "main";
const raw = args.find((a, i) => !a.startsWith("--") && !["--top", "--functions", "--module"].includes(args[i - 1])) ?? "target/wasm32-unknown-unknown/release/mit-overblik.wasm";

/** A LEB128 reader over `bytes`, from `at`. */
function reader(bytes, at = 0) {
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
    }
  };
  return { leb, skip: (n) => (at += n), get at() { return at; }, str: (n) => Buffer.from(bytes.subarray(at, (at += n))).toString("utf8") };
}

/** The sections of a wasm module: id, name (custom sections) and payload. */
function sections(bytes) {
  const r = reader(bytes, 8);
  const out = [];
  while (r.at < bytes.length) {
    const id = bytes[r.at];
    r.skip(1);
    const size = r.leb();
    const end = r.at + size;
    const name = id === 0 ? r.str(r.leb()) : null;
    out.push({ id, name, payload: bytes.subarray(r.at, end) });
    r.skip(end - r.at);
  }
  return out;
}

/** Function index → name (the name section's function names). */
function functionNames(section) {
  const names = new Map();
  if (!section) return names;
  const r = reader(section.payload);
  while (r.at < section.payload.length) {
    const kind = r.leb();
    const size = r.leb();
    const end = r.at + size;
    if (kind === 1) {
      const count = r.leb();
      for (let i = 0; i < count; i++) {
        const index = r.leb();
        names.set(index, r.str(r.leb()));
      }
    }
    r.skip(end - r.at);
  }
  return names;
}

/** The function bodies' sizes, by function index (imports come first). */
function bodySizes(all) {
  const imports = all.find((s) => s.id === 2);
  let imported = 0;
  if (imports) {
    const r = reader(imports.payload);
    const count = r.leb();
    for (let i = 0; i < count; i++) {
      r.skip(r.leb());
      r.skip(r.leb());
      const kind = imports.payload[r.at];
      r.skip(1);
      if (kind === 0) {
        r.leb();
        imported++;
      } else if (kind === 1) {
        r.skip(1);
        const flags = r.leb();
        r.leb();
        if (flags & 1) r.leb();
      } else if (kind === 2) {
        const flags = r.leb();
        r.leb();
        if (flags & 1) r.leb();
      } else if (kind === 3) r.skip(2);
      else if (kind === 4) { r.skip(1); r.leb(); }
    }
  }
  const code = all.find((s) => s.id === 10);
  const r = reader(code.payload);
  const count = r.leb();
  const sizes = [];
  for (let i = 0; i < count; i++) {
    const size = r.leb();
    sizes.push({ index: imported + i, size, body: code.payload.subarray(r.at, r.at + size) });
    r.skip(size);
  }
  return sizes;
}

/** The path segments of a legacy-mangled Rust symbol (`_ZN7web_sys8features…E`), else `[]`. */
function segments(symbol) {
  const match = /^_ZN(.*)E(?: .*)?$/.exec(symbol);
  if (!match) return [];
  const out = [];
  let rest = match[1];
  while (/^\d/.test(rest)) {
    const length = Number(/^\d+/.exec(rest)[0]);
    const start = String(length).length;
    out.push(rest.slice(start, start + length));
    rest = rest.slice(start + length);
  }
  return out;
}

/** The owner of a function: the app's module (two levels below the crate), or the crate. */
function owner(symbol) {
  // v0 mangling (`_RNv…Cs<hash>_5alloc3fmt6format`): the first crate named in it.
  const v0 = /^_R.*?C[s0-9A-Za-z]*?_(\d+)([A-Za-z_][A-Za-z0-9_]*)/.exec(symbol);
  if (v0) return v0[2].slice(0, Number(v0[1]));
  const parts = segments(symbol);
  if (parts.length === 0) return symbol ? "(wasm-bindgen descriptors and shims)" : "(no name)";
  let [first] = parts;
  // `<serde_json::de::X as serde::de::Y>::z`: the implementing type's crate and path.
  if (first.startsWith("_$LT$")) {
    const inner = first.slice(5).replace(/^\$RF\$|^mut\$u20\$|^dyn\$u20\$/g, "").split("$u20$as$u20$")[0].split("..");
    if (inner[0] === "mit_overblik") return `mit_overblik::${inner.slice(1, 3).filter((p) => /^[a-z_]+$/.test(p)).join("::")}`;
    first = /^[a-z_][a-z0-9_]*$/.test(inner[0]) ? inner[0] : "(impls on std types)";
    return first;
  }
  if (first === "mit_overblik") return `mit_overblik::${parts.slice(1, 3).filter((p) => /^[a-z_]+$/.test(p)).join("::")}`;
  return first;
}

const dir = mkdtempSync(join(tmpdir(), "attribution-"));
try {
  execFileSync("wasm-split-cli", [raw, dir, "--out-name", "main", "--target", "web"], { stdio: "ignore" });
  const bytes = readFileSync(join(dir, `${module}.wasm`));
  const all = sections(bytes);
  const names = functionNames(all.find((s) => s.name === "name"));
  const groups = new Map();
  for (const { index, size, body } of bodySizes(all)) {
    const key = owner(names.get(index) ?? "");
    const group = groups.get(key) ?? { size: 0, count: 0, bodies: [], functions: [] };
    group.size += size;
    group.count++;
    group.bodies.push(body);
    group.functions.push([size, names.get(index) ?? `#${index}`]);
    groups.set(key, group);
  }
  if (only) {
    const functions = (groups.get(only)?.functions ?? []).sort((a, b) => b[0] - a[0]);
    for (const [size, name] of functions.slice(0, top)) console.log(`${(size / 1024).toFixed(1).padStart(7)} KiB  ${name}`);
    process.exit(0);
  }
  const data = all.filter((s) => s.id === 11).reduce((n, s) => n + s.payload.length, 0);
  const codeTotal = [...groups.values()].reduce((n, g) => n + g.size, 0);
  const kib = (n) => (n / 1024).toFixed(1);
  console.log(`${module} module before wasm-opt: ${kib(bytes.length)} KiB raw (code ${kib(codeTotal)} KiB, data ${kib(data)} KiB, names and other sections the rest)\n`);
  console.log("| owner | functions | code KiB | share of code | gzip KiB (alone) |\n|---|---:|---:|---:|---:|");
  const rows = [...groups.entries()].sort((a, b) => b[1].size - a[1].size);
  for (const [key, group] of rows.slice(0, top)) {
    const gz = gzipSync(Buffer.concat(group.bodies), { level: 9 }).length;
    console.log(`| ${key} | ${group.count} | ${kib(group.size)} | ${((100 * group.size) / codeTotal).toFixed(1)} % | ${kib(gz)} |`);
  }
  const rest = rows.slice(top).reduce((n, [, g]) => n + g.size, 0);
  if (rest) console.log(`| ${rows.length - top} more | | ${kib(rest)} | ${((100 * rest) / codeTotal).toFixed(1)} % | |`);
  console.log(`| data (strings, tables) | | ${kib(data)} | | ${kib(gzipSync(Buffer.concat(all.filter((s) => s.id === 11).map((s) => s.payload)), { level: 9 }).length)} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
