#!/usr/bin/env bash
# README command 2: install whatever is missing, then run every test layer:
#   1. cargo fmt --check            4. wasm-bindgen-test components in headless Chromium
#   2. cargo clippy (wasm32, -D warnings)   5. release build + Playwright end-to-end incl. axe
#   3. native cargo test (pure logic, API contract and fixtures) and the OpenAPI lint
#   6. the size budget of the release build's first view and chunks (scripts/size-budget.mjs)
# Every layer runs even when an earlier one fails. The last line is "N passed, N failed" over all.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all || { echo "0 passed, 1 failed"; exit 1; }
set +e # every layer runs, whatever the one before it did
cd "$PROJECT_ROOT"

LOGS="$PROJECT_ROOT/test-results/logs"
mkdir -p "$LOGS"
PASSED=0
FAILED=0
SUMMARY=()

record() { # layer name, passed, failed
  PASSED=$((PASSED + $2))
  FAILED=$((FAILED + $3))
  SUMMARY+=("$(printf '%-28s %4d passed %4d failed' "$1" "$2" "$3")")
}

run_check() { # a check that counts as one test: name, command...
  local name="$1"; shift
  say "$name"
  if "$@" 2>&1 | tee "$LOGS/$name.log"; then record "$name" 1 0; else record "$name" 0 1; fi
}

run_cargo_tests() { # cargo test output: sum every "test result" line; a build failure counts as one
  local name="$1"; shift
  say "$name"
  "$@" 2>&1 | tee "$LOGS/$name.log"
  local status=${PIPESTATUS[0]}
  local passed failed
  passed=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$LOGS/$name.log" | awk '{s+=$4} END {print s+0}')
  failed=$(grep -Eo '[0-9]+ failed' "$LOGS/$name.log" | awk '{s+=$1} END {print s+0}')
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "no tests ran in $name" >&2; fi
  record "$name" "$passed" "$failed"
}

run_check fmt cargo fmt --all -- --check
run_check clippy cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
run_check clippy-native cargo clippy --all-targets -- -D warnings

run_cargo_tests native-tests cargo test

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
run_check contract-lint npx --no-install redocly lint public/api/openapi.json

export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}"
run_cargo_tests browser-components cargo test --target wasm32-unknown-unknown --test web --test client_web --test components_web

run_check trunk-serve-deep-links bash scripts/check-serve.sh

say "release build (scripts/build.sh: trunk build --release, split into chunks, compressed)"
if bash scripts/build.sh 2>&1 | tee "$LOGS/release-build.log"; then
  record release-build 1 0
  say "size budget (first view and every chunk, gzip)"
  node scripts/size-budget.mjs dist 2>&1 | tee "$LOGS/size-budget.log"
  read -r size_passed size_failed < <(tail -n 1 "$LOGS/size-budget.log" | awk '/passed/ {print $1, $3; found=1} END {if (!found) print 0, 1}')
  record size-budget "$size_passed" "$size_failed"
  say "end-to-end (Playwright + axe)"
  rm -f test-results/e2e-results.json
  # Under CI the run starts its own server (it never reuses one): when the usual port is taken, by
  # a developer's server or another run, it takes a free one rather than failing every test.
  if [ -n "${CI:-}" ] && [ -z "${E2E_PORT:-}" ]; then
    E2E_PORT=$(node -e '
      const net = require("net");
      const s = net.createServer().once("error", () => {
        const f = net.createServer().listen(0, "127.0.0.1", () => { console.log(f.address().port); f.close(); });
      }).listen(4173, "127.0.0.1", () => { console.log(4173); s.close(); });')
    export E2E_PORT
    echo "End-to-end port: $E2E_PORT"
  fi
  npx playwright test 2>&1 | tee "$LOGS/e2e.log"
  if [ -f test-results/e2e-results.json ]; then
    read -r e2e_passed e2e_failed < <(node -e '
      const s = require("./test-results/e2e-results.json").stats;
      console.log(s.expected, s.unexpected + s.flaky);')
    [ "$e2e_passed" -eq 0 ] && [ "$e2e_failed" -eq 0 ] && e2e_failed=1
    record end-to-end "$e2e_passed" "$e2e_failed"
  else
    record end-to-end 0 1
  fi
else
  record release-build 0 1
fi

say "Summary"
printf '%s\n' "${SUMMARY[@]}"
# What the end-to-end run says of the fault matrix, the hostile walk and the server it ran against.
grep -hE '^(\[WebServer\] )?End-to-end server:|^Fault matrix:|^  failed: |^Hostile walk' "$LOGS/e2e.log" 2>/dev/null | sed 's/^\[WebServer\] //' | sort -u
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
