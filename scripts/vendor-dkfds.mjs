// Copies the parts of Det Fælles Designsystem (npm package `dkfds`) that the app uses into
// vendor/dkfds/, which trunk then copies to dist/dkfds/. Runs as trunk's pre_build hook.
// Only the borger.dk theme, the woff2 fonts and the icons are shipped. Unchanged files are left
// alone so that `trunk serve` does not rebuild in a loop.
//
// Fonts (docs/assets.md): DKFDS's stylesheet points every IBM Plex Sans face at the *complete*
// font file (≈ 57–60 KB each). The app ships DKFDS's *split* files instead, one @font-face per
// subset with its `unicode-range`, so a browser fetches only the subsets a page's text uses; the
// Danish pages need Latin-1 only (≈ 17 KB per weight; it also holds – — ‘ ’ “ ” „ … € − ™ and the
// no-break space). A metric-matched fallback face keeps the text where it is when Plex arrives.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "node_modules", "dkfds", "dist");
const target = join(root, "vendor", "dkfds");

/** Where the split woff2 files are, in dkfds/dist and in vendor/dkfds (and so in dist/dkfds). */
export const SPLIT_FONTS = "fonts/IBMPlexSans/split/woff2";

/**
 * DKFDS's split subsets and what each holds: the code points of the files' character maps
 * (identical for every weight of dkfds 11.2.0; read with fontTools, see docs/assets.md). They do
 * not overlap, so a character is fetched from one file only. Together they hold every character
 * of the complete files except 30 combining marks and spacing modifiers (U+02BB–U+0338), which
 * the app's texts and data do not use (precomposed letters such as å, é, ø are in Latin-1).
 */
export const SUBSETS = {
  Latin1:
    "U+0000-00FF, U+0131, U+0152-0153, U+02C6, U+02DA, U+02DC, U+2013-2014, U+2018-201A, U+201C-201E, " +
    "U+2020-2022, U+2026, U+2030, U+2039-203A, U+2044, U+20AC, U+2122, U+2212, U+FB01-FB02",
  Latin2:
    "U+0100-0101, U+0104-0130, U+0132-0151, U+0154-017F, U+018F, U+0192, U+01A0-01A1, U+01AF-01B0, " +
    "U+01FA-01FF, U+0218-021B, U+0237, U+0259, U+1E80-1E85, U+1E9E, U+20A1, U+20A4, U+20A6, U+20A8-20AA, " +
    "U+20AD-20AE, U+20B1-20B2, U+20B4-20B5, U+20B8-20BA, U+20BD, U+20BF",
  Latin3: "U+0102-0103, U+01CD-01DC, U+1EA0-1EF9, U+20AB",
  Pi:
    "U+0E3F, U+2032-2033, U+2070, U+2074-2079, U+2080-2089, U+2113, U+2116, U+2126, U+212E, U+2150-2151, " +
    "U+2153-215E, U+2190-2199, U+21A9-21AA, U+21B0-21B3, U+21B6-21B7, U+21BA-21BB, U+21C4, U+21C6, U+2202, " +
    "U+2206, U+220F, U+2211, U+2215, U+221A, U+221E, U+222B, U+2248, U+2260, U+2264-2265, U+25CA, U+2713, " +
    "U+274C, U+2B0E-2B11, U+ECE0, U+EFCC",
  Greek: "U+037E, U+0386-038A, U+038C, U+038E-03A1, U+03A3-03CE",
  Cyrillic:
    "U+0400-045F, U+0472-0473, U+0490-049D, U+04A0-04A5, U+04AA-04AB, U+04AE-04B3, U+04B6-04BB, " +
    "U+04C0-04C2, U+04CF-04D9, U+04DC-04DF, U+04E2-04E9, U+04EE-04F5, U+04F8-04F9",
};

/**
 * The file the page's text needs first (index.html preloads it). Its face is `font-display:
 * block`, so the page frame's text is painted once, in Plex: painted in the fallback first, the
 * lead text the app paints at its takeover (in Plex, about 2 % larger) counted as a new largest
 * paint, seconds after the frame (docs/performance.md). The wait is capped: after FONT_WAIT_MS the
 * page's inline script (scripts/frames.mjs) sets FONTS_LATE_CLASS on <html>, which shows the text
 * in the fallback until the font has arrived (a rule rewriteCss adds).
 */
