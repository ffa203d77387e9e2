// The production server's answers (nginx with deploy/nginx.conf.template, or the Node fallback):
// the security headers and the Content-Security-Policy, caching by kind of file, the SPA
// fallback and real 404s, precompressed files, and integrity on every file the app loads.
import type { Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { expect, plainTest, test } from "./support/test";

const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
];

test("a page address answers with the app page, its policy and the security headers, never cached without asking", async ({ request }) => {
  for (const path of ["/", "/sager", "/sager/00000000-0000-4000-8000-000000000000", "/findes/ikke"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const policy = headers["content-security-policy"];
    for (const directive of PAGE_POLICY) expect(policy, `${path}: ${directive}`).toContain(directive);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cache-control"]).toBe("no-cache");
    const html = await response.text();
    // The same policy as a meta tag, first in <head>, without what only a header can say.
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(meta).toBe(policy.replace("; frame-ancestors 'none'", ""));
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<link"));
    // One inline script, the page frame's (scripts/frames.mjs), allowed by its hash; no other.
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(inline, path).toHaveLength(1);
    expect(policy).toContain(`'sha256-${createHash("sha256").update(inline[0][1]).digest("base64")}'`);
  }
});

test("every script, module and stylesheet the page loads carries its integrity, and the wasm is fetched with its own", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  // What the page loads from files (the frame's inline script is allowed by its hash instead).
  const loaded = tags.filter((tag) => /<script\s[^>]*src=|rel="(modulepreload|stylesheet)"/.test(tag));
  // The start-up script, the glue, the chunk loader, the one stylesheet.
  expect(loaded.length).toBeGreaterThanOrEqual(4);
  for (const tag of loaded) expect(tag, tag).toMatch(/\sintegrity="sha384-[A-Za-z0-9+/=]{64}"/);
  const start = html.match(/<script type="module" src="(\/start-[0-9a-f]{16}\.js)"/)?.[1];
  expect(start).toBeTruthy();
  expect(await (await request.get(start!)).text()).toMatch(/fetch\('\/mit-overblik-[0-9a-f]{16}_bg\.wasm', \{ integrity: 'sha384-/);
  // The chunk loader fetches every chunk with its hash.
  const loader = html.match(/href="(\/__wasm_split-[0-9a-f]+\.js)"/)?.[1];
  const code = await (await request.get(loader!)).text();
  const fetches = code.match(/fetch\(new URL\("\.\/[^"]+\.wasm", import\.meta\.url\)[^)]*\)/g) ?? [];
  expect(fetches.length).toBeGreaterThan(10);
  for (const call of fetches) expect(call).toMatch(/\{ integrity: "sha384-/);
});

test("hashed files are cached for a year, API answers never, and missing files are 404", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const wasm = html.match(/href="(\/mit-overblik-[0-9a-f]{16}_bg\.wasm)"/)![1];
  const hashed = await request.get(wasm, { headers: { "Accept-Encoding": "br, gzip" } });
  expect(hashed.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(hashed.headers()["content-encoding"]).toBe("br");
  expect(hashed.headers()["content-type"]).toBe("application/wasm");
  expect(hashed.headers()["vary"]).toContain("Accept-Encoding");

  const answer = await request.get("/api/v1/mock/familie/sager.json");
  expect(answer.headers()["cache-control"]).toBe("no-store");
  expect(answer.headers()["x-content-type-options"]).toBe("nosniff");

  for (const missing of ["/api/v1/mock/familie/findes-ikke.json", "/chunk_999-0123456789abcdef.wasm", "/findes-ikke.js", "/_headers"]) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }
});

test("the API documentation has its own policy: its inline scripts by hash, and nothing from elsewhere", async ({ request }) => {
  const response = await request.get("/api/dokumentation/");
  const policy = response.headers()["content-security-policy"];
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
});

// Each route's page preloads exactly the wasm files the app fetches there on a cold load
// (scripts/route-pages.mjs): none missing (fetched one round late) and none wasted; and a
// preloaded file is fetched once, not again by the app.
const ROUTES_WITH_CHUNKS = ["/", "/sager", "/oekonomi", "/mine-oplysninger", "/digital-post", "/dine-data", "/handl-for"];
const WASM_PRELOAD = /<link rel="preload" href="(\/[^"]+\.wasm)"[^>]*>/g;

/** Opens `route` logged in and returns every wasm request, in order, once the page has settled. */
async function wasmRequests(page: Page, route: string) {
  const requested: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".wasm")) requested.push(path);
  });
  await page.goto(`${route}?persona=familie`);
  // The app's heading, once it has taken over from the page frame (a bare page does not wait).
  await expect(page.locator("body:not([data-frame]) h1#page-heading")).toBeVisible();
  await expect(page.locator("[role=status][data-testid^=loading]")).toHaveCount(0);
  return requested;
}

