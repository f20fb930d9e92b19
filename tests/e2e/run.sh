#!/usr/bin/env bash
# Serves the index in $1 (default policy-index) with the CLI as `dotnet test`/`dotnet run` built it, runs the browser test against it,
# and stops the server. Needs Debian's chromium and Node.js; run from the repository root.
set -euo pipefail
index="${1:-policy-index}"
port="${PORT:-5091}"
dotnet src/PolicyParse.Cli/bin/Debug/net10.0/PolicyParse.Cli.dll serve --index "$index" --urls "http://127.0.0.1:$port" > artifacts/e2e-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/health" > /dev/null && break
  sleep 1
done
(cd tests/e2e && npm ci --no-audit --no-fund --silent)
BASE_URL="http://127.0.0.1:$port" SCREENSHOT_DIR="$PWD/artifacts/e2e" node tests/e2e/search-page.test.mjs
