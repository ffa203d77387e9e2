#!/usr/bin/env bash
# The production build: installs whatever is missing, then writes the release build to dist/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$PROJECT_ROOT"
trunk build --release "$@"
