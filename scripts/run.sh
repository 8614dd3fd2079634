#!/usr/bin/env bash
# The main job: builds nastavnik (release) and runs every stage on the bundled surveys/:
# ingest, normalize, compute, render → reports/<year>/report.html, report.md, charts/,
# indicators.json, rejects.csv and manifest.json.
# Extra arguments go to `nastavnik run`, e.g. `scripts/run.sh --public` or `--now 2026-06-01`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product nastavnik
.build/release/nastavnik run --input surveys --output reports "$@"
