#!/usr/bin/env bash
# Gzip size of the release dist/ (html + js + wasm + css), against the 100 KB budget.
#   scripts/size-report.sh [DIST]   — exits 1 when over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${1:-dist}"
BUDGET=${SIZE_BUDGET:-100000}
total=0
printf '%-48s %10s %10s\n' file raw gzip
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-48s %10d %10d\n' "${f#"$DIST"/}" "$raw" "$gz"
done < <(find "$DIST" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) -print0 | sort -z)
printf '%-48s %10s %10d\n' TOTAL "" "$total"
if [ "$total" -gt "$BUDGET" ]; then
  echo "size: $total bytes gzip is over the budget of $BUDGET bytes" >&2
  exit 1
fi
echo "size: $total bytes gzip (budget $BUDGET)"
