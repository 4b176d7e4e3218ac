#!/usr/bin/env bash
# Installs everything the playground needs to build, serve and test, skipping
# whatever is already present. Safe to run again and again.
#
#   scripts/setup.sh               # build tools only (wasm target, trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --test        # plus Chromium, chromedriver, a JDK and the Python SDKs for the
#                                  # tests, and the docs sites' generators (mkdocs-material in
#                                  # .venv-docs; VitePress comes with the npm packages)
#   scripts/setup.sh --screenshots # what --test installs, and a CJK font for the screenshots
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes ~10 min)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the CLI's own lockfile pins crates that no longer build on this toolchain.
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# wasm-opt comes from npm's binaryen (Debian's is too old for today's rustc output),
# installed with the rest of the npm packages from package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -x node_modules/.bin/vitepress ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--screenshots" ]; then
  # Chromium for the e2e tests; a JDK for the Java snippet's test (javac).
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  command -v javac >/dev/null || missing+=(default-jdk-headless)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # The real Python SDKs the Python snippets are run against (tests/snippets/).
  if [ ! -x .venv-snippets/bin/python ]; then
    say "creating .venv-snippets"
    python3 -m venv .venv-snippets
  fi
  if ! cmp -s tests/snippets/requirements.txt .venv-snippets/installed-requirements.txt; then
    say "installing the Python SDKs from tests/snippets/requirements.txt"
    .venv-snippets/bin/pip install -q --disable-pip-version-check -r tests/snippets/requirements.txt
    cp tests/snippets/requirements.txt .venv-snippets/installed-requirements.txt
  fi
  # mkdocs-material, the Python docs site's generator (docs-sites/mkdocs/, built by
  # scripts/build-docs-sites.sh).
  if [ ! -x .venv-docs/bin/python ]; then
    say "creating .venv-docs"
    python3 -m venv .venv-docs
  fi
  if ! cmp -s docs-sites/mkdocs/requirements.txt .venv-docs/installed-requirements.txt; then
    say "installing mkdocs-material from docs-sites/mkdocs/requirements.txt"
    .venv-docs/bin/pip install -q --disable-pip-version-check -r docs-sites/mkdocs/requirements.txt
    cp docs-sites/mkdocs/requirements.txt .venv-docs/installed-requirements.txt
  fi
fi

if [ "${1:-}" = "--screenshots" ]; then
  # Headless Chromium has no CJK font: the Chinese screenshots need one.
  if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    say "installing fonts-noto-cjk from apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null
  fi
fi
say "tools ready"
