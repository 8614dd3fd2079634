#!/usr/bin/env bash
# Makes docs/report-page1.png: the first A4 page of the sample report, printed by headless
# Chromium exactly as a principal would print it, then rasterised with pdftoppm.
# Run after `bash scripts/run.sh` (it reads reports/2025-2026/report.html).
set -euo pipefail
cd "$(dirname "$0")/.."
report="${1:-reports/2025-2026/report.html}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$tmp/report.pdf" "file://$PWD/$report" 2>/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/report.pdf" docs/report-page1
echo "docs/report-page1.png ← $report ($(pdfinfo "$tmp/report.pdf" | awk '/^Pages/ {print $2}') стр.)"
