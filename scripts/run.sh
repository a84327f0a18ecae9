#!/usr/bin/env bash
# The run command: sets up what is missing, then serves the API (with an embedded Redis and the demo site)
# on http://localhost:5080. Prints the URLs and the development admin key.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project src/ConsentManager.Api --no-build --no-launch-profile -- --urls "${URLS:-http://localhost:5080}"