for (const route of ROUTES_WITH_CHUNKS) {
  test(`${route} preloads the wasm its section needs, and only that`, async ({ page, browser, request }) => {
    const html = await (await request.get(route)).text();
    const main = html.match(/href="(\/mit-overblik-[0-9a-f]{16}_bg\.wasm)"/)![1];
    const preloaded = [...html.matchAll(WASM_PRELOAD)].map((m) => m[1]).filter((file) => file !== main);
    expect(preloaded.length).toBeGreaterThan(0);

    // What the app fetches by itself: the same page without its preloads.
    const bare = await browser.newPage();
    await bare.route((url) => url.pathname === route, async (r) => {
      const response = await r.fetch();
      await r.fulfill({ response, body: (await response.text()).replace(WASM_PRELOAD, (tag, file) => (file === main ? tag : "")) });
    });
    const needed = new Set((await wasmRequests(bare, route)).filter((file) => file !== main));
    await bare.close();
    expect([...needed].filter((f) => !preloaded.includes(f)), "needed without a preload").toEqual([]);
    expect(preloaded.filter((f) => !needed.has(f)), "preloaded but not needed").toEqual([]);

    // With the preloads: each file once.
    const requested = await wasmRequests(page, route);
    expect(requested.filter((file, i) => requested.indexOf(file) !== i), "fetched twice").toEqual([]);
  });
}

// The login page names the overview's wasm (scripts/route-pages.mjs, `<meta name=
// "mit-overblik-next">`) and the app prefetches it once the login page is on screen, so after
// logging in the overview comes from the browser's cache; not before the login page's own files
// have arrived (prefetches in the HTML took their connections and held up the page).
plainTest("the login page prefetches the overview's wasm after its own, and after logging in the overview loads it from the cache", async ({ page, request }) => {
  const login = await (await request.get("/log-ind")).text();
  const prefetched = (login.match(/<meta name="mit-overblik-next" content="([^"]*)">/)?.[1] ?? "").split(" ").filter(Boolean);
  const overview = await (await request.get("/")).text();
  const overviewWasm = [...overview.matchAll(WASM_PRELOAD)].map((m) => m[1]);
  const loginWasm = [...login.matchAll(WASM_PRELOAD)].map((m) => m[1]);
  // Exactly the overview's files the login page does not preload itself.
  expect(prefetched.length).toBeGreaterThan(0);
  expect([...prefetched].sort()).toEqual(overviewWasm.filter((file) => !loginWasm.includes(file)).sort());

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const fromNetwork: string[] = [];
  const fromCache: string[] = [];
  const requested = new Map<string, { path: string; at: number }>();
  const finished: { path: string; at: number }[] = [];
  cdp.on("Network.requestWillBeSent", (event) => {
    requested.set(event.requestId, { path: new URL(event.request.url).pathname, at: event.timestamp });
  });
  cdp.on("Network.loadingFinished", (event) => {
    const req = requested.get(event.requestId);
    if (req) finished.push({ path: req.path, at: event.timestamp });
  });
  cdp.on("Network.responseReceived", (event) => {
    const path = new URL(event.response.url).pathname;
    if (!path.endsWith(".wasm")) return;
    (event.response.fromDiskCache || event.response.fromPrefetchCache ? fromCache : fromNetwork).push(path);
  });
  await page.goto("/");
  await expect(page).toHaveURL(/\/log-ind/);
  await expect(page.locator("body:not([data-frame]) h1#page-heading")).toHaveText("Log på Mit Overblik");
  await page.waitForLoadState("networkidle");
  await expect.poll(() => prefetched.filter((file) => !fromNetwork.includes(file))).toEqual([]);
  // Not one prefetch before the login page's own wasm had arrived.
  const ownDone = Math.max(...finished.filter((f) => loginWasm.includes(f.path)).map((f) => f.at));
  const firstPrefetch = Math.min(...[...requested.values()].filter((r) => prefetched.includes(r.path)).map((r) => r.at));
  expect(finished.filter((f) => loginWasm.includes(f.path)).length).toBe(loginWasm.length);
  expect(firstPrefetch).toBeGreaterThan(ownDone);

  const afterLogin = fromNetwork.length;
  await page.locator("main input[type=radio]").first().check();
  await page.locator("main button", { hasText: "Log på" }).click();
  await expect(page.getByTestId("case-tile")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(fromNetwork.slice(afterLogin), "fetched from the network after logging in").toEqual([]);
  expect(fromCache.filter((file) => prefetched.includes(file)).length).toBeGreaterThan(0);
});
