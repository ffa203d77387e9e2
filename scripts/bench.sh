#!/usr/bin/env bash
# Benchmarks: installs whatever is missing, builds the release, prints size and start-up tables,
# Lighthouse mobile for four pages and a static floor (scripts/lighthouse.mjs), and the same pages
# loaded under real throttling (scripts/throttled.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$PROJECT_ROOT"
bash scripts/build.sh >/dev/null
node scripts/bench.mjs "$@"
node scripts/lighthouse.mjs "$@"
node scripts/throttled.mjs "$@"
