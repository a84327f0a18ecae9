#!/usr/bin/env bash
# The API killed mid-load and restarted (part of the test command): the published API runs in Production against a
# redis-server with AOF; N consent POSTs fly 32 at a time and the API gets a kill -9 once a third of them were
# acknowledged. Restarted on the same Redis, every request is sent again byte for byte until 2xx. Then each visitor
# has exactly its one receipt, every receipt acknowledged before the kill is among them, every receipt verifies,
# today's stats count N decisions, and Redis holds no partial record (scripts/lib/partial-records.lua).
# Settings (environment): KILL_CHECK_REQUESTS (400); ARTIFACT_PUBLISH, a publish folder to use instead of publishing
# (the test command passes the one publish-check.sh made). Exit 0 = pass.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/artifact.sh
requests=${KILL_CHECK_REQUESTS:-400}
started=$(date +%s)

work=$(mktemp -d /tmp/consentmanager-kill.XXXXXX)
trap 'cleanup_artifact; rm -rf "$work"' EXIT

fail() { log "api kill check failed: $*"; tail -n 40 "$work/api.log" >&2 || true; exit 1; }
load() { node scripts/lib/kill-load.mjs "$1" "$base" "$site" "$work" "${@:2}"; }

start_redis
reuse_or_publish_api
start_api "${unlimited_api_settings[@]}" || fail "the API did not become ready"
site="kill-$(date +%s)"
create_site "$site" || fail "PUT site"

load prepare "$requests" || fail "preparing $requests consents"
killed_pid=$api_pid
# The fire step kill -9s the API; bash would report that on its own stderr (a screenful naming the command), so
# that is silenced while the step's own errors still show through fd 3.
status=0
{ node scripts/lib/kill-load.mjs fire "$base" "$site" "$work" "$api_pid" $((requests / 3)) 2>&3 \
  && { wait "$killed_pid" || status=$?; }; } 3>&2 2>/dev/null || fail "firing the consents"
[[ $status == 137 ]] || fail "the API ended with status $status, not by the kill -9"
log "the API (pid $killed_pid) was killed with SIGKILL mid-load; restarting it on the same Redis"
launch_api || fail "the API did not come back after the kill"
load retry || fail "retrying every request"

node scripts/lib/kill-verify.mjs "$base" "$admin_key" "$site" "$work" || fail "the retried receipts"
redis --eval scripts/lib/partial-records.lua , "$site" >"$work/records.txt" || fail "scanning Redis"
log "Redis: $(head -n 4 "$work/records.txt" | paste -sd ' ')"
[[ $(wc -l <"$work/records.txt") == 4 ]] || fail "partial records: $(tail -n +5 "$work/records.txt" | head -n 20)"
for kind in receipts histories claims indexed; do
  grep -qx "$kind $requests" "$work/records.txt" \
    || fail "Redis holds $(grep "^$kind " "$work/records.txt"), not $requests"
done
log "api kill check passed in $(($(date +%s) - started)) s"
