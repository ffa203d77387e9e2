// Benchmarks (not tests: they print figures and assert nothing).
//   1. Size of the release build in dist/: raw and gzip -9 per kind of file.
//   2. Start-up in headless Chromium against the release build on loopback: first contentful
//      paint, time until the overview's case tile shows data, and cumulative layout shift
//      (median of N runs).
//   3. Scale: the scale persona (scripts/fixtures/scale.mjs, written into dist/api/v1/mock/skala
//      for the run and removed after it: 10,000 cases, 20,000 look-ups, 5,000 letters, 5,000
//      payouts) and, for each long list, the time from navigation until its first row shows,
//      the page's DOM element count and the JS heap after a garbage collection (median of N);
//      and for each searchable list, keystroke → list over 20 keystrokes that change it (median
//      and max): from the keydown to the last DOM change it caused ("DOM") and to the first
//      frame after it ("frame": requestAnimationFrame, then a task).
// Every figure is also written to test-results/bench.json.
// Usage: node scripts/bench.mjs [--runs 5] [--seed 20] [--scale-only]
//   (after the release build; scripts/bench.sh does both)
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { walk } from "./compress-dist.mjs";
import { generate } from "./fixtures/scale.mjs";

/** A numeric `--name value` argument, or `fallback` when it is not given. */
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
};
const runs = option("--runs", 5);
const dist = "dist";


const groups = [
  ["app wasm", (f) => f.endsWith(".wasm")],
  ["app js (glue)", (f) => /mit-overblik-.*\.js$/.test(f)],
  ["stylesheet (DKFDS reduced + app)", (f) => /app-.*\.css$/.test(f)],
  ["fonts (woff2, all weights)", (f) => f.endsWith(".woff2")],
  ["index.html", (f) => f === join(dist, "index.html")],
];
const files = walk(dist);
const kb = (n) => (n / 1024).toFixed(1);
const results = { sizes: {}, startup: {}, scale: {} };
console.log("\n| build output | files | raw KiB | gzip -9 KiB |\n|---|---:|---:|---:|");
for (const [name, match] of groups) {
  const chosen = files.filter(match);
  const raw = chosen.reduce((s, f) => s + statSync(f).size, 0);
  const gz = chosen.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  results.sizes[name] = { files: chosen.length, raw, gzip: gz };
  console.log(`| ${name} | ${chosen.length} | ${kb(raw)} | ${kb(gz)} |`);
}
const seed = option("--seed", 20);
const scaleDir = join(dist, "api", "v1", "mock", "skala");
const counts = generate(scaleDir, seed);

const port = 4390;
const server = spawn("node", ["scripts/serve-dist.mjs", "--port", String(port), "--dir", dist], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const samples = { fcp: [], tile: [], cls: [], transfer: [] };
const scaleOnly = process.argv.includes("--scale-only");
for (let i = 0; i < (scaleOnly ? 0 : runs); i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const start = Date.now();
  await page.goto(`http://127.0.0.1:${port}/?persona=sygemeldt`);
  await page.getByTestId("tile-open").waitFor();
  samples.tile.push(Date.now() - start);
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    cls: window.__cls,
    transfer: performance.getEntriesByType("resource").reduce((s, e) => s + (e.transferSize || 0), 0),
  }));
  samples.fcp.push(m.fcp);
  samples.cls.push(m.cls);
  samples.transfer.push(m.transfer);
  await context.close();
}

