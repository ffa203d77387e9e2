// Release build step (run by scripts/post-build.mjs after the CSS step, before the hardening): the
// page frame. For every page address the app's own first render — header, menu, heading, lead
// text and the loading placeholders of everything that comes from data — goes into that page's
// HTML, so it paints before the wasm has arrived (issue 20, point 1).
//
// The frame is the release build itself, rendered in headless Chromium with every API request
// held open: the same components, the same texts, the same placeholders, so it cannot drift from
// the app. A native render would need Leptos's `ssr` feature and a guard on every browser call the
// components make at start-up (storage, location); see docs/decisions.md.
//
//   1. Each page is rendered in Danish and in English, logged in (a public page: not logged in);
//      the neutral frame (header, menu, footer, an empty main area) is the overview's without its
//      content, for addresses with no page of their own (a case, an unknown address).
//   2. Which pages need a login is read from the app: opened without one, it sends the visitor
//      to its login page (whose address and return parameter are read from that redirect).
//   3. An inline script in <head> (its hash goes into the policy) sets <html lang> from the
//      language the visitor chose, so the English copy of the frame shows with no flash of
//      Danish; and sends a visitor who is not logged in on to the login page before anything is
//      painted, as the app would.
//   4. The inline CSS becomes the rules the frames use (scripts/assets-css.mjs).
// scripts/route-pages.mjs then writes the frames into the pages; src/page/frame.rs hands over.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inlineCritical } from "./assets-css.mjs";
import { FONT_WAIT_MS, FONTS_LATE_CLASS, PRELOADED_FACE } from "./vendor-dkfds.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = (path) => readFileSync(join(root, path), "utf8");
const declared = (path, pattern, what) => {
  const found = source(path).match(pattern)?.[1];
  if (!found) throw new Error(`frames: ${what} is not declared in ${path}`);
  return found;
};

/**
 * Pages without a frame: the unknown address (it gets the neutral one), the component gallery, a
 * developers' page whose 42 examples would put most of the stylesheet inline, and a study's
 * report, a facilitator's page made of the files they drop in.
 */
export const NO_FRAME = ["/findes-ikke", "/komponenter", "/resultater"];

/** Every page address with a frame (tests/e2e/support/routes.ts, checked against src/page/routes.rs by a native test). */
export function frameRoutes() {
  const paths = [...source("tests/e2e/support/routes.ts").matchAll(/\{ path: "([^"]+)"/g)].map((m) => m[1]);
  return paths.filter((path) => !NO_FRAME.includes(path));
}

/** Runs `work` on every item, `width` at a time, in order of the results. */
async function inParallel(items, width, work) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}

/** Storage keys and address parameters the inline script reads, from where the app declares them. */
function appNames() {
  return {
    languageKey: declared("src/state/storage_keys.rs", /pub const LANGUAGE: &str = "([^"]+)"/, "the language key"),
    personaKey: declared("src/state/storage_keys.rs", /pub const PERSONA: &str = "([^"]+)"/, "the persona key"),
    languageParam: declared("src/state/start_link.rs", /pub const LANGUAGE: &str = "(\w+)"/, "the language parameter"),
    personaParam: declared("src/state/start_link.rs", /pub const PERSONA: &str = "(\w+)"/, "the persona parameter"),
    codeParam: declared("src/state/start_link.rs", /pub const CODE: &str = "(\w+)"/, "the setup code parameter"),
    frameAttribute: declared("src/page/frame.rs", /FRAME_ATTRIBUTE: &str = "([^"]+)"/, "the frame attribute"),
    frameClass: declared("src/page/frame.rs", /FRAME_CLASS: &str = "([^"]+)"/, "the frame class"),
  };
}

/**
 * The inline script in <head>: the language before the first paint (from the address, a start
 * link's setup code, or the stored choice), the login redirect for
 * `protectedPaths` (a page and every address below it but the overview's) as the app makes it,
 * and the cap on the wait for the preloaded font (scripts/vendor-dkfds.mjs): after FONT_WAIT_MS
 * without it, the text shows in the fallback until the font has arrived.
 */
