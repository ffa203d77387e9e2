// Renders the API contract (public/api/openapi.json) as a readable reference page with Redoc,
// fully offline: `redocly build-docs` writes the page, and the Redoc bundle that ships inside the
// @redocly/cli npm package replaces the CDN address it would load. Output: vendor/api-docs/,
// which trunk copies to dist/api/dokumentation/. Runs as trunk's pre_build hook.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const contract = join(root, "public", "api", "openapi.json");
const target = join(root, "vendor", "api-docs");
const page = join(target, "index.html");
const bundle = join(root, "node_modules", "@redocly", "cli", "lib", "chunks", "redoc.standalone.js");
const cli = join(root, "node_modules", ".bin", "redocly");
/** Where the page is published (redocly.yaml's routingBasePath, index.html, src/components/footer.rs). */
const BASE_PATH = "/api/dokumentation";

if (!existsSync(cli) || !existsSync(bundle)) {
  console.error("@redocly/cli is not installed: run `npm ci` (the README's commands do it for you).");
  process.exit(1);
}
// Nothing to do when the page is newer than the contract and its options (keeps `trunk serve` from
// rebuilding in a loop).
const inputs = [contract, join(root, "redocly.yaml"), fileURLToPath(import.meta.url)];
if (existsSync(page) && inputs.every((input) => statSync(page).mtimeMs >= statSync(input).mtimeMs)) process.exit(0);

mkdirSync(target, { recursive: true });
try {
  execFileSync(cli, ["build-docs", contract, "-o", page, "--title", "Mit Overblik – API-kontrakt"], {
    stdio: "pipe",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
} catch (error) {
  console.error(String(error.stderr ?? error));
  process.exit(1);
}
const html = readFileSync(page, "utf8")
  // The CDN preload (with its integrity hash) goes; the module import points at our copy.
  .replace(/<link rel="modulepreload" href="https:\/\/cdn\.redocly\.com[^>]*>/g, "")
  .replace(/https:\/\/cdn\.redocly\.com\/redoc\/v[0-9.]+\/bundles\/redoc\.standalone\.js/g, "./redoc.standalone.js")
  // The prerendered menu links by path (/sager); the hydrated page routes by hash (#/sager).
  // Use the hash form from the start, so a click before hydration stays on this page.
  .replace(/href="\/([^"]*)"/g, 'href="#/$1"')
  // The contract's texts are Danish.
  .replace(/<html lang="en">/, '<html lang="da">');
if (/https:\/\/cdn\./.test(html) || !html.includes(`"routingBasePath":"${BASE_PATH}"`)) {
  console.error("build-api-docs: the page still loads from a CDN, or its routing base was not set");
  process.exit(1);
}
writeFileSync(page, html);
// The bundle's "API docs by Redocly" badge would load its logo from a CDN: use an empty image.
const blank = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E";
writeFileSync(
  join(target, "redoc.standalone.js"),
  readFileSync(bundle, "utf8").replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, blank),
);
