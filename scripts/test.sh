#!/usr/bin/env bash
# The test command: sets up what is missing (including chromium), runs every suite (.NET unit, integration,
# geo and e2e; widget unit and bundle tests and its size budget; the OpenAPI contract lint) and ends with one line
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
passed=0
failed=0
results="$(pwd)/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

if ! bash scripts/setup.sh --with-browser; then
  echo "setup failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Counts of one .trx file, added to the totals; a suite that left no results counts as one failure.
count_trx() {
  local trx=$1 counters p f
  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null | head -n 1)
  if [[ -z "$counters" ]]; then
    failed=$((failed + 1))
    return
  fi
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p))
  failed=$((failed + f))
}

for project in tests/*/*.csproj e2e/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "==> dotnet test $name"
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    || echo "    $name reported failures"
  count_trx "$results/$name.trx"
done

echo "==> widget tests (vitest, unit and built bundle) and size budget"
if npm test --silent --workspace web-widget; then widget_ok=1; else widget_ok=0; fi
report=web-widget/test-results/vitest.json
if [[ -f "$report" ]]; then
  passed=$((passed + $(node -p "require('./$report').numPassedTests")))
  failed=$((failed + $(node -p "require('./$report').numFailedTests")))
fi
# The size budget (and any build step) is a check of its own: pass or fail as one.
if ((widget_ok)); then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# The committed HTTP contract passes the spectral:oas ruleset (.spectral.yaml) with no problem of any severity.
echo "==> OpenAPI contract lint (spectral:oas, contracts/openapi.v1.json)"
if node_modules/.bin/spectral lint --fail-severity=hint contracts/openapi.v1.json; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

echo "==> test command took $(($(date +%s) - started)) s"
echo "$passed passed, $failed failed"
((failed == 0))
