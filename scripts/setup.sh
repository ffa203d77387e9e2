#!/usr/bin/env bash
# Installs whatever the project needs and is missing; safe to run again and again.
# Sourced by scripts/serve.sh and scripts/test.sh (the README's two commands).
#   - the wasm32-unknown-unknown Rust target
#   - trunk 0.21.x and wasm-bindgen-cli equal to Cargo.lock's wasm-bindgen
#   - wasm-split-cli (crate wasm_split_cli_support), which cuts the release wasm into chunks
#   - npm packages (npm ci): DKFDS, Playwright, axe, binaryen's wasm-opt, the OpenAPI linter
#   - Debian's chromium and chromium-driver (apt-get), for the browser tests and the release
#     build's page frames (scripts/frames.mjs)
#   - Debian's nginx and its brotli module (apt-get), the production-like server of the end-to-end
#     tests (deploy/nginx.conf.template); without apt-get the tests fall back to a Node server
set -euo pipefail

PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_SPLIT_VERSION="0.2.4"
# tools/wasm-split-cli/merge-chunks.patch: merges the shared chunks (docs/decisions.md).
WASM_SPLIT_PATCH="merge-chunks.1"
export PATH="$HOME/.cargo/bin:$PROJECT_ROOT/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

lock_version() { # the version of crate $1 in Cargo.lock
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' \
    "$PROJECT_ROOT/Cargo.lock"
}

need() { # fail with a clear message when a prerequisite is missing
  command -v "$1" >/dev/null 2>&1 || { echo "error: '$1' is missing. $2" >&2; exit 1; }
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# wasm-split-cli from the registry's crate with the project's patch applied (tools/wasm-split-cli/).
install_wasm_split() {
  local work crate_file
  work="$(mktemp -d)"
  # A throwaway package that depends on the crate, so cargo downloads it from the registry.
  mkdir -p "$work/fetch/src"
  printf '[package]\nname = "fetch-wasm-split"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm_split_cli_support = "=%s"\n' \
    "$WASM_SPLIT_VERSION" > "$work/fetch/Cargo.toml"
  touch "$work/fetch/src/lib.rs"
  (cd "$work/fetch" && cargo fetch -q)
  crate_file="$(find "${CARGO_HOME:-$HOME/.cargo}/registry/cache" -name "wasm_split_cli_support-$WASM_SPLIT_VERSION.crate" | head -1)"
  [ -n "$crate_file" ] || { echo "error: wasm_split_cli_support $WASM_SPLIT_VERSION was not downloaded" >&2; exit 1; }
  tar -xzf "$crate_file" -C "$work"
  mv "$work/wasm_split_cli_support-$WASM_SPLIT_VERSION" "$work/crate"
  (cd "$work/crate" && git apply -p1 "$PROJECT_ROOT/tools/wasm-split-cli/merge-chunks.patch")
  cargo install --path "$work/crate" --features build-binary --locked --force
  rm -rf "$work"
}

setup_all() {
  need cargo "Install Rust with rustup: https://rustup.rs"
  need rustup "Install Rust with rustup: https://rustup.rs"
  need node "Install Node.js 20 or newer (Debian: apt-get install nodejs npm)."
  need npm "Install npm (Debian: apt-get install npm)."

  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi

  if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    say "Installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi

  local bindgen
  bindgen="$(lock_version wasm-bindgen)"
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen"; then
    say "Installing wasm-bindgen-cli $bindgen to match Cargo.lock (a few minutes, once)"
    # Not --locked: one of its locked dependencies is no longer on the registry.
    cargo install wasm-bindgen-cli --version "$bindgen"
  fi

  if ! wasm-split-cli --version 2>/dev/null | grep -qx "wasm-split $WASM_SPLIT_VERSION+$WASM_SPLIT_PATCH"; then
    say "Installing wasm-split-cli $WASM_SPLIT_VERSION with the project's chunk-merging patch (a few minutes, once)"
    install_wasm_split
  fi

  if [ ! -f "$PROJECT_ROOT/node_modules/.package-lock.json" ] ||
    [ "$PROJECT_ROOT/package-lock.json" -nt "$PROJECT_ROOT/node_modules/.package-lock.json" ]; then
    say "Installing npm packages (npm ci)"
    (cd "$PROJECT_ROOT" && npm ci --no-audit --no-fund)
  fi

  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
      say "Installing Debian's chromium and chromium-driver"
      as_root apt-get update -q
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
    else
      echo "error: Chromium and ChromeDriver are missing and apt-get is not available." >&2
      echo "Install them (binaries 'chromium' and 'chromedriver' on PATH) and run again." >&2
      exit 1
    fi
  fi

  if ! command -v nginx >/dev/null 2>&1 || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    if command -v apt-get >/dev/null 2>&1; then
      say "Installing Debian's nginx and its brotli module (the end-to-end tests' server)"
      as_root apt-get update -q
      # The tests run their own nginx on a loopback port, whatever the system service does.
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx libnginx-mod-http-brotli-static
    else
      echo "warning: nginx is missing and apt-get is not available; the end-to-end tests use the Node server." >&2
    fi
  fi

  say "Fetching Rust crates"
  (cd "$PROJECT_ROOT" && cargo fetch --quiet)
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup_all
fi
