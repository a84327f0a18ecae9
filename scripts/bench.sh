#!/usr/bin/env bash
# The load benchmark (issue 11); not part of the test command. Publishes a Release build, starts it in Production
# against a redis-server of its own (loopback, temp dir), seeds a site, a decisions:read key and visitors through
# the HTTP API, drives every scenario with wrk over loopback, and prints (and writes to docs/benchmarks.md) one table:
# req/s, p50, p99, errors, API and Redis CPU per request, and the ratio to /healthz of the same run. Then it measures Redis
# memory per visitor (state + 1 receipt) as the INFO used_memory delta over N new visitors.
#
# Settings (environment): BENCH_SCENARIOS (all; e.g. "healthz decision"; healthz is the baseline), BENCH_RUNS (3), BENCH_DURATION (5s), BENCH_CONNECTIONS (64), BENCH_SEED_VISITORS (1000),
# BENCH_MEMORY_VISITORS (100000), BENCH_MEMORY_TIMEOUT (300 s), BENCH_OUTPUT (docs/benchmarks.md), BENCH_LABEL,
# BENCH_API_SETTINGS (extra NAME=value settings for the API, space-separated; e.g. Geo__DatabasePath=… for a build
# whose publish output lacks the geo database).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${BENCH_RUNS:-3}
duration=${BENCH_DURATION:-5s}
connections=${BENCH_CONNECTIONS:-64}
seed_visitors=${BENCH_SEED_VISITORS:-1000}
memory_visitors=${BENCH_MEMORY_VISITORS:-100000}
memory_timeout=${BENCH_MEMORY_TIMEOUT:-300}
output=${BENCH_OUTPUT:-docs/benchmarks.md}
label=${BENCH_LABEL:-"$(git rev-parse --abbrev-ref HEAD) $(git rev-parse --short HEAD)"}
lua="$repo/scripts/bench"
export BENCH_LUA=$lua  # the lua scripts load report.lua from here

source scripts/lib/artifact.sh
source scripts/lib/load.sh
ensure_wrk

work=$(mktemp -d /tmp/consentmanager-bench.XXXXXX)
trap 'cleanup_artifact; rm -rf "$work"' EXIT

# CPU seconds (user + system) a process has used so far.
cpu_seconds() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / tck }' "/proc/$1/stat"; }

log "Starting redis-server, publishing a Release build, starting it in Production"
start_redis
publish_api
# shellcheck disable=SC2086  # BENCH_API_SETTINGS is a list of words
start_api "${unlimited_api_settings[@]}" ${BENCH_API_SETTINGS:-}
curl -fsS -o /dev/null "$base/widget/v1/consent.js" || log "the widget script is not served; that scenario will show errors"

site="bench-$(date +%s)"
log "Seeding site $site with $seed_visitors visitors"
node "$lua/seed.mjs" "$base" "$admin_key" "$site" "$work" "$seed_visitors"
decision_key=$(cat "$work/decision-key")
returning_token=$(jq -r .token "$work/returning")

# Redis's CPU seconds (user + system) so far: the store's share of a request, which the API's CPU does not show.
redis_cpu_seconds() { redis info cpu | tr -d '\r' | awk -F: '/^used_cpu_(user|sys):/ { sum += $2 } END { printf "%.3f", sum }'; }

# One scenario, once: prints "RESULT requests seconds p50 p99 errors non2xx cpu redis_cpu".
scenario() {
  local name=$1 cpu_before redis_before result
  local -a args=(-t1 -c"$connections" -d"$duration" --latency)
  cpu_before=$(cpu_seconds "$api_pid")
  redis_before=$(redis_cpu_seconds)
  result=$(case $name in
    healthz) wrk "${args[@]}" -s "$lua/get.lua" "$base/healthz" ;;
    decision) BENCH_VISITORS="$work/visitors" BENCH_PREFIX="/v1/sites/$site/decisions/" \
      wrk "${args[@]}" -H "Authorization: Bearer $decision_key" -s "$lua/decisions.lua" "$base" ;;
    batch-1000x4) BENCH_BODY="$work/batch.json" wrk -t1 -c4 -d"$duration" --latency \
      -H "Authorization: Bearer $decision_key" -s "$lua/post.lua" "$base/v1/sites/$site/decisions" ;;
    consent-post) BENCH_BODY="$work/consent.json" wrk "${args[@]}" -s "$lua/post.lua" "$base/v1/sites/$site/consents" ;;
    config-new) wrk "${args[@]}" -s "$lua/get.lua" "$base/v1/sites/$site/config?lang=nl" ;;
    config-returning) wrk "${args[@]}" -H "Visitor-Token: $returning_token" -s "$lua/get.lua" \
      "$base/v1/sites/$site/config?lang=nl" ;;
    # As browsers ask for it: every browser accepts Brotli and gzip.
    widget-script) wrk "${args[@]}" -H "Accept-Encoding: gzip, deflate, br" -s "$lua/get.lua" "$base/widget/v1/consent.js" ;;
  esac | grep '^RESULT') || { log "wrk reported nothing for $name"; exit 1; }
  echo "$result $(awk -v a="$cpu_before" -v b="$(cpu_seconds "$api_pid")" 'BEGIN { printf "%.3f", b - a }')" \
    "$(awk -v a="$redis_before" -v b="$(redis_cpu_seconds)" 'BEGIN { printf "%.3f", b - a }')"
}

