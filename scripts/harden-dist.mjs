// Release build step (run by scripts/post-build.mjs after the split and the asset steps, before
// compression): makes dist/index.html work under a strict Content-Security-Policy and checks
// every file it loads.
//   1. trunk's inline start-up script becomes a file of its own (`start-<hash>.js`), loaded
//      with integrity; it fetches the main wasm with its integrity, so the preload is used.
//   2. Every script, module preload and stylesheet of this origin gets an
//      `integrity` (sha384) where trunk did not write one; the chunk loader is module-preloaded
//      with its hash (the chunks themselves are fetched with theirs: scripts/split-wasm.mjs).
//   3. The policy (scripts/headers.mjs) goes in a meta tag first in <head>, for hosts that
//      cannot send headers, and dist/_headers carries the same headers for static hosts that
//      read that file (Netlify, Cloudflare Pages); nginx and the Node server derive theirs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { appPolicy, docsPolicy, SECURITY_HEADERS } from "./headers.mjs";
import { hash, sri } from "./split-wasm.mjs";


/** Hardens `staging`'s index.html in place; returns what it did, for the build log. */
export function hardenDist(staging) {
  const htmlPath = join(staging, "index.html");
  let html = readFileSync(htmlPath, "utf8");
  const local = (href) => join(staging, href.replace(/^\//, ""));

  // 1. The start-up script, out of line.
  const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
  if (!inline) throw new Error("harden-dist: trunk's start-up script is missing from index.html");
  let start = inline[1].trim() + "\n";
  const wasmPath = start.match(/module_or_path: '([^']+\.wasm)'/)?.[1];
  if (!wasmPath) throw new Error("harden-dist: the start-up script does not name the main wasm");
  start = start.replace(
    `module_or_path: '${wasmPath}'`,
    `module_or_path: fetch('${wasmPath}', { integrity: '${sri(readFileSync(local(wasmPath)))}' })`,
  );
  const startName = `start-${hash(start)}.js`;
  writeFileSync(join(staging, startName), start);
  html = html.replace(
    inline[0],
    `<script type="module" src="/${startName}" integrity="${sri(Buffer.from(start))}" crossorigin="anonymous"></script>`,
  );

  // 2. The chunk loader is imported by the glue: preload it with its hash.
  const loader = readdirSync(staging).find((name) => /^__wasm_split-[0-9a-f]+\.js$/.test(name));
  if (loader && !html.includes(`/${loader}"`)) {
    html = html.replace("</head>", `<link rel="modulepreload" href="/${loader}" crossorigin="anonymous"></head>`);
  }
  let checked = 0;
  html = html.replace(/<(script|link)\b[^>]*>/g, (tag) => {
    const href = tag.match(/\s(?:src|href)="(\/[^"]+)"/)?.[1];
    const kind = tag.match(/\srel="([^"]+)"/)?.[1] ?? "script";
    // Chromium ignores (and warns about) integrity on a preload `as="fetch"`: the wasm's own
    // fetch carries it instead (step 1).
    if (/\sas="fetch"/.test(tag)) return tag.replace(/\sintegrity="[^"]*"/, "");
    const wanted = tag.startsWith("<script") || ["modulepreload", "stylesheet"].includes(kind);
    if (!href || !wanted || !existsSync(local(href))) return tag;
    checked++;
    const integrity = sri(readFileSync(local(href)));
    if (/\sintegrity="/.test(tag)) return tag.replace(/\sintegrity="[^"]*"/, ` integrity="${integrity}"`);
    return tag.replace(/\s*\/?>$/, (end) => ` integrity="${integrity}"${end.includes("/") ? " />" : ">"}`);
  });

  // 3. The policy, first in <head> so it covers everything after it.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${appPolicy(html, { forMeta: true })}" />`;
  html = html.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
  if (!html.includes(meta)) throw new Error("harden-dist: no <meta charset> to put the policy after");
  // The one inline script allowed is the frame's (scripts/frames.mjs), by its hash in the policy.
  if (/<script type="module">/.test(html)) throw new Error("harden-dist: an inline module script is left");
  writeFileSync(htmlPath, html);

  // dist/_headers: the same headers for static hosts that read it.
  const docs = join(staging, "api", "dokumentation", "index.html");
  const lines = ["/*", ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), `  Content-Security-Policy: ${appPolicy(html)}`];
  if (existsSync(docs)) lines.push("/api/dokumentation/*", `  Content-Security-Policy: ${docsPolicy(readFileSync(docs, "utf8"))}`);
  writeFileSync(join(staging, "_headers"), lines.join("\n") + "\n");
  return `start-up script ${startName}, ${checked} files with integrity, policy in a meta tag and _headers`;
}