// The long lists at scale: where each shows and what its first row is.
const LISTS = [
  // `search`: the search box; `words`: typed a key at a time and erased again, until 20 keys
  // changed the list (the case titles carry numbers, so digits narrow the case list).
  { name: `case list (${counts.cases} cases)`, path: "/sager", row: "tr[data-case-id]", search: "#case-search", words: ["1234", "5678", "9012", "3456", "7890"] },
  { name: `access log (${counts.lookups} look-ups)`, path: "/dine-data", row: "[data-testid=log-entry]", search: "#log-search", words: ["esbjerg", "motor", "indkomst", "cpr", "aarhus"] },
  { name: `Digital Post (${counts.letters} letters)`, path: "/digital-post", row: "[data-testid=post-row]", search: "#post-search", words: ["skat", "aarhus", "motor", "sygedag", "digital"] },
  { name: `payouts (${counts.payouts})`, path: "/oekonomi", row: "[data-testid=payout-row]" },
  // The views across sources read every source at once.
  { name: "Søg (every kind)", path: "/soeg?q=sag", row: "[data-testid=search-result]", search: "#search-field", clear: true, words: ["sygedag", "aarhus", "motor", "bolig", "skat"] },
  { name: "Nyt siden sidst", path: "/nyt", row: "[data-testid=news-entry]" },
  { name: "Det venter vi på fra dig", path: "/opgaver", row: "[data-testid=task]" },
  { name: "Kalender", path: "/kalender", row: "[data-testid=agenda-entry]" },
];
for (const list of LISTS) {
  const got = { shown: [], nodes: [], heap: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${port}${list.path}${list.path.includes("?") ? "&" : "?"}persona=skala`);
    await page.locator(list.row).first().waitFor({ timeout: 60_000 });
    got.shown.push(Date.now() - start);
    await page.waitForTimeout(300);
    got.nodes.push(await page.evaluate(() => document.getElementsByTagName("*").length));
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    got.heap.push((await cdp.send("Runtime.getHeapUsage")).usedSize);
    if (list.search && i === 0) {
      const typed = await keystrokes(page, list);
      got.keyDom = typed.dom;
      got.keyFrame = typed.frame;
      got.historyAdded = typed.historyAdded;
    }
    await context.close();
  }
  results.scale[list.name] = got;
}

/** Types `list.words` into its search box a key at a time (250 ms apart, less than the address's
 * 400 ms delay) and measures each key that changed the page, up to 20. */
async function keystrokes(page, list) {
  await page.evaluate((box) => {
    const state = { dom: [], frame: [], t0: 0, last: 0, open: false };
    window.__keys = state;
    document.querySelector(box).addEventListener("keydown", () => {
      state.t0 = performance.now();
      state.open = true;
      state.last = 0;
    }, { capture: true });
    new MutationObserver(() => {
      if (!state.open) return;
      const first = state.last === 0;
      state.last = performance.now();
      if (!first) return;
      const t0 = state.t0;
      requestAnimationFrame(() => setTimeout(() => {
        state.open = false;
        state.dom.push(state.last - t0);
        state.frame.push(performance.now() - t0);
      }, 0));
    }).observe(document.querySelector("main"), { childList: true, subtree: true, characterData: true, attributes: true });
  }, list.search);
  if (list.clear) {
    // Start from an empty box (the address gave the first rows); the emptying is not measured.
    await page.locator(list.search).fill("");
    await page.waitForTimeout(600);
  }
  const historyBefore = await page.evaluate(() => history.length);
  await page.locator(list.search).focus();
  for (const word of list.words) {
    for (const key of [...word, ...[...word].map(() => "Backspace")]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
      if ((await page.evaluate(() => window.__keys.dom.length)) >= 20) break;
    }
    if ((await page.evaluate(() => window.__keys.dom.length)) >= 20) break;
  }
  await page.waitForTimeout(600);
  const { dom, frame } = await page.evaluate(() => window.__keys);
  const historyAdded = (await page.evaluate(() => history.length)) - historyBefore;
  return { dom: dom.slice(0, 20), frame: frame.slice(0, 20), historyAdded };
}
await browser.close();
server.kill();
rmSync(scaleDir, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
results.startup = samples;
if (!scaleOnly) {
  console.log(`\n| start-up (median of ${runs}, loopback, no throttling) | value |\n|---|---:|`);
  console.log(`| first contentful paint | ${median(samples.fcp).toFixed(0)} ms |`);
  console.log(`| case tile shows data (from navigation) | ${median(samples.tile)} ms |`);
  console.log(`| cumulative layout shift | ${median(samples.cls).toFixed(3)} |`);
  console.log(`| resources transferred after the document (uncompressed server) | ${kb(median(samples.transfer))} KiB |`);
}
console.log(`\n| at scale, persona \`skala\` (seed ${seed}; median of ${runs}, desktop, loopback) | first row shown | DOM elements | JS heap | keystroke → list, DOM (median / max) | keystroke → next frame (median / max) |\n|---|---:|---:|---:|---:|---:|`);
const ms = (xs) => (xs && xs.length ? `${median(xs).toFixed(1)} / ${Math.max(...xs).toFixed(1)} ms (${xs.length} keys)` : "–");
for (const [name, got] of Object.entries(results.scale)) {
  console.log(`| ${name} | ${median(got.shown)} ms | ${median(got.nodes)} | ${(median(got.heap) / 1048576).toFixed(1)} MB | ${ms(got.keyDom)} | ${ms(got.keyFrame)} |`);
}
for (const [name, got] of Object.entries(results.scale)) {
  if (got.historyAdded !== undefined) console.log(`history entries added while typing in the ${name}: ${got.historyAdded}`);
}
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/bench.json", `${JSON.stringify({ runs, seed, counts, ...results }, null, 2)}\n`);
console.log("\nwritten: test-results/bench.json");
