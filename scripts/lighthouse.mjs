// Benchmark (not a test: it prints figures and asserts nothing). Lighthouse mobile (its default:
// simulated slow 4G, 4× CPU slowdown) in Debian's Chromium against the release build in dist/,
// served precompressed on loopback by nginx (or the Node fallback): the overview, the case list,
// the finances and the your-data pages (logged in as familie), and a static floor — the
// overview's rendered HTML saved as a plain page with the same CSS and fonts and no script — so
// the table shows how far the app is from what the same page costs without any code.
// Usage: node scripts/lighthouse.mjs [--runs 3] [--throttling simulate|devtools] [--dir dist] [--page /sager]
//        (scripts/bench.sh builds first; --dir measures another build, --page one page and the floor)
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { compressDir } from "./compress-dist.mjs";

/** The value after `name` on the command line, or `fallback` when it is not given. */
const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(option("--runs", 3));
if (!(Number.isInteger(runs) && runs > 0)) throw new Error("lighthouse: --runs N (a whole number, at least 1)");
// Lighthouse's default simulates the throttling from an unthrottled load ("simulate"); its LCP
// counts every file that finished before the LCP observed on loopback, so a page whose wasm is
// preloaded while its frame paints swings with where that paint falls. "devtools" throttles the
// load for real (Chromium's network and CPU throttling), as a phone would get it. Both are printed;
// `--throttling simulate` or `--throttling devtools` runs one.
const METHOD_NAMES = { simulate: "simulated throttling", devtools: "real (devtools) throttling" };
const chosen = option("--throttling", undefined);
const methods = chosen ? [chosen] : ["simulate", "devtools"];
if (!methods.every((method) => method in METHOD_NAMES)) throw new Error(`lighthouse: --throttling ${chosen}? (simulate or devtools)`);
const dist = option("--dir", "dist");
const onlyPage = option("--page", undefined);
const port = 4391;
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

// The production server (nginx with the repository's configuration where installed).
const server = spawn("node", ["scripts/e2e-server.mjs", "--port", String(port), "--dir", dist], { stdio: "ignore" });
const floorDir = join(dist, "benchmark-floor");
try {
  await new Promise((resolve) => setTimeout(resolve, 500));

  // The static floor: the overview as rendered once every source has answered, without scripts.
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.goto(`${origin}/?persona=familie`);
  await page.getByTestId("tile-open").waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid^="loading-"]'));
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    root.querySelectorAll('script, link[rel="modulepreload"], link[as="fetch"]').forEach((node) => node.remove());
    return "<!DOCTYPE html>\n" + root.outerHTML;
  });
  await browser.close();
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(join(floorDir, "index.html"), html);
  compressDir(floorDir);

  const pages = [
    ["overview (/)", "/?persona=familie"],
    ["case list (/sager)", "/sager?persona=familie"],
    ["finances (/oekonomi)", "/oekonomi?persona=familie"],
    ["your data (/dine-data)", "/dine-data?persona=familie"],
    ["static floor (overview as plain HTML)", "/benchmark-floor/"],
  ].filter(([, path]) => !onlyPage || path.startsWith(`${onlyPage}?`) || path === "/benchmark-floor/");
  for (const throttlingMethod of methods) {
    const results = [];
    for (const [name, path] of pages) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
        try {
          const result = await lighthouse(`${origin}${path}`, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance"],
            throttlingMethod,
          });
          const audits = result.lhr.audits;
          samples.push({
            score: result.lhr.categories.performance.score * 100,
            fcp: audits["first-contentful-paint"].numericValue,
            lcp: audits["largest-contentful-paint"].numericValue,
            tbt: audits["total-blocking-time"].numericValue,
            cls: audits["cumulative-layout-shift"].numericValue,
            bytes: audits["total-byte-weight"].numericValue,
            // Which element was the largest paint (its selector), to tell the frame's text from data.
            element: audits["lcp-breakdown-insight"]?.details?.items?.find((item) => item.type === "node")?.selector ?? "?",
          });
        } finally {
          await chrome.kill();
        }
      }
      const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
      results.push({
        name,
        ...Object.fromEntries(["score", "fcp", "lcp", "tbt", "cls", "bytes"].map((k) => [k, median(k)])),
        elements: [...new Set(samples.map((s) => s.element))],
      });
    }

    const floor = results[results.length - 1];
    console.log(`\n| Lighthouse mobile, ${METHOD_NAMES[throttlingMethod]}, median of ${runs} (served brotli) | performance | FCP | LCP | TBT | CLS | bytes | LCP / floor | bytes / floor |`);
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.score.toFixed(0)} | ${(r.fcp / 1000).toFixed(2)} s | ${(r.lcp / 1000).toFixed(2)} s | ${r.tbt.toFixed(0)} ms | ${r.cls.toFixed(3)} | ${(r.bytes / 1024).toFixed(0)} KiB | ${(r.lcp / floor.lcp).toFixed(2)} | ${(r.bytes / floor.bytes).toFixed(2)} |`,
      );
    }
    for (const r of results) console.log(`LCP element, ${r.name}: ${r.elements.join(" · ")}`);
  }
  console.log("\nTargets: performance ≥ 95, LCP ≤ 1.5 s, CLS 0, TBT ≤ 100 ms.");
} finally {
  rmSync(floorDir, { recursive: true, force: true });
  server.kill();
}