export const PRELOADED_FONT = `${SPLIT_FONTS}/IBMPlexSans-Regular-Latin1.woff2`;
/**
 * How long the page's text waits for the preloaded font before it shows in the fallback, from
 * when the page's head is parsed. 500 ms until 2026-12-03: under Lighthouse's real slow-4G
 * throttling (562 ms round trip) the font arrives about 1 s after the HTML, so the frame's lead
 * was painted in the fallback and the app's copy, in Plex, became the largest paint at the
 * takeover (LCP 4.1–4.4 s against 1.2–1.6 s). 1.5 s covers that connection; the header and the
 * heading (other faces, `swap`) paint at once either way (docs/assets.md#fonts).
 */
export const FONT_WAIT_MS = 1500;
/** The class on <html> while the text shows in the fallback after that wait (rewriteCss). */
export const FONTS_LATE_CLASS = "fonts-late";
/** The preloaded face as a CSS font value, as the page's inline script asks for it. */
export const PRELOADED_FACE = '400 1em "IBM Plex Sans"';

/**
 * The fallback shown until Plex has arrived (`font-display: swap`, and for the preloaded face
 * after FONT_WAIT_MS): the Arial metrics family
 * (Arial, Helvetica, Liberation Sans, Arimo), scaled to Plex's average advance width over the
 * app's Danish texts and given Plex's ascent and descent (hhea 1025/−275 per 1000), so a line
 * keeps its length, height and baseline when the font swaps. Measured in docs/assets.md.
 */
export const FALLBACK_FAMILY = "IBM Plex Sans Fallback";
/** The advance width of IBM Plex Sans's digits (600 per 1000 units): 1ch in Plex. */
export const PLEX_DIGIT_EM = 0.6;
const FALLBACK_FACES = [
  { weight: "100 500", local: ["Arial", "ArialMT", "Helvetica", "Liberation Sans", "Arimo"], sizeAdjust: 100.76 },
  {
    weight: "600 900",
    local: ["Arial Bold", "Arial-BoldMT", "Helvetica Bold", "Helvetica-Bold", "Liberation Sans Bold", "Arimo Bold"],
    sizeAdjust: 97.26,
  },
];
const fallbackFaces = FALLBACK_FACES.map(({ weight, local, sizeAdjust }) => {
  const pct = (v) => `${((v * 100 * 100) / sizeAdjust).toFixed(2)}%`;
  return (
    `@font-face{font-family:"${FALLBACK_FAMILY}";font-style:normal;font-weight:${weight};` +
    `src:${local.map((name) => `local("${name}")`).join(",")};size-adjust:${sizeAdjust}%;` +
    `ascent-override:${pct(1.025)};descent-override:${pct(0.275)};line-gap-override:0%}`
  );
}).join("");

/** DKFDS's @font-face rule for one Plex face → one rule per split subset. */
function splitFace(rule) {
  const style = /font-style:(\w+)/.exec(rule)?.[1];
  const weight = /font-weight:(\d+)/.exec(rule)?.[1];
  const name = /complete\/woff2\/IBMPlexSans-(\w+)\.woff2/.exec(rule)?.[1];
  if (!style || !weight || !name) throw new Error(`vendor-dkfds: unexpected @font-face rule ${rule}`);
  return Object.entries(SUBSETS)
    .map(([subset, range]) => {
      const file = `${SPLIT_FONTS}/IBMPlexSans-${name}-${subset}.woff2`;
      // The preloaded face waits for its font (capped by the page's inline script: FONT_WAIT_MS);
      // every other face shows its text at once in the fallback.
      const display = file === PRELOADED_FONT ? "block" : "swap";
      return (
        `@font-face{font-display:${display};font-family:IBM Plex Sans;font-style:${style};font-weight:${weight};` +
        `src:url(../${file}) format("woff2");unicode-range:${range.replaceAll(" ", "")}}`
      );
    })
    .join("");
}

