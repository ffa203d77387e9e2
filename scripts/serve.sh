#!/usr/bin/env bash
# README command 1: install whatever is missing, then serve the app at http://127.0.0.1:8080
# with live reload. Extra arguments go to `trunk serve` (e.g. --port 9000 or --release).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$PROJECT_ROOT"
mkdir -p vendor dist test-results # trunk's watcher needs its ignore paths to exist
say "Serving Mit Overblik with trunk (http://127.0.0.1:8080 unless --port says otherwise)"
exec trunk serve "$@"
