# Sourced by bench.sh, soak.sh, publish-check.sh and api-kill-check.sh: a Release publish of the API run as it would
# be deployed, against a redis-server of its own (loopback, temp dir). Callers set $work (a temp dir) and call
# cleanup_artifact on exit. ARTIFACT_PUBLISH names the publish folder (default: $work/publish), so one publish can
# serve several scripts: publish_api writes it, reuse_or_publish_api takes it as it is when it holds the API.
artifact_pids=()

log() { printf '==> %s\n' "$*" >&2; }

cleanup_artifact() {
  for pid in "${artifact_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${artifact_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}

free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# Polls until the command succeeds, for at most $1 seconds.
wait_for() {
  local deadline=$(($(date +%s) + $1)); shift
  until "$@" >/dev/null 2>&1; do
    (($(date +%s) < deadline)) || { log "timed out waiting for: $*"; return 1; }
    sleep 0.2
  done
}

# Starts redis-server; sets $redis_port and defines redis() for redis-cli on it.
start_redis() {
  redis_port=$(free_port)
  mkdir -p "$work/redis"
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$work/redis" --appendonly yes --appendfsync everysec \
    --save "" --daemonize no --protected-mode yes >"$work/redis.log" 2>&1 &
  artifact_pids+=($!)
  redis() { redis-cli -p "$redis_port" "$@"; }
  wait_for 15 redis ping
}

# Sets $publish: ARTIFACT_PUBLISH, else $work/publish.
publish_dir() { publish=${ARTIFACT_PUBLISH:-$work/publish}; }

publish_api() {
  publish_dir
  dotnet publish src/ConsentManager.Api -c Release -o "$publish" --nologo -v quiet -clp:ErrorsOnly >&2
}

# For checks of the running API rather than of the publish itself: an earlier publish (ARTIFACT_PUBLISH) is used as
# it is, which saves a minute in the test command; without one, this publishes.
reuse_or_publish_api() {
  publish_dir
  if [[ -f "$publish/ConsentManager.Api.dll" ]]; then
    log "using the publish output in $publish"
  else
    publish_api
  fi
}

# Starts the published API in Production from / (never the repository), with only the documented settings plus
# any extra NAME=value arguments; sets $api_pid, $base and $admin_key and waits until /readyz answers.
start_api() {
  base="http://127.0.0.1:$(free_port)"
  admin_key="artifact-admin-key-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  api_settings=("$@")
  launch_api
}

# Starts the API again as start_api last did (same address, admin key and settings), e.g. after a kill -9.
launch_api() {
  publish_dir
  (cd / && exec env ASPNETCORE_ENVIRONMENT=Production \
    Redis__Configuration="127.0.0.1:$redis_port" \
    ConsentManager__AdminKey="$admin_key" \
    VisitorTokens__Keys__0="artifact-visitor-token-key-0123456789abcdef" \
    Receipts__MacKeys__0="artifact-receipt-mac-key-0123456789abcdef" \
    Http__AllowPlainHttp=true \
    "${api_settings[@]}" dotnet "$publish/ConsentManager.Api.dll" --urls "$base" >>"$work/api.log" 2>&1) &
  api_pid=$!
  artifact_pids+=($api_pid)
  wait_for 60 curl -fsS "$base/readyz" || { cat "$work/api.log" >&2; return 1; }
}

# Settings that take the per-client rate limit and the site write budget out of the way: load scripts are one
# client on one site, and measure the API, not its limiters.
unlimited_api_settings=(RateLimiting__PermitLimit=1000000 RateLimiting__SiteWritePermitLimit=10000000)

# PUTs site $1 with one purpose (analytics, version 1) through the admin API.
create_site() {
  jq -n '{controller: {name: "Artifact B.V.", privacyPolicyUrl: "https://jobs.example/privacy"},
    allowedOrigins: ["https://jobs.example"], defaultLanguage: "nl", consentLifetimeDays: 182,
    purposes: [{id: "analytics", version: 1, title: {nl: "Analyse", en: "Analytics"}, description: {nl: "Waarom", en: "Why"},
      vendors: [{name: "Vendor", cookieLifetimeDays: 30, sendsIp: true}]}]}' |
    curl -fsS -X PUT -H "Authorization: Bearer $admin_key" -H 'Content-Type: application/json' \
      --data @- "$base/v1/sites/$1" >/dev/null
}
