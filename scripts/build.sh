#!/usr/bin/env bash
# Installs what is missing and builds the release app into dist/ for a static host.
# Usage: bash scripts/build.sh [public-url]   e.g. bash scripts/build.sh /mmptf-explorer/
source "$(dirname "$0")/setup.sh"
setup_build_tools
# The size report loads each page in Chromium to count what it fetches.
setup_browsers
public_url="${1:-/}"
case "$public_url" in /*/ | /) ;; *) log "the public URL must start and end with '/', e.g. /some/path/"; exit 2 ;; esac
log "building dist/ for $public_url"
trunk build --release --public-url "$public_url"
node scripts/size-report.mjs dist
