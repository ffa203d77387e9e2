// Benchmark (not a test: it prints figures and asserts nothing). A real load under throttling, as
// a citizen on a slow phone connection gets it: Chromium's own network and CPU throttling (150 ms
// round trip, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU — Lighthouse's mobile settings, applied
// instead of simulated), against the release build in dist/ served by nginx (or the Node
// fallback), logged in as familie, median of N runs. For each page:
//   - FCP: the first paint (the page's frame, scripts/frames.mjs);
//   - LCP: the last largest-contentful-paint entry, and what it was (the app's takeover repaints
//     the page's text: when the frame was painted in the fallback font, the app's text in IBM
//     Plex Sans is a little larger and Chrome counts it as a new largest paint);
//   - takeover: the app has replaced the frame (`body[data-frame]` gone);
//   - filled: no section shows its loading placeholder any more;
//   - blocking: the main thread's long tasks (over 50 ms) from the first paint until every
//     section is filled, as Lighthouse's TBT counts them (each task's time beyond 50 ms, summed),
//     and the longest of them, measured in the page by a PerformanceObserver.
// Lighthouse's simulated figures (scripts/lighthouse.mjs) swing with where its observed LCP falls;
// these are what a browser measures.
// Usage: node scripts/throttled.mjs [--runs 5] [--dir dist]   (scripts/bench.sh builds first; --dir
// another build's output, for a before/after pair)
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(option("--runs", 5));
const dir = option("--dir", "dist");
const port = 4392;
const origin = `http://127.0.0.1:${port}`;
const PAGES = ["/", "/sager", "/oekonomi", "/dine-data"];

const server = spawn("node", ["scripts/e2e-server.mjs", "--port", String(port), "--dir", dir], { stdio: "ignore" });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});

/** One cold load of `path` under throttling. */
async function load(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: 1.6e6 / 8,
      uploadThroughput: 750e3 / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: "longtask" });
    });
    await page.goto(`${origin}${path}?persona=familie`, { waitUntil: "commit" });
    const options = { timeout: 60_000, polling: 50 };
    await page.waitForFunction(() => document.body && !document.body.hasAttribute("data-frame"), null, options);
    const takeover = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => !document.querySelector('[data-testid^="loading-"]'), null, options);
    const filled = await page.evaluate(() => performance.now());
    return await page.evaluate(
      ([takeover, filled]) =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            const last = entries[entries.length - 1];
            const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
            const tasks = window.__longTasks.filter(([start]) => start >= fcp && start <= filled);
            resolve({
              blocking: tasks.reduce((sum, [, duration]) => sum + duration - 50, 0),
              longest: Math.max(0, ...tasks.map(([, duration]) => duration)),
              fcp,
              lcp: last.startTime,
              lcpIsTakeover: entries.length > 1 && last.element?.isConnected === true,
              takeover,
              filled,
            });
          }).observe({ type: "largest-contentful-paint", buffered: true });
        }),
      [takeover, filled],
    );
  } finally {
    await context.close();
  }
}

try {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const results = [];
  for (const path of PAGES) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await load(path));
    const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    results.push({
      path,
      ...Object.fromEntries(["fcp", "lcp", "takeover", "filled", "blocking", "longest"].map((key) => [key, median(key)])),
      lcpAtTakeover: samples.filter((s) => s.lcpIsTakeover).length,
    });
  }
  console.log(`\n| throttled load (slow 4G, 4× CPU, real), median of ${runs} | FCP | LCP | LCP at the takeover | takeover | every section filled | blocking time (TBT) | longest task |`);
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  for (const r of results) {
    console.log(`| \`${r.path}\` | ${s(r.fcp)} | ${s(r.lcp)} | ${r.lcpAtTakeover} of ${runs} | ${s(r.takeover)} | ${s(r.filled)} | ${Math.round(r.blocking)} ms | ${Math.round(r.longest)} ms |`);
  }
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/throttled.json", `${JSON.stringify({ runs, results }, null, 2)}\n`);
  console.log("\nwritten: test-results/throttled.json");
} finally {
  await browser.close();
  server.kill();
}
