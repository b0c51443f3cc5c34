#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on http://127.0.0.1:8080
# (rebuilding on change). Ctrl-C stops it.
source "$(dirname "$0")/setup.sh"
setup_build_tools
log "building and serving on http://127.0.0.1:8080"
# The address and port are Trunk.toml's [serve].
exec trunk serve --release "$@"
