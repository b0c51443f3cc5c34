#!/usr/bin/env bash
# Installs what is missing, then runs every test: native, wasm in headless Chromium,
# the release build with its size report, and end-to-end journeys in Chromium. The
# benchmarks, which measure rather than check, are a command of their own: scripts/bench.sh.
source "$(dirname "$0")/setup.sh"
setup_build_tools
setup_browsers
start=$SECONDS

log "formatting and lints (cargo fmt --check; cargo clippy -D warnings, native and wasm)"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
# tests/properties.rs is native only (proptest); the wasm lint covers the app and tests/web.rs.
cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings

# The modules import one way, with no circles: the shared tool, where the checkout has the
# shared folder beside it (as the team's machines and CI do).
CYCLES="$ROOT/../shared/tools/import-cycles.py"
if [ -f "$CYCLES" ]; then
  log "import cycles (../shared/tools/import-cycles.py src)"
  python3 "$CYCLES" src
fi

log "native tests (cargo test)"
cargo test --quiet

log "component tests in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web

log "release build, split by route (trunk build --release; scripts/wasm-build.mjs)"
trunk build --release --public-url /

log "size report: what Chromium fetches for each page, against the budgets"
node scripts/size-report.mjs dist

log "release build for a sub-path host (/some/path/ -> dist-subpath/)"
trunk build --release --public-url /some/path/ --dist dist-subpath

log "end-to-end journeys (Playwright driving /usr/bin/chromium): every journey at the root, the @hosting ones under /some/path/"
npx playwright test

log "all tests passed in $((SECONDS - start)) s (after setup)"