read -r -a scenarios <<<"${BENCH_SCENARIOS:-healthz decision batch-1000x4 consent-post config-new config-returning widget-script}"
results="$work/results.tsv"
: >"$results"
log "Warming up (JIT, connection pools): 1 s per scenario, not counted"
for name in "${scenarios[@]}"; do duration=1s scenario "$name" >/dev/null; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r ticks_before steal_before <<<"$(cpu_ticks)"
for run in $(seq 1 "$runs"); do
  for name in "${scenarios[@]}"; do
    log "run $run/$runs: $name"
    read -r _ requests seconds p50 p99 errors non2xx cpu redis_cpu <<<"$(scenario "$name")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$name" "$requests" "$seconds" "$p50" "$p99" "$errors" "$cpu" "$redis_cpu" >>"$results"
  done
done

steal=$(stolen_since "$ticks_before" "$steal_before")

# wrk cannot stop after a number of requests, so it runs in rounds sized by the last measured rate until about N
# visitors are stored (or the timeout passes).
consent_rate=$(awk -F'\t' '$2 == "consent-post" { rate += $3 / $4; runs++ } END { print (runs ? rate / runs : 100) }' "$results")
log "Memory: about $memory_visitors new visitors (state + 1 receipt each), at most ${memory_timeout} s"
used_before=$(redis info memory | awk -F: '/^used_memory:/ { print $2 }' | tr -d '\r')
keys_before=$(redis dbsize)
stored=0
memory_started=$(date +%s)
while ((stored < memory_visitors && $(date +%s) - memory_started < memory_timeout)); do
  # As long as the visitors still missing take at the last rate (100/s without a consent-post scenario to go by), but
  # within the time left.
  round_seconds=$(awk -v n=$((memory_visitors - stored)) -v r="$consent_rate" \
    -v left=$((memory_timeout - $(date +%s) + memory_started)) \
    'BEGIN { s = int(n / r) + 1; if (s > left) s = left; print (s < 3 ? 3 : s) }')
  read -r _ written round_elapsed _ _ _ failed <<<"$(BENCH_BODY="$work/consent.json" \
    wrk -t1 -c16 -d"${round_seconds}s" -s "$lua/post.lua" "$base/v1/sites/$site/consents" | grep '^RESULT')"
  stored=$((stored + written - failed))
  consent_rate=$(awk -v w="$written" -v s="$round_elapsed" 'BEGIN { print (w > 0 ? w / s : 100) }')
done
used_after=$(redis info memory | awk -F: '/^used_memory:/ { print $2 }' | tr -d '\r')
keys_after=$(redis dbsize)
memory="$stored $((used_after - used_before)) $((keys_after - keys_before))"

machine=$(printf '%s; %s cores; %s RAM; %s; .NET %s; %s; %s; load average before: %s; CPU stolen by the hypervisor during the runs: %s' \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(nproc)" \
  "$(free -h | awk '/^Mem:/ { print $2 }')" "$(uname -sr)" "$(dotnet --version)" \
  "$(redis-server --version | cut -d' ' -f1-3)" "$(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)" "$load_before" "$steal")
settings="$runs runs × $duration per scenario, wrk -t1 -c$connections (batch: -c4), loopback"
mkdir -p "$(dirname "$output")"
node "$lua/summarize.mjs" "$results" "$label" "$machine" "$settings" "$memory" "$output"
log "Wrote $output"
