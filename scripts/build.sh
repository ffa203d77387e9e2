#!/usr/bin/env bash
# The production build: installs whatever is missing, then writes the release build to dist/:
# trunk build --release with each section's views split into their own wasm chunk
# (scripts/split-wasm.mjs) and .br/.gz files beside every text and wasm asset
# (scripts/compress-dist.mjs). Extra arguments go to trunk.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$PROJECT_ROOT"
# The splitter needs the linker's relocations; only the release build gets them.
# `erase_components`: every component returns an erased view, so views are not monomorphised
# per nesting (main module 330.4 → 309.9 KiB gzip, economy 89.2 → 51.6, toolkit 130.5 → 94.5;
# docs/decisions.md). Route groups return `into_any_nested_route()` so both modes compile.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Clink-args=--emit-relocs --cfg erase_components"
export MIT_OVERBLIK_SPLIT=1
trunk build --release --features split "$@"
