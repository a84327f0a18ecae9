# Sourced by bench.sh and publish-check.sh: a Release publish of the API run as it would be deployed, against a
# redis-server of its own (loopback, temp dir). Callers set $work (a temp dir) and call cleanup_artifact on exit.
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

publish_api() {
  dotnet publish src/ConsentManager.Api -c Release -o "$work/publish" --nologo -v quiet -clp:ErrorsOnly >&2
}

# Starts the published API in Production from / (never the repository), with only the documented settings plus
# any extra NAME=value arguments; sets $api_pid, $base and $admin_key and waits until /readyz answers.
start_api() {
  local port
  port=$(free_port)
  base="http://127.0.0.1:$port"
  admin_key="artifact-admin-key-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  (cd / && exec env ASPNETCORE_ENVIRONMENT=Production \
    Redis__Configuration="127.0.0.1:$redis_port" \
    ConsentManager__AdminKey="$admin_key" \
    VisitorTokens__Keys__0="artifact-visitor-token-key-0123456789abcdef" \
    Receipts__MacKeys__0="artifact-receipt-mac-key-0123456789abcdef" \
    Http__AllowPlainHttp=true \
    "$@" dotnet "$work/publish/ConsentManager.Api.dll" --urls "$base" >"$work/api.log" 2>&1) &
  api_pid=$!
  artifact_pids+=($api_pid)
  wait_for 60 curl -fsS "$base/readyz" || { cat "$work/api.log" >&2; return 1; }
}
