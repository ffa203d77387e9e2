// trunk's post_build hook. In a release build: split the wasm into chunks when scripts/build.sh
// asks for it (MIT_OVERBLIK_SPLIT=1), reduce and inline the CSS (scripts/assets-css.mjs), put the
// start-up script out of line with integrity on every file and the Content-Security-Policy in a
// meta tag with the inline CSS's hash (scripts/harden-dist.mjs), write a page per route that
// preloads the route's wasm chunks (scripts/route-pages.mjs), then write .br/.gz copies of every
// text and wasm asset.
// Debug builds (trunk serve) are left as they are. One hook, so the steps run in order.
import { join } from "node:path";
import { reduceCss } from "./assets-css.mjs";
import { compressDir } from "./compress-dist.mjs";
import { hardenDist } from "./harden-dist.mjs";
import { writeRoutePages } from "./route-pages.mjs";
import { splitWasm } from "./split-wasm.mjs";

if (process.env.TRUNK_PROFILE === "release") {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (process.env.MIT_OVERBLIK_SPLIT === "1") {
    const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
    const target = process.env.CARGO_TARGET_DIR ?? join(source, "target");
    splitWasm(staging, join(target, "wasm32-unknown-unknown", "release", "mit-overblik.wasm"));
  }
  console.log("assets-css:", JSON.stringify(await reduceCss(staging)));
  console.log(`harden-dist: ${hardenDist(staging)}`);
  console.log(`route-pages: ${writeRoutePages(staging)}`);
  console.log(`compress-dist: ${compressDir(staging)} compressed copies`);
}
