#!/usr/bin/env bash
# Release build of the playground into dist/ (wasm-opt -Oz), offline: every tool comes from PATH.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
trunk build --release --offline "$@"
