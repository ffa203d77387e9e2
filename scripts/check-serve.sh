#!/usr/bin/env bash
# Checks that `trunk serve` (the README's serve command) answers deep links with the app page,
# so a reload on any route works in development too, and that its debug build shows the panic
# page in a browser (scripts/check-panic-page.mjs). Used by scripts/test.sh.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
port="${1:-8091}"
mkdir -p vendor dist test-results/logs
trunk serve --port "$port" --no-autoreload >test-results/logs/trunk-serve.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
for _ in $(seq 1 300); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "trunk serve stopped:"; tail -n 20 test-results/logs/trunk-serve.log; exit 1; }
  sleep 1
done
status=0
for path in / /sager /sager/00000000-0000-4000-8000-000000000000 /mine-oplysninger /findes/ikke; do
  body=$(curl -fsS "http://127.0.0.1:$port$path") || { echo "trunk serve: $path failed"; status=1; continue; }
  if grep -q '<html lang="da">' <<<"$body" && grep -q 'mit-overblik' <<<"$body"; then
    echo "trunk serve: $path → app page"
  else
    echo "trunk serve: $path did not answer with the app page"; status=1
  fi
done
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/mock/familie/session.json")
[ "$code" = 200 ] && echo "trunk serve: mock endpoint → 200" || { echo "trunk serve: mock endpoint → $code"; status=1; }
node scripts/check-panic-page.mjs "$port" || status=1
exit $status
