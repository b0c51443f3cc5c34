#!/usr/bin/env bash
# Installs what is missing, then runs every test: native, wasm in headless Chromium, the
# release builds with their size report, and end-to-end journeys in Chromium. The
# benchmarks, which measure rather than check, are a command of their own: scripts/bench.sh.
source "$(dirname "$0")/setup.sh"
setup_build_tools
setup_browsers
start=$SECONDS
# Every build here starts from nothing on CI: incremental compilation's bookkeeping would only
# cost time.
export CARGO_INCREMENTAL=0

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
# 1. the release builds, the end-to-end journeys, then the size report (prefixed [e2e]);
# 2. the checks of the code: lints, native tests, component tests, at a lower priority, so
#    that the journeys (which need the builds) start as early as they can.
release_and_journeys() {
  set -euo pipefail
  log "release build, split by route (trunk build --release; scripts/wasm-build.mjs)"
  trunk build --release --public-url /
  log "release build for a sub-path host (/some/path/ -> dist-subpath/)"
  trunk build --release --public-url /some/path/ --dist dist-subpath
  log "end-to-end journeys (Playwright driving /usr/bin/chromium): every journey at the root, the @hosting ones under /some/path/"
  npx playwright test
  log "size report: what Chromium fetches for each route, against the budgets"
  node scripts/size-report.mjs dist
}
release_and_journeys > >(sed -u 's/^/[e2e] /') 2>&1 &
journeys=$!

# Clippy is the compiler here (clippy-driver as the workspace's rustc wrapper, as `cargo
# clippy` itself runs it), so the lints come out of the same builds that the tests run, with
# warnings denied: one compile of each target instead of a check and then a build.
checks() {
  set -euo pipefail
  renice -n 10 -p "$BASHPID" >/dev/null
  export CARGO_TARGET_DIR="$ROOT/target/checks"
  RUSTC_WORKSPACE_WRAPPER="$(rustup which clippy-driver)"
  export RUSTC_WORKSPACE_WRAPPER
  # Native: the library without its `app` feature (the domain, the translation tables, the
  # browser calls), so Leptos is not compiled for the native target; the app's code is
  # linted where it runs, in the wasm build below.
  log "native tests, linted (cargo test --no-default-features, clippy -D warnings)"
  RUSTFLAGS="-Dwarnings" cargo test --quiet --no-default-features --all-targets

  # Arrays given with --config are joined to .cargo/config.toml's (`--cfg erase_components`).
  log "component tests in headless Chromium (wasm-bindgen-test), with the app, its binary and these tests linted"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test web --config 'target.wasm32-unknown-unknown.rustflags=["-Dwarnings"]'
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
