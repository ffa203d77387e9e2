// Release build step (run by scripts/post-build.mjs, after the wasm split and before compression):
// the DKFDS stylesheet reduced to the rules the app can use, and the first view's part of it and
// of the app's stylesheet inlined in index.html. Debug builds (`trunk serve`) keep the full CSS.
//
// 1. Reduce: PurgeCSS keeps a DKFDS rule when every class, id and element its selector names
//    occurs as a word in the app's sources (src/**/*.rs: `class="…"`, `class:foo=`, string
//    literals and format! arguments; index.html; style/app.css). Classes the Rust code composes
//    from parts would not occur whole, so SAFELIST keeps their families.
// 2. Critical: the same check against the sources of the first view's frame only (FRAME: the
//    shell, the page layer, the overview and its cards, the login) picks the rules the frame can
//    use, from DKFDS and from app.css; they go into one inline <style> in <head>.
// 3. The reduced DKFDS stylesheet and the app's become one file (`app-<hash>.css`, DKFDS first),
//    linked at the end of <body>. A stylesheet in <body> does not hold back the painting of what
//    comes before it, but it still blocks the module script (the HTML spec's "style sheet that is
//    blocking scripts"), so the app never renders unstyled. No script and no onload handler: it
//    works under a CSP of `style-src 'self'` plus the inline block's hash. The file holds every
//    rule in the original order, so once it has loaded the cascade is exactly what it was (the
//    inline copies come first and are overridden by their own duplicates); one file, so there
//    is no moment with DKFDS's rules loaded and the app's not.
// Details and figures: docs/assets.md.
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PurgeCSS } from "purgecss";
import { hash } from "./split-wasm.mjs";
import { FONTS_LATE_CLASS } from "./vendor-dkfds.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DKFDS_CSS = "dkfds/css/dkfds-borgerdk.min.css";

/**
 * Classes the Rust code builds from parts, or that only data decides: kept whether or not they
 * occur whole in the sources. Families, so a new variant is not purged by surprise.
 */
export const SAFELIST = {
  standard: ["html", "body", FONTS_LATE_CLASS, /^badge-/, /^alert-/, /^chart-/, /^table--/],
};

/** The first view's frame: what renders before and around the overview's data. */
const FRAME = [
  "index.html",
  "src/main.rs",
  "src/lib.rs",
  // The shell but its dialog and error pages (session timeout, panic, not found).
  "src/shell/{mod,header,main_nav,footer,skip_link,language_switch,acting_banner,login_gate,print_header}.rs",
  "src/page/**/*.rs",
  "src/features/mod.rs",
  "src/features/overview/mod.rs",
  "src/features/overview/page.rs",
  "src/features/*/card.rs",
  "src/features/toolkit/login.rs",
  "src/components/{card,dashboard_card,source_note,sourced_section,icon,alert,badge}/mod.rs",
];
const ALL = ["index.html", "src/**/*.rs", "style/app.css"];

/** Every word a selector could name: letters, digits, `-` and `_` (Rust's `class:foo-bar=` included). */
const words = (content) => content.match(/[A-Za-z0-9_-]+/g) ?? [];

async function purge(css, content, safelist = SAFELIST) {
  const [result] = await new PurgeCSS().purge({
    content: content.map((item) => (typeof item === "string" ? join(root, item) : item)),
    css: [{ raw: css }],
    defaultExtractor: words,
    extractors: [{ extractor: words, extensions: ["rs", "html", "css"] }],
    safelist,
    fontFace: false,
    keyframes: false,
    variables: false,
    rejected: true,
  });
  return result;
}

/**
 * The rules `content` (source globs, or `{ raw, extension }` markup) can use, from the one
 * stylesheet (DKFDS and the app's); of the font faces only the Latin-1 ones (the other subsets'
 * faces come with the full stylesheet: text in them shows in the fallback until then).
 */
