// Release build step (run by scripts/post-build.mjs, trunk's post_build hook): splits the app's wasm so each section's views
// load when the section is first visited (trunk 0.21 cannot split: trunk-rs/trunk#1022).
//
// scripts/build.sh runs `trunk build --release --features split` with `--emit-relocs`; trunk
// compiles, runs wasm-bindgen and wasm-opt on the unsplit module and writes index.html. This hook
// then takes cargo's raw output and does the split pipeline instead:
//   wasm-split-cli      → the main module, one chunk per section, and the chunk loader (JS)
//   wasm-bindgen        → the main module's JS glue, under trunk's file name
//   wasm-opt -Oz        → every module
// and replaces trunk's files in the staging folder. Chunks and the loader get content-hashed
// names (the main module's name already carries trunk's hash), and index.html's integrity
// attributes are recomputed.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROUTE_CHUNKS } from "./route-chunks.mjs";

/**
 * Shared chunks are merged (tools/wasm-split-cli/merge-chunks.patch) while loading gets cheaper,
 * counting one more request as this many bytes of the unoptimised module (about 1 KiB gzip once
 * optimised; on a slow 4G link a request costs a round trip of about 150 ms, shared by six
 * connections). The splits a route loads together come from scripts/route-chunks.mjs; a route's
 * load counts three times, the pages every visit starts on, the login and the overview, nine
 * times (a load set given three times weighs three times). A split no route loads (the
 * facilitator's panel and its sections, the scenario file's check) is a load set of its own that
 * counts once: a citizen's page is not given more files so that a facilitator's section gets
 * fewer. What it gave, page by page, and why not a higher cost (+20 KiB on the login page for 1–4
 * fewer files per page): docs/performance.md, *Fewer wasm files*.
 */
export const MERGE_REQUEST_COST = 8192;
/** The pages every visit starts on. */
const FIRST_PAGES = ["/log-ind", "/"];
/** How many times a route's load counts, and a first page's. */
const ROUTE_WEIGHT = 3;
const FIRST_PAGE_WEIGHT = 9;

const run = (tool, args) => execFileSync(tool, args, { stdio: ["ignore", "inherit", "inherit"] });
/** A content hash for a file name (16 hex digits). */
export const hash = (bytes, length = 16) => createHash("sha256").update(bytes).digest("hex").slice(0, length);
/** A subresource-integrity value (sha384). */
export const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");

/** Splits cargo's raw release wasm (`raw`) into the trunk output in `staging`. */
export function splitWasm(staging, raw) {
  const js = readdirSync(staging).find((name) => /^mit-overblik-[0-9a-f]+\.js$/.test(name));
  if (!js) throw new Error(`split-wasm: no mit-overblik-<hash>.js in ${staging}`);
  const stem = js.slice(0, -".js".length);

  const work = mkdtempSync(join(tmpdir(), "mit-overblik-split-"));
  try {
    const split = join(work, "split");
    const bindgen = join(work, "bindgen");
    const loadSets = Object.entries(ROUTE_CHUNKS).flatMap(([route, splits]) =>
      Array(FIRST_PAGES.includes(route) ? FIRST_PAGE_WEIGHT : ROUTE_WEIGHT).fill(splits.join(",")),
    );
    run("wasm-split-cli", [
      raw, split, "--out-name", stem, "--target", "web",
      "--merge-request-cost", String(MERGE_REQUEST_COST),
      ...loadSets.flatMap((set) => ["--load-set", set]),
    ]);
    run("wasm-bindgen", [
      join(split, `${stem}.wasm`),
      "--out-dir", bindgen,
      "--out-name", stem,
      "--target", "web",
      "--no-typescript",
      "--keep-lld-exports",
      "--no-demangle",
    ]);

    // The chunks and the loader, renamed by content so a browser never mixes builds.
    const loaderName = "__wasm_split.js";
    let loader = readFileSync(join(split, loaderName), "utf8");
    const chunks = readdirSync(split).filter((name) => name.endsWith(".wasm") && name !== `${stem}.wasm`);
    for (const chunk of chunks) {
      const optimised = join(work, chunk);
      run("wasm-opt", ["-Oz", "--enable-reference-types", join(split, chunk), "--output", optimised]);
      const named = `${chunk.slice(0, -".wasm".length)}-${hash(readFileSync(optimised))}.wasm`;
      copyFileSync(optimised, join(staging, named));
      // Fetched with its integrity, so a chunk changed on the way is refused, not run.
      const fetched = `fetch(new URL("./${chunk}", import.meta.url))`;
      if (!loader.includes(fetched)) throw new Error(`split-wasm: the loader does not fetch ${chunk}`);
      const integrity = sri(readFileSync(optimised));
      loader = loader.replaceAll(fetched, `fetch(new URL("./${named}", import.meta.url), { integrity: "${integrity}" })`);
    }
    const hashedLoader = `__wasm_split-${hash(loader)}.js`;
    writeFileSync(join(staging, hashedLoader), loader);

    // The main module and its glue, under trunk's names.
    let glue = readFileSync(join(bindgen, `${stem}.js`), "utf8");
    // Only the JS imports change; the keys of the wasm's import object keep the module's name.
    const importOfLoader = `from "./${loaderName}"`;
    if (!glue.includes(importOfLoader)) throw new Error("split-wasm: the glue does not import the chunk loader");
    glue = glue.replaceAll(importOfLoader, `from "./${hashedLoader}"`);
    writeFileSync(join(staging, js), glue);
    run("wasm-opt", ["-Oz", "--enable-reference-types", join(bindgen, `${stem}_bg.wasm`), "--output", join(staging, `${stem}_bg.wasm`)]);
    try {
      const snippets = join(bindgen, "snippets");
      if (statSync(snippets).isDirectory()) run("cp", ["-r", snippets, staging]);
    } catch {}

    // index.html preloads the glue and the main module with integrity hashes: recompute them.
    const htmlPath = join(staging, "index.html");
    let html = readFileSync(htmlPath, "utf8");
    for (const file of [js, `${stem}_bg.wasm`]) {
      const integrity = sri(readFileSync(join(staging, file)));
      html = html.replace(
        new RegExp(`(href="[^"]*${file.replace(/[.]/g, "\\.")}"[^>]*integrity=")[^"]*(")`, "g"),
        `$1${integrity}$2`,
      );
    }
    writeFileSync(htmlPath, html);
    console.log(`split-wasm: ${chunks.length} chunks, loader ${hashedLoader}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
