# Sourced by bench.sh and soak.sh (after artifact.sh): load generation with wrk over loopback.

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return
  log "Installing wrk (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}

# The API's resident memory in kB (VmRSS).
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
