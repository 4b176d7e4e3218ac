#!/usr/bin/env bash
# Size of what each page of the release build loads (scripts/size-report.mjs):
#   scripts/size-report.sh [DIST]   — prints every page over the budget (215,000 bytes gzip,
#   SIZE_BUDGET; not met today, see README); exits 1 when a page is over the regression ceiling
#   (SIZE_CEILING, 256,000) or a pre-rendered page's HTML over 25,000 (MARKUP_BUDGET).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/size-report.mjs "${1:-dist}"
