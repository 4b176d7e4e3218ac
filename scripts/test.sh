#!/usr/bin/env bash
# Runs every test: the docs' placeholders, formatting, clippy, native unit/property/component
# tests, the release build with its size budget, the two documentation sites built around it
# (docs-sites/), and end-to-end tests in headless Chromium.
# Installs whatever is missing first (scripts/setup.sh --test). Nothing is skipped: a test
# whose tool or file is missing fails (VSG_STRICT), and so does a skipped end-to-end test.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
# Read by the tests (crates/vsg-core/tests/common::skip_or_fail): what would be skipped fails.
export VSG_STRICT=1

step "docs (no unfilled {{…}} placeholder)"
if grep -nHE '\{\{[^}]*\}\}' README.md ARCHITECTURE.md >&2; then
  echo 'docs: the lines above (file:line) hold an unfilled {{…}} placeholder; write what it stands for' >&2
  exit 1
fi

step "tools"
"$ROOT/scripts/setup.sh" --test

step "rustfmt"
cargo fmt --all -- --check

step "clippy (native and wasm32)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -- -D warnings

step "native tests (vsg-core rules, vectors, properties, snippets; app state and SSR components)"
# The snippet tests run the Python snippets against the real SDKs in this venv.
export VSG_PYTHON="$ROOT/.venv-snippets/bin/python"
cargo test --workspace

step "release build"
trunk build --release --offline

step "size report"
# The budget: every entry (page, or the element's script with its stylesheet) loads at most
# 215,000 bytes gzip, the whole family included. Not met today (README, Measured): entries over
# it are printed, and the step fails above the regression ceiling (size-report.mjs); a
# pre-rendered page's own HTML at most 25,000.
"$ROOT/scripts/size-report.sh" dist

step "docs sites (mkdocs-material, VitePress) with the release build"
"$ROOT/scripts/build-docs-sites.sh" dist

step "end-to-end (headless Chromium)"
# The spec report on screen, and TAP to a file to count the skipped and to-do tests: a test
# that did not run is not a pass.
tap="$(mktemp)"
trap 'rm -f "$tap"' EXIT
node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" e2e/
if grep -E '^ *(not )?ok [0-9]+ - .* # (SKIP|TODO)' "$tap" >&2; then
  echo 'e2e: the tests above were skipped or are to-do; every end-to-end test must run' >&2
  exit 1
fi
