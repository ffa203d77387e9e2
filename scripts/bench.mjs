// Benchmarks (not tests: they print figures and assert nothing).
//   1. Size of the release build in dist/: raw and gzip -9 per kind of file.
//   2. Start-up in headless Chromium against the release build on loopback: first contentful
//      paint, time until the overview's case tile shows data, and cumulative layout shift
//      (median of N runs).
// Usage: node scripts/bench.mjs [--runs 5]   (after `trunk build --release`; scripts/bench.sh does both)
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { walk } from "./compress-dist.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] || 5);
const dist = "dist";


const groups = [
  ["app wasm", (f) => f.endsWith(".wasm")],
  ["app js (glue)", (f) => /mit-overblik-.*\.js$/.test(f)],
  ["app css", (f) => /app-.*\.css$/.test(f)],
  ["DKFDS css", (f) => f.endsWith("dkfds-borgerdk.min.css")],
  ["fonts (woff2, all weights)", (f) => f.endsWith(".woff2")],
  ["index.html", (f) => f === join(dist, "index.html")],
];
const files = walk(dist);
const kb = (n) => (n / 1024).toFixed(1);
console.log("\n| build output | files | raw KiB | gzip -9 KiB |\n|---|---:|---:|---:|");
for (const [name, match] of groups) {
  const chosen = files.filter(match);
  const raw = chosen.reduce((s, f) => s + statSync(f).size, 0);
  const gz = chosen.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  console.log(`| ${name} | ${chosen.length} | ${kb(raw)} | ${kb(gz)} |`);
}

const port = 4390;
const server = spawn("node", ["scripts/serve-dist.mjs", "--port", String(port), "--dir", dist], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const samples = { fcp: [], tile: [], cls: [], transfer: [] };
for (let i = 0; i < runs; i++) {
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
await browser.close();
server.kill();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\n| start-up (median of ${runs}, loopback, no throttling) | value |\n|---|---:|`);
console.log(`| first contentful paint | ${median(samples.fcp).toFixed(0)} ms |`);
console.log(`| case tile shows data (from navigation) | ${median(samples.tile)} ms |`);
console.log(`| cumulative layout shift | ${median(samples.cls).toFixed(3)} |`);
console.log(`| resources transferred after the document (uncompressed server) | ${kb(median(samples.transfer))} KiB |`);
