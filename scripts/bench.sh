#!/usr/bin/env bash
# The benchmarks, apart from the tests: they measure this machine as much as the app, so they
# are run on purpose, on a quiet machine, and fail when over their budgets (set BENCH_STRICT=0
# to only print). Builds the release app first if dist/ is missing.
source "$(dirname "$0")/setup.sh"
setup_build_tools
setup_browsers

if [ ! -f dist/index.html ]; then
  log "release build (trunk build --release)"
  trunk build --release --public-url /
fi

log "search benchmark at 10,000 programmes (Leptos app vs vanilla JS floor)"
node scripts/bench-search.mjs dist

log "startup benchmark: the overview's headline, app vs a static copy of the same page"
node scripts/bench-startup.mjs dist