/** DKFDS's stylesheet as the app ships it (split fonts, the fallback face, no other font formats). */
export function rewriteCss(css) {
  const faces = [];
  let out = css.replace(/@font-face\{[^}]*font-family:IBM Plex Sans;[^}]*\}/g, (rule) => {
    const split = splitFace(rule);
    faces.push(/IBMPlexSans-(\w+)\.woff2/.exec(rule)[1]);
    return faces.length === 1 ? fallbackFaces + split : split;
  });
  if (faces.length === 0) throw new Error("vendor-dkfds: no IBM Plex Sans @font-face rule found");
  const stack = "font-family:IBM Plex Sans,";
  const rest = /html\{font-family:IBM Plex Sans,([^;}]*)/.exec(css)?.[1];
  if (!out.includes(stack) || !rest) throw new Error("vendor-dkfds: DKFDS's font stack changed");
  out = out.replaceAll(stack, `${stack}"${FALLBACK_FAMILY}",`);
  // Measures in `ch` (the width of "0" in the font in use) become `em` at Plex's digit width:
  // the fallback's "0" is narrower (0.56 em), so a 66ch line was 53 px shorter until Plex had
  // arrived, and the overview's lead text wrapped and unwrapped at the swap (a layout shift).
  out = out.replace(/(\d+(?:\.\d+)?)ch(?=[;})\s])/g, (_, n) => `${+(n * PLEX_DIGIT_EM).toFixed(3)}em`);
  // Every other font source (eot, woff, ttf of the `system` face's neighbours) is dropped.
  out = out
    .replace(/url\(\.\.\/fonts\/[^)]*\.(?:eot|woff|ttf)\)(?: format\("[^"]*"\))?,?/g, "")
    .replace(/,\s*}/g, "}")
    .replace(/,\s*;/g, ";");
  // After the wait for the preloaded font: DKFDS's stack without Plex (on screen; print has its
  // own). Kept by the CSS steps whatever the sources say (scripts/assets-css.mjs).
  const late = `@media screen{html.${FONTS_LATE_CLASS}{font-family:"${FALLBACK_FAMILY}",${rest}}}`;
  out = out.replace(/(\/\*# sourceMappingURL=[^*]*\*\/\s*)?$/, (map) => late + map);
  return { css: out, faces };
}

function copyIfChanged(from, to) {
  if (statSync(from).isDirectory()) {
    for (const entry of readdirSync(from)) copyIfChanged(join(from, entry), join(to, entry));
    return;
  }
  if (existsSync(to)) {
    const [a, b] = [statSync(from), statSync(to)];
    if (a.size === b.size && a.mtimeMs <= b.mtimeMs) return;
  }
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { preserveTimestamps: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(source)) {
    console.error("dkfds is not installed: run `npm ci` (the README's commands do it for you).");
    process.exit(1);
  }
  const { css, faces } = rewriteCss(readFileSync(join(source, "css", "dkfds-borgerdk.min.css"), "utf8"));

  const wanted = [
    "LICENSE.md",
    "img/all-svg-icons.svg",
    "img/logo-borgerdk.svg",
    "img/svg-icons",
    `${SPLIT_FONTS}/license.txt`,
    // The faces DKFDS declares, each in every subset (a subset is fetched only when a page uses it).
    ...faces.flatMap((face) => Object.keys(SUBSETS).map((subset) => `${SPLIT_FONTS}/IBMPlexSans-${face}-${subset}.woff2`)),
  ];
  for (const path of wanted) copyIfChanged(join(source, path), join(target, path));
  // The complete files an earlier version of this script copied would otherwise ship too.
  rmSync(join(target, "fonts", "IBMPlexSans", "complete"), { recursive: true, force: true });

  const cssTarget = join(target, "css", "dkfds-borgerdk.min.css");
  if (!existsSync(cssTarget) || readFileSync(cssTarget, "utf8") !== css) {
    mkdirSync(dirname(cssTarget), { recursive: true });
    writeFileSync(cssTarget, css);
  }
}
