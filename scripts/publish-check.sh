#!/usr/bin/env bash
# The deployable artifact, as CI checks it: `dotnet publish -c Release`, started from / in Production against a
# real redis-server with only the documented settings; /readyz, the widget script, the dashboard, /config and one
# consent round trip as the widget makes it (the visitor and its token from /config) must work. Exit 0 = pass.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/artifact.sh

work=$(mktemp -d /tmp/consentmanager-artifact.XXXXXX)
trap 'cleanup_artifact; rm -rf "$work"' EXIT

fail() { log "publish check failed: $*"; tail -n 40 "$work/api.log" >&2 || true; exit 1; }

start_redis
publish_api
[[ -f "$publish/widget/.vite/manifest.json" ]] || fail "the publish output has no widget build"
[[ -f "$publish/dashboard/index.html" ]] || fail "the publish output has no dashboard build"
[[ -n "$(ls "$publish/geo/"*.mmdb 2>/dev/null)" ]] || fail "the publish output has no geo database"
start_api || fail "the artifact did not become ready"

[[ $(curl -fsS "$base/readyz" | jq -r .status) == ready ]] || fail "/readyz is not ready"
curl -fsS -D "$work/widget.headers" -o "$work/widget.js" "$base/widget/v1/consent.js" || fail "no widget script"
grep -qi '^content-type: application/javascript' "$work/widget.headers" || fail "the widget script is not JavaScript"
curl -fsS "$base/dashboard/" | grep -qi '<html' || fail "no dashboard page"

site="artifact-$(date +%s)"
create_site "$site" || fail "PUT site"

config=$(curl -fsS "$base/v1/sites/$site/config?lang=nl") || fail "/config"
[[ $(jq -r '.purposes[0].id' <<<"$config") == analytics ]] || fail "/config without the site's purpose: $config"
visitor=$(jq -r .visitorId <<<"$config")
token=$(jq -r .visitorToken <<<"$config")
[[ $visitor != null && $token != null ]] || fail "/config without visitorId and visitorToken: $config"
jq -n --arg visitor "$visitor" --arg token "$token" --arg textHash "$(jq -r .textHash <<<"$config")" \
  '{visitorId: $visitor, visitorToken: $token, action: "accept_all", choices: {analytics: true},
    purposeVersions: {analytics: 1}, language: "nl", textHash: $textHash}' >"$work/consent.json"
receipt=$(curl -fsS -H 'Content-Type: application/json' --data @"$work/consent.json" "$base/v1/sites/$site/consents") \
  || fail "POST consent"
[[ $(jq -r .visitorId <<<"$receipt") == "$visitor" ]] || fail "the receipt names another visitor: $receipt"
current=$(curl -fsS -H "Visitor-Token: $token" "$base/v1/sites/$site/consents/$visitor") || fail "GET consent"
[[ $(jq -r .receiptId <<<"$current") == $(jq -r .receiptId <<<"$receipt") ]] || fail "round trip: $receipt vs $current"
# Information-level request logs mean appsettings.json (log levels, feature flags) was not loaded from the app base.
! grep -q 'Microsoft.AspNetCore.Hosting.Diagnostics' "$work/api.log" || fail "the artifact ignored its appsettings.json"
log "publish check passed: $publish serves /readyz, the widget, the dashboard, /config and a consent round trip"
