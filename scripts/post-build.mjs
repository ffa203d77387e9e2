// trunk's post_build hook. In a release build: give trunk's file hashes their 16 digits
// (scripts/pad-hashes.mjs), split the wasm into chunks when scripts/build.sh
// asks for it (MIT_OVERBLIK_SPLIT=1), reduce and inline the CSS (scripts/assets-css.mjs),
// render each page's frame in the build itself (scripts/frames.mjs), put the start-up script out
// of line with integrity on every file and the Content-Security-Policy in a meta tag with the
// inline blocks' hashes (scripts/harden-dist.mjs), write a page per route with its frame and
// its wasm chunks preloaded (scripts/route-pages.mjs), then write .br/.gz copies of every
// text and wasm asset.
// Debug builds (trunk serve) are left as they are. One hook, so the steps run in order.
import { join } from "node:path";
import { reduceCss } from "./assets-css.mjs";
import { compressDir } from "./compress-dist.mjs";
import { renderFrames } from "./frames.mjs";
import { hardenDist } from "./harden-dist.mjs";
import { padHashes } from "./pad-hashes.mjs";
import { writeRoutePages } from "./route-pages.mjs";
import { splitWasm } from "./split-wasm.mjs";

if (process.env.TRUNK_PROFILE === "release") {
  const staging = process.env.TRUNK_STAGING_DIR;
  const padded = padHashes(staging);
  if (padded.length > 0) console.log(`pad-hashes: ${padded.join(", ")}`);
  if (process.env.MIT_OVERBLIK_SPLIT === "1") {
    const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
    const target = process.env.CARGO_TARGET_DIR ?? join(source, "target");
    splitWasm(staging, join(target, "wasm32-unknown-unknown", "release", "mit-overblik.wasm"));
  }
  console.log("assets-css:", JSON.stringify(await reduceCss(staging)));
  // The frames need a browser; a build without one (MIT_OVERBLIK_FRAMES=0) has pages without.
  let frames = {};
  if (process.env.MIT_OVERBLIK_FRAMES !== "0") {
    const rendered = await renderFrames(staging);
    frames = rendered.frames;
    console.log(`frames: ${Object.keys(frames).length} frames in da and en, login needed on ${rendered.protectedPaths.join(" ")}, inline CSS ${rendered.css} bytes`);
  }
  console.log(`harden-dist: ${hardenDist(staging)}`);
  console.log(`route-pages: ${writeRoutePages(staging, frames)}`);
  console.log(`compress-dist: ${compressDir(staging)} compressed copies`);
}
