#!/usr/bin/env bash
# Prints a <vsg-playground> element with its shadow content pre-rendered as a declarative
# shadow root (<template shadowrootmode="open">…), for static-site generators: readable at
# first paint, taken over by the playground when its script has loaded.
#
#   scripts/prerender-element.sh [--base URL] [--preset P] [--lang L] [--theme T]
#       [--panels LIST] [--readonly] [--compact false] [--simulate CODE]
#       [--operation ACTION] [--sandbox NAME] DIST
#
# DIST is the release build (scripts/build.sh); URL is where it is served (the element's
# stylesheet is linked from there, which a strict CSP allows). The markup carries the
# build's fingerprint: pre-render again after each build of the playground.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
exec cargo run --quiet --locked -p vsg-prerender -- element "$@"
