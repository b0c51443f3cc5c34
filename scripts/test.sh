#!/usr/bin/env bash
# Installs what is missing, then runs every test: native, wasm in headless Chromium,
# the release build with its size report, and end-to-end journeys in Chromium.
source "$(dirname "$0")/setup.sh"
setup_build_tools
setup_browsers
start=$SECONDS

log "formatting and lints (cargo fmt --check; cargo clippy -D warnings, native and wasm)"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
# tests/properties.rs is native only (proptest); the wasm lint covers the app and tests/web.rs.
cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings

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

log "end-to-end journeys (Playwright driving /usr/bin/chromium)"
npx playwright test

# Timing depends on the machine: the numbers are printed here, and the budgets are enforced
# when the benchmarks are run on their own (node scripts/bench-search.mjs, bench-startup.mjs).
log "search benchmark at 10,000 programmes (Leptos app vs vanilla JS floor)"
BENCH_STRICT=0 node scripts/bench-search.mjs dist

log "startup benchmark: the overview's headline, app vs a static copy of the same page"
BENCH_STRICT=0 node scripts/bench-startup.mjs dist

log "all tests passed in $((SECONDS - start)) s (after setup)"
