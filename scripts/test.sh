#!/usr/bin/env bash
# Installs what is missing, then runs every test: native, wasm in headless Chromium, the
# release builds with their size report, and end-to-end journeys in Chromium. The
# benchmarks, which measure rather than check, are a command of their own: scripts/bench.sh.
source "$(dirname "$0")/setup.sh"
setup_build_tools
setup_browsers
start=$SECONDS

log "formatting (cargo fmt --check)"
cargo fmt --check

# The modules import one way, with no circles: the shared tool, where the checkout has the
# shared folder beside it (as the team's machines and CI do).
CYCLES="$ROOT/../shared/tools/import-cycles.py"
if [ -f "$CYCLES" ]; then
  log "import cycles (../shared/tools/import-cycles.py src)"
  python3 "$CYCLES" src
fi

# Two lines of work side by side, each in a target folder of its own so that neither waits
# for the other's lock. Much of each is one core's work (the release build's link-time
# optimisation, the compiler's front end on our crate, a browser waiting on a page), so on
# two cores they finish sooner together than one after the other:
# 1. the release builds, their size report, then the end-to-end journeys (prefixed [e2e]);
# 2. the checks of the code: lints, native tests, component tests, at a lower priority, so
#    that the journeys (which need the builds) start as early as they can.
release_and_journeys() {
  set -euo pipefail
  log "release build, split by route (trunk build --release; scripts/wasm-build.mjs)"
  trunk build --release --public-url /
  log "size report: what Chromium fetches for each route, against the budgets"
  node scripts/size-report.mjs dist
  log "release build for a sub-path host (/some/path/ -> dist-subpath/)"
  trunk build --release --public-url /some/path/ --dist dist-subpath
  log "end-to-end journeys (Playwright driving /usr/bin/chromium): every journey at the root, the @hosting ones under /some/path/"
  npx playwright test
}
release_and_journeys > >(sed -u 's/^/[e2e] /') 2>&1 &
journeys=$!

checks() {
  set -euo pipefail
  renice -n 10 -p "$BASHPID" >/dev/null
  export CARGO_TARGET_DIR="$ROOT/target/checks"
  # Native: the library without its `app` feature (the domain, the translation tables, the
  # browser calls), so Leptos is not compiled for the native target; the app's code is
  # linted for the target it runs on, wasm.
  log "lints (cargo clippy -D warnings: native without the app, wasm with it)"
  cargo clippy --quiet --no-default-features --all-targets -- -D warnings
  cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings

  log "native tests (cargo test --no-default-features)"
  cargo test --quiet --no-default-features

  log "component tests in headless Chromium (wasm-bindgen-test)"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test web
}
# In the background too: `set -e` would not stop a list whose status is tested.
checks &
checked=$!
checks_failed=
wait "$checked" || checks_failed=1

if ! wait "$journeys"; then
  log "the release build, its size report or a journey failed (lines marked [e2e] above)"
  exit 1
fi
if [ -n "$checks_failed" ]; then
  log "a lint, native test or component test failed (above)"
  exit 1
fi
log "all tests passed in $((SECONDS - start)) s (after setup)"
