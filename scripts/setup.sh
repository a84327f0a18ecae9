#!/usr/bin/env bash
# Installs what the run and test commands need, when missing, then restores and builds everything.
# Usage: scripts/setup.sh [--with-browser]   (--with-browser: also Debian's chromium, for the e2e tests)
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*"; }

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
ldconfig -p 2>/dev/null | grep -q 'libmaxminddb.so.0' || need+=(libmaxminddb0)
command -v mmdblookup >/dev/null 2>&1 || need+=(mmdb-bin)
# The publish check and the benchmark talk to the API with curl and read its JSON with jq.
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v jq >/dev/null 2>&1 || need+=(jq)
if [[ "${1:-}" == "--with-browser" ]] && ! command -v chromium >/dev/null 2>&1; then
  need+=(chromium)
fi
if ((${#need[@]} > 0)); then
  log "Installing Debian packages: ${need[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "Debian packages ${need[*]} are missing; run this as root or install them with apt-get." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

log "npm ci"
npm ci --no-audit --no-fund --loglevel=error

log "Building the widget"
npm run build --silent --workspace web-widget

log "Building the dashboard"
npm run build --silent --workspace web-dashboard

log "Building the .NET solution"
dotnet build ConsentManager.sln --nologo -v quiet -clp:ErrorsOnly
