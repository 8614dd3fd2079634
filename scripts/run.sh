#!/usr/bin/env bash
# The main job: builds nastavnik (release) and runs it on the bundled surveys/, writing reports/:
# normalize (warehouse.sqlite, <year>/rejects.csv), then compute (<year>/indicators.json).
# Extra arguments go to both stages, e.g. `scripts/run.sh --year 2025/2026`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product nastavnik
.build/release/nastavnik normalize --input surveys --output reports "$@"
.build/release/nastavnik compute --input surveys --output reports "$@"
