# Sourced by bench.sh and soak.sh (after artifact.sh): load generation with wrk over loopback.

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return
  log "Installing wrk (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}

# The API's resident memory in kB (VmRSS).
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

# CPU ticks so far in total and stolen by the hypervisor (/proc/stat). A VM whose host takes CPU away runs slower, so
# a run with much steal is not comparable to one without.
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $9 }' /proc/stat; }

# The share of CPU stolen since cpu_ticks printed "$1 $2", e.g. "8.6%".
stolen_since() {
  local total steal
  read -r total steal <<<"$(cpu_ticks)"
  awk -v s=$((steal - $2)) -v t=$((total - $1)) 'BEGIN { printf "%.1f%%", t ? 100 * s / t : 0 }'
}
