// Copies the parts of Det Fælles Designsystem (npm package `dkfds`) that the app uses into
// vendor/dkfds/, which trunk then copies to dist/dkfds/. Runs as trunk's pre_build hook.
// Only the borger.dk theme, the woff2 fonts and the icons are shipped. Unchanged files are left
// alone so that `trunk serve` does not rebuild in a loop.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "node_modules", "dkfds", "dist");
const target = join(root, "vendor", "dkfds");

if (!existsSync(source)) {
  console.error("dkfds is not installed: run `npm ci` (the README's commands do it for you).");
  process.exit(1);
}

const wanted = [
  "LICENSE.md",
  "img/all-svg-icons.svg",
  "img/logo-borgerdk.svg",
  "img/svg-icons",
  "fonts/IBMPlexSans/complete/woff2",
];

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

for (const path of wanted) copyIfChanged(join(source, path), join(target, path));

// The stylesheet: only woff2 fonts are shipped, so every other font source is dropped (DKFDS lists
// the regular face's woff before its woff2, which would cost a failed request on every page).
const css = readFileSync(join(source, "css", "dkfds-borgerdk.min.css"), "utf8")
  .replace(/url\(\.\.\/fonts\/[^)]*\.(?:eot|woff|ttf)\)(?: format\("[^"]*"\))?,?/g, "")
  .replace(/,\s*}/g, "}")
  .replace(/,\s*;/g, ";");
const cssTarget = join(target, "css", "dkfds-borgerdk.min.css");
if (!existsSync(cssTarget) || readFileSync(cssTarget, "utf8") !== css) {
  mkdirSync(dirname(cssTarget), { recursive: true });
  writeFileSync(cssTarget, css);
}