async function critical(css, content) {
  // The class the page's inline script sets when the font is late: needed before the stylesheet.
  return (await purge(css, content, { standard: ["html", "body", FONTS_LATE_CLASS] })).css
    .replace(/@font-face\{[^}]*-(?:Latin2|Latin3|Pi|Greek|Cyrillic)\.woff2[^}]*\}/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

const appCssName = (staging) => {
  const name = readdirSync(staging).find((name) => /^app-[0-9a-f]+\.css$/.test(name));
  if (!name) throw new Error(`assets-css: no app-*.css in ${staging}`);
  return name;
};

/**
 * Replaces the inline CSS of `staging`/index.html with the rules the page frames use
 * (scripts/frames.mjs: `markup` is their HTML). Returns its size in bytes.
 */
export async function inlineCritical(staging, markup) {
  // The one stylesheet (DKFDS and the app's, its addresses already from the site's root).
  const joined = readFileSync(join(staging, appCssName(staging)), "utf8");
  const css = await critical(joined, markup.map((raw) => ({ raw, extension: "html" })));
  const htmlPath = join(staging, "index.html");
  const html = readFileSync(htmlPath, "utf8");
  if (!/<style>[\s\S]*?<\/style>/.test(html)) throw new Error("assets-css: index.html has no inline <style>");
  writeFileSync(htmlPath, html.replace(/<style>[\s\S]*?<\/style>/, () => `<style>${css}</style>`));
  return Buffer.byteLength(css);
}

/**
 * Reduces the DKFDS stylesheet in `staging`, joins it and the app's into one stylesheet, inlines
 * the frame's rules and moves the stylesheet to the end of <body> in `staging`/index.html.
 * Returns the sizes for the build log.
 */
export async function reduceCss(staging) {
  const dkfdsPath = join(staging, DKFDS_CSS);
  const full = readFileSync(dkfdsPath, "utf8");
  const reduced = await purge(full, ALL);

  const appName = appCssName(staging);
  const appCss = readFileSync(join(staging, appName), "utf8");
  // One stylesheet, DKFDS first: two would arrive one after the other, and while DKFDS's had
  // arrived and the app's not, DKFDS's rules would win over the app's inline copies (the header
  // moved 24 px and back). DKFDS's relative addresses (`../fonts/…`) now start from the site's
  // root, which is also the inline copy's base.
  const joined = `${reduced.css.replace(/url\((["']?)\.\.\//g, "url($1dkfds/")}\n${appCss}`;
  const frame = await critical(joined, FRAME);
  const joinedName = `app-${hash(joined)}.css`;
  writeFileSync(join(staging, joinedName), joined);
  if (joinedName !== appName) unlinkSync(join(staging, appName));
  unlinkSync(dkfdsPath);

  const htmlPath = join(staging, "index.html");
  let html = readFileSync(htmlPath, "utf8");
  const links = [`/${DKFDS_CSS}`, `/${appName}`].map((href) => {
    const match = new RegExp(`[ \\t]*<link rel="stylesheet" href="${href.replaceAll(".", "\\.")}"[^>]*>\\n?`).exec(html);
    if (!match) throw new Error(`assets-css: no <link rel="stylesheet" href="${href}"> in index.html`);
    return match[0];
  });
  html = html.replace(links[0], `    <style>${frame}</style>\n`).replace(links[1], "");
  if (!html.includes("</body>")) throw new Error("assets-css: index.html has no </body>");
  // harden-dist.mjs writes its integrity.
  html = html.replace("</body>", `<link rel="stylesheet" href="/${joinedName}">\n</body>`);
  writeFileSync(htmlPath, html);

  return {
    dkfds: { before: Buffer.byteLength(full), after: Buffer.byteLength(reduced.css), rejected: reduced.rejected?.length ?? 0 },
    stylesheet: { name: joinedName, bytes: Buffer.byteLength(joined) },
    critical: Buffer.byteLength(frame),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const staging = process.argv[2] ?? "dist";
  console.log(`assets-css (${relative(root, staging) || "."}):`, JSON.stringify(await reduceCss(staging)));
}