export function frameScript({ protectedPaths, login, after }) {
  const names = appNames();
  // RFC 3986 unreserved characters stay, the rest is percent-encoded (src/page/hrefs.rs).
  return `(function(){try{var d=document.documentElement,q=new URLSearchParams(location.search),s=q.get(${JSON.stringify(names.codeParam)});if(s)try{new URLSearchParams(atob(s.replace(/-/g,"+").replace(/_/g,"/"))).forEach(function(v,k){q.has(k)||q.set(k,v)})}catch(e){}var l=q.get(${JSON.stringify(names.languageParam)})||localStorage.getItem(${JSON.stringify(names.languageKey)});if(l==="en")d.lang="en";var p=location.pathname.replace(/\\/+$/,"")||"/";if(!q.get(${JSON.stringify(names.personaParam)})&&!sessionStorage.getItem(${JSON.stringify(names.personaKey)})&&${JSON.stringify(protectedPaths)}.some(function(r){return p===r||(r!=="/"&&p.indexOf(r+"/")===0)}))location.replace(${JSON.stringify(`${login}?${after}=`)}+encodeURIComponent(location.pathname+location.search).replace(/[!'()*]/g,function(c){return"%"+c.charCodeAt(0).toString(16).toUpperCase()}));var f=document.fonts,c=${JSON.stringify(FONTS_LATE_CLASS)},k=${JSON.stringify(PRELOADED_FACE)};if(f)setTimeout(function(){var o=function(){f.load(k).then(function(l){if(l.length)d.classList.remove(c)},function(){})};if(!f.check(k)){d.classList.add(c);f.addEventListener("loadingdone",o);o()}},${FONT_WAIT_MS})}catch(e){}})();`;
}

/** The frame markup around one language's render, as route-pages writes it. */
export function wrapFrame(lang, html) {
  const { frameClass } = appNames();
  return `<div class="${frameClass}" id="frame-${lang}" lang="${lang}">${html}</div>`;
}

