#!/usr/bin/env bash
# Runs every test (Swift Testing) after installing what the tests need.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --build-tests
swift test --skip-build "$@"
