#!/usr/bin/env bash
# The test command: sets up what is missing (including chromium), runs every suite (.NET unit, integration,
# geo and e2e; the published artifact, and it killed mid-load; widget unit and bundle tests and its size budget;
# dashboard tests; the OpenAPI contract lint) and ends with one line "N passed, N failed".
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

# Counts of one .trx file, added to the totals; a suite that left no results counts as one failure, and so does one
# whose run failed with every test passed: a fixture's setup or cleanup threw (xUnit's "Test Class Cleanup Failure"),
# which no test counts.
count_trx() {
  local trx=$1 counters p f
  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null | head -n 1)
  if [[ -z "$counters" ]]; then
    failed=$((failed + 1))
    return
  fi
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  if ((f == 0)) && grep -q '<ResultSummary outcome="Failed"' "$trx"; then
    echo "    the run failed outside the tests:"
    grep -o '\[[^]]*Failure ([^)]*)\] [A-Za-z.]*' "$trx" | sed 's/^/      /' || true
    f=1
  fi
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

# One publish for both checks: publish-check.sh makes it afresh, api-kill-check.sh runs it.
export ARTIFACT_PUBLISH="$PWD/artifacts/publish" && rm -rf "$ARTIFACT_PUBLISH"
echo "==> publish check: the Release artifact in Production against a real redis-server"
if bash scripts/publish-check.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

echo "==> API kill check: kill -9 mid-load, restart, identical retries; one receipt each, no partial records"
if bash scripts/api-kill-check.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# One npm workspace's vitest counts, plus its whole test script (typecheck, build, size budget) as one check.
run_workspace() {
  local workspace=$1 ok report=$1/test-results/vitest.json
  if npm test --silent --workspace "$workspace"; then ok=1; else ok=0; fi
  if [[ -f "$report" ]]; then
    passed=$((passed + $(node -p "require('./$report').numPassedTests")))
    failed=$((failed + $(node -p "require('./$report').numFailedTests")))
  fi
  if ((ok)); then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

echo "==> widget tests (vitest, unit and built bundle) and size budget"
run_workspace web-widget

echo "==> dashboard tests (vitest) and its build"
run_workspace web-dashboard

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
