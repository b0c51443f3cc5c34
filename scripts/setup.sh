# shellcheck shell=bash
# Sourced by serve.sh and test.sh: installs whatever is missing, quickly does nothing when
# everything is there. Only crates.io, npm and Debian's packages are used: nothing is
# downloaded from GitHub or anywhere else.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

TRUNK_VERSION="0.21.14"
WASM_SPLIT_VERSION="0.2.4"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen version the app links against: the CLI must be exactly this one.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

setup_build_tools() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  # The test command checks formatting and lints; rustup installs both by default, but a
  # minimal profile would not.
  local component
  for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component-"; then
      log "adding the $component component"
      rustup component add "$component"
    fi
  done

  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "installing trunk $TRUNK_VERSION from crates.io (about 8 minutes on 2 cores)"
    # Trunk's own release profile uses LTO; without it the build takes minutes less.
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install trunk --version "$TRUNK_VERSION" --locked
  fi

  local wbg
  wbg="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    log "installing wasm-bindgen-cli $wbg from crates.io (about 3 minutes)"
    # Not --locked: its lockfile wants a webpki-roots version the registry no longer has.
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
  # The release build splits the wasm by route (scripts/wasm-build.mjs): Leptos's splitter.
  # 0.2.3 is the first that reads wasm-bindgen 0.2.128+'s describe imports.
  # (The binary has no --version: cargo's list of installed packages says which it is.)
  if ! command -v wasm-split-cli >/dev/null ||
    ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    log "installing wasm_split_cli_support $WASM_SPLIT_VERSION from crates.io (about 5 minutes)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
  fi
  if ! grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml; then
    log "Trunk.toml's [tools] wasm_bindgen does not match Cargo.lock ($wbg): update it"
    return 1
  fi

  # npm packages: wasm-opt (binaryen; Debian's version breaks the wasm), Playwright, axe-core.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
  fi
}

setup_browsers() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}