/** `<body>` with the attribute that hides the app until it takes over. */
export function bodyWithFrame(html, frames) {
  const { frameAttribute } = appNames();
  if (!/<body>/.test(html)) throw new Error("frames: no plain <body> to put the frame in");
  return html.replace("<body>", `<body ${frameAttribute}>${wrapFrame("da", frames.da)}${wrapFrame("en", frames.en)}`);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function serve(dir) {
  const port = await freePort();
  const child = spawn("node", [join(root, "scripts/serve-dist.mjs"), "--port", String(port), "--dir", dir, "--encodings", "none"], {
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/favicon.svg`);
      return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error("frames: the build could not be served");
}

/** Opens `path` with every API request held open; `setup` runs before the app's scripts. */
async function open(browser, origin, path, { lang, persona }) {
  const names = appNames();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Held in the browser, not at the server: a held request would keep one of the browser's six
  // connections to the server, and the page's wasm chunks would wait behind them.
  await context.route("**/api/v1/**", () => {});
  await context.addInitScript(
    ([names, lang, persona]) => {
      localStorage.setItem(names.languageKey, lang);
      if (persona) sessionStorage.setItem(names.personaKey, persona);
    },
    [names, lang, persona],
  );
  const page = await context.newPage();
  // Every chunk the page asks for (its section, and the parts it loads at once) is in before
  // the capture, so a frame holds what the app shows once its code has arrived.
  const wasm = new Set();
  page.on("request", (request) => request.url().endsWith(".wasm") && wasm.add(request));
  for (const done of ["requestfinished", "requestfailed"]) page.on(done, (request) => wasm.delete(request));
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(origin + path, { waitUntil: "commit" });
  await page.waitForSelector("h1", { timeout: 20_000 }).catch((error) => {
    throw new Error(`frames: ${path} (${lang}${persona ? `, ${persona}` : ""}) showed no heading: ${[...errors, error.message].join("; ")}`);
  });
  // The route's chunk is in and the heading has had its frames to settle.
  await page.waitForFunction(() => !document.querySelector(".route-loading.is-routing"));
  for (let quiet = 0; quiet < 3; ) {
    await page.waitForTimeout(150);
    quiet = wasm.size === 0 ? quiet + 1 : 0;
  }
  return { context, page, errors };
}

/** The app's rendered body (no scripts, stylesheets or styles), for the frame. */
const capture = (page, { neutral = false } = {}) =>
  page.evaluate((neutral) => {
    const nodes = [...document.body.children].filter((node) => !["SCRIPT", "LINK", "STYLE", "TEMPLATE"].includes(node.tagName));
    return nodes
      .map((node) => {
        const copy = node.cloneNode(true);
        if (neutral) {
          // An address with no page of its own: the main area empty, no menu item current.
          // (`main .col-12` also matches inside a copy that is the main area itself.)
          copy.querySelectorAll?.("main .col-12").forEach((column) => column.replaceChildren());
          copy.querySelectorAll?.("[aria-current]").forEach((link) => link.removeAttribute("aria-current"));
          copy.querySelectorAll?.(".mainmenu li").forEach((item) => item.classList.remove("active", "current"));
        }
        return copy.outerHTML;
      })
      .join("");
  }, neutral);

/** Test ids and the framework's empty markers are of no use in a frame. */
const tidy = (html) => html.replace(/ data-testid="[^"]*"/g, "").replace(/<!---->/g, "");

/**
 * Renders every page's frame from the build in `staging`, puts the inline script into
 * index.html and the frames' CSS inline. Returns the frames for scripts/route-pages.mjs.
 */
export async function renderFrames(staging) {
  const { chromium } = await import("@playwright/test");
  const server = await serve(staging);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const routes = frameRoutes();
    // 2. Which pages need a login: opened without one, the app sends the visitor on to its login
    //    page (a public page's Danish frame comes from this first pass).
    const frames = Object.fromEntries(routes.map((path) => [path, {}]));
    const problems = [];
    const protectedPaths = [];
    let login;
    let after;
    const render = async (path, lang, persona) => {
      const { context, page, errors } = await open(browser, server.origin, path, { lang, persona });
      const landed = new URL(page.url());
      problems.push(...errors.map((error) => `${path} (${lang}): ${error}`));
      const html = landed.pathname === path ? tidy(await capture(page)) : undefined;
      const neutral = path === "/" && html ? tidy(await capture(page, { neutral: true })) : undefined;
      await context.close();
      return { landed, html, neutral };
    };
    await inParallel(routes, 3, async (path) => {
      const { landed, html } = await render(path, "da");
      if (html) {
        frames[path].da = html;
        return;
      }
      protectedPaths.push(path);
      login = landed.pathname;
      after = [...landed.searchParams].find(([, value]) => value === path)?.[0];
    });
    if (!login || !after) throw new Error("frames: no page sent a visitor without a login to the login page");
    protectedPaths.sort((a, b) => routes.indexOf(a) - routes.indexOf(b));

    // 1. The frames still to render: every page in English, a page behind the login in both
    //    languages, logged in.
    const todo = routes.flatMap((path) => ["da", "en"].filter((lang) => !frames[path][lang]).map((lang) => [path, lang]));
    await inParallel(todo, 3, async ([path, lang]) => {
      const persona = protectedPaths.includes(path) ? "familie" : undefined;
      const { landed, html, neutral } = await render(path, lang, persona);
      if (!html) problems.push(`${path} (${lang}) went to ${landed.href}`);
      frames[path][lang] = html;
      if (neutral) frames.neutral = { ...frames.neutral, [lang]: neutral };
    });
    if (problems.length) throw new Error(`frames: the app did not render cleanly:\n${problems.join("\n")}`);

    // 3. The inline script, 4. the frames' CSS.
    const indexPath = join(staging, "index.html");
    let html = readFileSync(indexPath, "utf8");
    const script = `<script>${frameScript({ protectedPaths, login, after })}</script>`;
    html = html.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${script}`);
    if (!html.includes(script)) throw new Error("frames: no <meta charset> to put the script after");
    writeFileSync(indexPath, html);
    const markup = Object.values(frames).flatMap((byLang) => Object.entries(byLang).map(([lang, body]) => wrapFrame(lang, body)));
    const css = await inlineCritical(staging, [`<html lang="da"><body ${appNames().frameAttribute}>`, ...markup]);
    return { frames, protectedPaths, login, after, css };
  } finally {
    await browser.close();
    server.stop();
  }
}
