#!/usr/bin/env bash
# The README's screenshots (docs/*.png) of the release build in dist/. Installs what it
# needs first: the test tools, and a CJK font (headless Chromium has none) for the
# Chinese screenshot.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" --test
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  echo "[screenshot] installing fonts-noto-cjk from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null
fi
[ -f dist/index.html ] || trunk build --release --offline
node scripts/screenshot.mjs
