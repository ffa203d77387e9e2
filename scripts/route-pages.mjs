// Release build step (run by scripts/post-build.mjs after the hardening, before compression): a
// page for each route address, so a visitor who opens or reloads that address sees that page's
// frame at once (scripts/frames.mjs) and fetches the route's chunks in parallel with the main
// module instead of one round after it. `dist/<route>/index.html` is the app page with the
// route's frame in <body> and a `<link rel="preload" as="fetch">` for every wasm file the route's
// section needs (its chunk and the shared chunks it depends on, read from the chunk loader),
// and in `<meta name="mit-overblik-next">` those of the page that usually comes next (`PREFETCH`),
// which the app prefetches once the page is on screen (`page::lazy::prefetch_next_page`);
// `dist/index.html` is the overview's, and `dist/shell.html` carries the neutral frame for every
// address without a page of its own (a case, an unknown address). nginx and the Node server
// answer `/sager` with `sager/index.html` when it exists, and with `shell.html` otherwise.
// tests/e2e/headers.spec.ts checks each page against the wasm files the app really fetches there.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bodyWithFrame } from "./frames.mjs";
import { ROUTE_CHUNKS } from "./route-chunks.mjs";

/** The wasm files the loader fetches for `splits` and everything they depend on. */
function filesOf(loader, splits) {
  const loads = new Map();
  const pattern = /(?:const (__chunk_\d+)|export const __wasm_split_load_(\w+)) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+\.wasm)"[^\n]*\n[\s\S]*?\n\}\s*,\s*\[([^\]]*)\]/g;
  for (const [, chunk, name, file, deps] of loader.matchAll(pattern)) {
    loads.set(chunk ?? `split:${name}`, { file, deps: deps.split(",").map((d) => d.trim()).filter(Boolean) });
  }
  const files = new Set();
  const visit = (key) => {
    const load = loads.get(key);
    if (!load) throw new Error(`route-pages: the chunk loader has no ${key}`);
    if (files.has(load.file)) return;
    files.add(load.file);
    load.deps.forEach(visit);
  };
  splits.forEach((split) => visit(`split:${split}`));
  return [...files];
}

/**
 * The pages whose next page is known: the login page leads to the overview (unless the visitor
 * came from another address). The app prefetches its wasm once the login page is on screen
 * (`page::lazy::prefetch_next_page`), so after logging in it comes from the HTTP cache.
 */
const PREFETCH = { "/log-ind": ["/"] };

/** The page for addresses without a page of their own (nginx's and the Node server's fallback). */
export const FALLBACK_PAGE = "shell.html";

/**
 * Writes the route pages into `staging`, each with its frame from `frames` (scripts/frames.mjs;
 * none in a build without frames); returns how many, with their preload counts.
 */
export function writeRoutePages(staging, frames = {}) {
  const loaderName = readdirSync(staging).find((name) => /^__wasm_split-[0-9a-f]+\.js$/.test(name));
  if (!loaderName) return "no chunk loader (not a split build): no route pages";
  const loader = readFileSync(join(staging, loaderName), "utf8");
  // The app page without route preloads (so running the step again changes nothing).
  const html = readFileSync(join(staging, "index.html"), "utf8").replace(
    /<link rel="preload" href="\/(?:split|chunk)_[^"]+\.wasm" as="fetch" type="application\/wasm" crossorigin="anonymous">|<meta name="mit-overblik-next" content="[^"]*">/g,
    "",
  );
  const framed = (page, frame) => (frame ? bodyWithFrame(page, frame) : page);
  const routes = [...new Set([...Object.keys(ROUTE_CHUNKS), ...Object.keys(frames).filter((key) => key.startsWith("/"))])];
  const written = [];
  for (const route of routes) {
    const own = filesOf(loader, ROUTE_CHUNKS[route] ?? []);
    const next = (PREFETCH[route] ?? []).flatMap((after) => filesOf(loader, ROUTE_CHUNKS[after] ?? []));
    const later = [...new Set(next)].filter((file) => !own.includes(file)).map((file) => `/${file}`);
    const links =
      own.map((file) => `<link rel="preload" href="/${file}" as="fetch" type="application/wasm" crossorigin="anonymous">`).join("") +
      (later.length ? `<meta name="mit-overblik-next" content="${later.join(" ")}">` : "");
    const page = framed(html.replace("</head>", `${links}</head>`), frames[route]);
    const dir = route === "/" ? staging : join(staging, route.slice(1));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), page);
    written.push(`${route} ${own.length}`);
  }
  writeFileSync(join(staging, FALLBACK_PAGE), framed(html, frames.neutral));
  const framedCount = routes.filter((route) => frames[route]).length;
  return `${written.length} route pages, ${framedCount} with frames (preloads: ${written.join(", ")}), ${FALLBACK_PAGE}`;
}
