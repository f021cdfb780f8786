#!/usr/bin/env bash
# `npm test`: every check CI runs — types, lint, the build, unit tests and the end-to-end specs (both with
# a real, private keychain) — then one summary line: "N passed, N failed". Steps that are not test
# runners (typecheck, lint, build) count as one check each.
set -uo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
rm -rf .reports && mkdir -p .reports/screenshots
step_passed=0
step_failed=0
step() {
  local name="$1"; shift
  echo "── $name"
  if "$@"; then step_passed=$((step_passed + 1)); else step_failed=$((step_failed + 1)); echo "✗ $name failed"; fi
}
step typecheck npm run --silent typecheck
step lint npx eslint . --max-warnings 0
step build npm run --silent build
build/with-keyring.sh bash -c '
  npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json
  npx playwright test
' || true
node build/test-summary.mjs "$step_passed" "$step_failed"
