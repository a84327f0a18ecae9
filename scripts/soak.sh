#!/usr/bin/env bash
# The soak test (not part of the test command): the published API in Production against a redis-server of its own,
# seeded as scripts/bench.sh seeds it, under a steady mixed load for a long time. It first measures the maximum
# decision rate (wrk -c64, 5 s), then drives a fraction of it: 70% decision GETs (decisions:read key), 20% /config
# of a returning visitor, 10% consent POSTs of new visitors, each scenario a wrk paced by scripts/lib/pace.lua
# (Debian's wrk has no -R). Every 10 s window records req/s, p99 and errors per scenario and samples the API's RSS
# (/proc VmRSS) and, when /metrics exports one, its GC heap size; docs/soak.md gets the table, RSS at the start,
# middle and end, and the RSS slope.
# Usage: bash scripts/soak.sh [--duration 600] [--fraction 0.5] [--output docs/soak.md] [--label text]
# ARTIFACT_PUBLISH: a publish folder to use instead of publishing.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=600 fraction=0.5 output=docs/soak.md
label="$(git rev-parse --abbrev-ref HEAD) $(git rev-parse --short HEAD)"
while (($#)); do
  case $1 in
    --duration) duration=$2 ;;
    --fraction) fraction=$2 ;;
    --output) output=$2 ;;
    --label) label=$2 ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift 2
done
lua="$PWD/scripts/bench"
export BENCH_LUA=$lua
source scripts/lib/artifact.sh
source scripts/lib/load.sh
ensure_wrk

work=$(mktemp -d /tmp/consentmanager-soak.XXXXXX)
trap 'cleanup_artifact; rm -rf "$work"' EXIT

start_redis
reuse_or_publish_api
start_api "${unlimited_api_settings[@]}"
site="soak-$(date +%s)"
node "$lua/seed.mjs" "$base" "$admin_key" "$site" "$work" 1000
decision_key=$(cat "$work/decision-key")
returning_token=$(jq -r .token "$work/returning")

# One scenario for $2 seconds with $3 connections, each waiting $4 ms before a request (0: flat out, without the
# pacing script, whose delay() hook alone holds a connection back by a timer tick per request).
run() {
  local name=$1 seconds=$2 connections=$3 script
  script=$(case $name in decision) echo decisions.lua ;; config) echo get.lua ;; consent) echo post.lua ;; esac)
  local -a args=(-t1 -c"$connections" -d"${seconds}s" --latency -s "$PWD/scripts/lib/pace.lua")
  if (($4 == 0)); then args=(-t1 -c"$connections" -d"${seconds}s" --latency -s "$lua/$script"); fi
  export SOAK_DELAY_MS=$4 SOAK_SCRIPT="$lua/$script"
  case $name in
    decision) BENCH_VISITORS="$work/visitors" BENCH_PREFIX="/v1/sites/$site/decisions/" \
      wrk "${args[@]}" -H "Authorization: Bearer $decision_key" "$base" ;;
    config) wrk "${args[@]}" -H "Visitor-Token: $returning_token" "$base/v1/sites/$site/config?lang=nl" ;;
    consent) BENCH_BODY="$work/consent.json" wrk "${args[@]}" "$base/v1/sites/$site/consents" ;;
  esac | grep '^RESULT'
}

# Each scenario's connections and share of the target rate: a connection waits connections / (share * rate) s.
mix=("decision 16 0.7" "config 8 0.2" "consent 4 0.1")
run decision 5 64 0 >/dev/null  # warm-up (JIT, connection pools), not counted
read -r _ requests seconds _ <<<"$(run decision 5 64 0)"
target=$(awk -v r="$requests" -v s="$seconds" -v f="$fraction" 'BEGIN { printf "%d", r / s * f }')
log "maximum decision rate $((requests / ${seconds%.*})) req/s; soaking at $target req/s for $duration s"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r ticks_before steal_before <<<"$(cpu_ticks)"
windows="$work/windows.tsv" samples="$work/samples.tsv"
: >"$windows"
: >"$samples"
started=$(date +%s)
for ((window = 1; window * 10 <= duration; window++)); do
  loads=()
  for entry in "${mix[@]}"; do
    read -r name connections share <<<"$entry"
    pause=$(awk -v c="$connections" -v s="$share" -v t="$target" 'BEGIN { printf "%d", c * 1000 / (s * t) }')
    run "$name" 10 "$connections" "$pause" >"$work/$name.result" &
    loads+=($!)
  done
  wait "${loads[@]}"
  for entry in "${mix[@]}"; do
    read -r name _ <<<"$entry"
    printf '%s\t%s\t%s\n' "$window" "$name" "$(cut -d' ' -f2- "$work/$name.result" | tr ' ' '\t')" >>"$windows"
  done
  heap=$(curl -fsS "$base/metrics" | awk '/^dotnet_gc_last_collection_heap_size(_bytes)?[{ ]/ { sum += $NF; seen = 1 }
    END { print seen ? sum : "" }')
  printf '%s\t%s\t%s\t%s\n' "$window" "$(($(date +%s) - started))" "$(rss_kb "$api_pid")" "$heap" >>"$samples"
  log "window $window of $((duration / 10)) done; API RSS $(rss_kb "$api_pid") kB"
done

machine="$(nproc) cores; load average before: $load_before; CPU stolen by the hypervisor during the soak: $(stolen_since "$ticks_before" "$steal_before")"
node scripts/lib/soak-summary.mjs "$windows" "$samples" "$label" "$machine" "$target" "$fraction" "$output"
log "Wrote $output"
