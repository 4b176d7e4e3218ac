#!/usr/bin/env bash
# Builds the two documentation sites of docs-sites/ with the playground in them, as a docs
# team would: mkdocs-material (Python) and VitePress (JavaScript), each from a staged copy
# of its folder (target/docs-sites-src/) with the playground's build copied into its static
# files, into target/docs-sites/mkdocs/ and target/docs-sites/vitepress/ (e2e/docs-sites.test.mjs
# serves and tests them; scripts/screenshot-docs-sites.mjs pictures them).
#
#   scripts/build-docs-sites.sh [DIST]    # DIST: the playground's build, default dist/
#
# The generators are the pinned ones scripts/setup.sh --test installs: mkdocs-material in
# .venv-docs (docs-sites/mkdocs/requirements.txt), VitePress from package-lock.json.
#
# Each site's prerendered page holds a spot between `<!-- vsg-prerender:begin` and
# `<!-- vsg-prerender:end -->` with a bare element: `vsg-prerender fill` pre-renders it in
# the staged page (a declarative shadow root, its stylesheet linked from /vsg-playground/),
# keeping the bare element's attributes.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
say() { printf '\033[1m[docs-sites]\033[0m %s\n' "$*"; }

DIST="${1:-dist}"
if [ ! -f "$DIST/vsg-playground.js" ] || [ ! -f "$DIST/index.html" ]; then
  echo "build-docs-sites: $DIST is not a release build of the playground (no vsg-playground.js or index.html); run scripts/build.sh first" >&2
  exit 1
fi
DIST="$(cd "$DIST" && pwd)"
if [ ! -x .venv-docs/bin/mkdocs ] || [ ! -x node_modules/.bin/vitepress ]; then
  echo 'build-docs-sites: mkdocs-material (.venv-docs) or VitePress (node_modules) is missing; run scripts/setup.sh --test' >&2
  exit 1
fi

STAGE="$ROOT/target/docs-sites-src"
OUT="$ROOT/target/docs-sites"
rm -rf "$STAGE" "$OUT"
mkdir -p "$STAGE" "$OUT"
cp -r docs-sites/mkdocs docs-sites/vitepress "$STAGE/"

# The playground's files (not its demo page) as each site's static files.
copy_dist() {
  mkdir -p "$1"
  cp -r "$DIST"/. "$1"/
  rm -f "$1"/demo.*
}
copy_dist "$STAGE/mkdocs/docs/vsg-playground"
copy_dist "$STAGE/vitepress/public/vsg-playground"

# The spot of each site's pre-rendered page holds a bare element: `vsg-prerender fill` (the
# command that fills demo.html and tutorial.html) renders it, its stylesheet linked from the
# site's copy of the playground.
for page in "$STAGE/mkdocs/docs/prerendered.md" "$STAGE/vitepress/prerendered.md"; do
  if ! grep -q 'vsg-prerender:begin' "$page" || ! grep -q 'vsg-prerender:end' "$page"; then
    echo "build-docs-sites: $page has no vsg-prerender spot" >&2
    exit 1
  fi
  cargo run --quiet --locked -p vsg-prerender -- fill --base /vsg-playground/ "$DIST" "$page"
  if ! grep -q 'shadowrootmode="open"' "$page"; then
    echo "build-docs-sites: the element of $page was not pre-rendered" >&2
    exit 1
  fi
  say "pre-rendered the element of ${page#"$STAGE"/}"
done

say "mkdocs-material → target/docs-sites/mkdocs"
NO_MKDOCS_2_WARNING=1 .venv-docs/bin/mkdocs build --strict --quiet \
  --config-file "$STAGE/mkdocs/mkdocs.yml" --site-dir "$OUT/mkdocs"

say "VitePress → target/docs-sites/vitepress"
vitepress build "$STAGE/vitepress" --outDir "$OUT/vitepress" --logLevel warn

for f in "$OUT/mkdocs/element/index.html" "$OUT/mkdocs/vsg-playground/vsg-playground.js" \
         "$OUT/vitepress/element.html" "$OUT/vitepress/vsg-playground/vsg-playground.js"; do
  [ -f "$f" ] || { echo "build-docs-sites: $f was not built" >&2; exit 1; }
done
say "built target/docs-sites/{mkdocs,vitepress}"
