#!/usr/bin/env bash
# The main job: builds nastavnik (release) and runs it on the bundled surveys/, writing reports/.
# Extra arguments go to the command, e.g. `scripts/run.sh --json`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product nastavnik
exec .build/release/nastavnik normalize --input surveys --output reports "$@"
