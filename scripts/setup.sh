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

  if ! command -v wasm-split-cli >/dev/null 2>&1 ||
    ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "Installing wasm-split-cli $WASM_SPLIT_VERSION, which splits the release wasm into chunks (a few minutes, once)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
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
