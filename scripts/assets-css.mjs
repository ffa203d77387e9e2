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
// 3. The two stylesheets move to the end of <body>. A stylesheet in <body> does not hold back the
//    painting of what comes before it, but it still blocks the module script (the HTML spec's
//    "style sheet that is blocking scripts"), so the app never renders unstyled. No script and no
//    onload handler: it works under a CSP of `style-src 'self'` plus the inline block's hash.
//    The external files still hold every rule, in the original order, so once they have loaded
//    the cascade is exactly what it was (the inline copies come first and are overridden by
//    their own duplicates).
// Details and figures: docs/assets.md.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PurgeCSS } from "purgecss";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DKFDS_CSS = "dkfds/css/dkfds-borgerdk.min.css";

/**
 * Classes the Rust code builds from parts, or that only data decides: kept whether or not they
 * occur whole in the sources. Families, so a new variant is not purged by surprise.
 */
export const SAFELIST = {
  standard: ["html", "body", /^badge-/, /^alert-/, /^chart-/, /^table--/],
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
    content: content.map((glob) => join(root, glob)),
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
 * Reduces the DKFDS stylesheet in `staging`, inlines the frame's rules and moves the stylesheets
 * to the end of <body> in `staging`/index.html. Returns the sizes for the build log.
 */
export async function reduceCss(staging) {
  const dkfdsPath = join(staging, DKFDS_CSS);
  const full = readFileSync(dkfdsPath, "utf8");
  const reduced = await purge(full, ALL);
  writeFileSync(dkfdsPath, reduced.css);

  const appName = readdirSync(staging).find((name) => /^app-[0-9a-f]+\.css$/.test(name));
  if (!appName) throw new Error(`assets-css: no app-*.css in ${staging}`);
  const appCss = readFileSync(join(staging, appName), "utf8");
  // The frame's rules; of the font faces only the Latin-1 ones (the other subsets' faces come
  // with the full stylesheet: text in them shows in the fallback until then).
  const frameOnly = { standard: ["html", "body"] };
  // DKFDS's relative addresses (`../fonts/…`, `../img/…`) are relative to its stylesheet; inline
  // they are relative to the document's <base>, the stylesheet's folder is `dkfds/`.
  const dkfdsFrame = (await purge(reduced.css, FRAME, frameOnly)).css.replace(/url\((["']?)\.\.\//g, "url($1dkfds/");
  const critical = [dkfdsFrame, (await purge(appCss, FRAME, frameOnly)).css]
    .join("\n")
    .replace(/@font-face\{[^}]*-(?:Latin2|Latin3|Pi|Greek|Cyrillic)\.woff2[^}]*\}/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s*\n\s*/g, "\n")
    .trim();

  const htmlPath = join(staging, "index.html");
  let html = readFileSync(htmlPath, "utf8");
  const links = [`/${DKFDS_CSS}`, `/${appName}`].map((href) => {
    const match = new RegExp(`[ \\t]*<link rel="stylesheet" href="${href.replaceAll(".", "\\.")}"[^>]*>\\n?`).exec(html);
    if (!match) throw new Error(`assets-css: no <link rel="stylesheet" href="${href}"> in index.html`);
    return match[0];
  });
  html = html.replace(links[0], `    <style>${critical}</style>\n`).replace(links[1], "");
  if (!html.includes("</body>")) throw new Error("assets-css: index.html has no </body>");
  html = html.replace("</body>", `${links.map((l) => l.trim()).join("\n")}\n</body>`);
  writeFileSync(htmlPath, html);

  return {
    dkfds: { before: Buffer.byteLength(full), after: Buffer.byteLength(reduced.css), rejected: reduced.rejected?.length ?? 0 },
    critical: Buffer.byteLength(critical),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const staging = process.argv[2] ?? "dist";
  console.log(`assets-css (${relative(root, staging) || "."}):`, JSON.stringify(await reduceCss(staging)));
}
