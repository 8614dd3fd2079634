#!/usr/bin/env bash
# Runs every test (Swift Testing) after installing what the tests need: the build's libraries,
# and chromium + poppler-utils, with which the end-to-end test prints the report to PDF.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh chromium poppler-utils
swift build --build-tests
swift test --skip-build "$@"
