#!/usr/bin/env bash
# Throughput and peak memory of the CSV floor (C on libcsv), TabularIO and `nastavnik` on the
# workloads of spec/performance.md. Release builds.
#
# Every candidate is timed in interleaved pairs with its reference (reference, candidate,
# reference, candidate, … RUNS times): this VM's speed drifts by up to 2× within minutes, and a
# ratio of two medians taken minutes apart measures the drift. The table shows both medians and
# the median of the per-pair ratios; peak RSS is the largest seen.
# Usage: Benchmarks/run.sh [MB] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-200}
RUNS=${2:-5}
WORK=Benchmarks/work
scripts/ensure-deps.sh time
mkdir -p "$WORK"
swift build -c release --product tabular-bench >/dev/null
swift build -c release --product nastavnik >/dev/null
cc -O2 -o "$WORK/count_fields" Benchmarks/c-floor/count_fields.c -lcsv
if [ ! -f "$WORK/export.cp1251.csv" ] || [ "$(cat "$WORK/size" 2>/dev/null)" != "$MB" ]; then
  .build/release/tabular-bench generate "$WORK" "$MB"
  echo "$MB" > "$WORK/size"
fi

# pair: runs the arrays REF and CAND alternately RUNS times and prints
# "ref_median cand_median median_of_ref/cand cand_peak_rss_kib".
pair() {
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/ref.txt" "${REF[@]}" >/dev/null
    /usr/bin/time -f "%e %M" -o "$WORK/cand.txt" "${CAND[@]}" >/dev/null
    echo "$(cat "$WORK/ref.txt") $(cat "$WORK/cand.txt")"
  done | python3 -c '
import statistics, sys
runs = [list(map(float, line.split())) for line in sys.stdin]
print("%.2f %.2f %.4f %d" % (
    statistics.median(r[0] for r in runs), statistics.median(r[2] for r in runs),
    statistics.median(r[0] / r[2] for r in runs), max(r[3] for r in runs)))'
}

mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
percent() { awk -v r="$1" 'BEGIN { printf "%.0f %%", 100 * r }'; }
mbps() { awk -v b="$(du -cb "$@" | tail -1 | cut -f1)" -v s="$seconds" 'BEGIN { printf "%.0f MB/s", b / 1048576 / s }'; }

echo "| measured | input | reference | candidate | throughput | candidate vs reference | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for file in "$WORK/export.utf8.csv" "$WORK/export.cp1251.csv"; do
  name=$(basename "$file")
  REF=("$WORK/count_fields" "$file")
  CAND=(.build/release/tabular-bench read "$file")
  read -r floor seconds ratio rss < <(pair)
  echo "| (b) TabularIO, rows as byte views | $name | C floor $floor s | $seconds s | $(mbps "$file") | **$(percent "$ratio")** of the floor's speed | $(mib "$rss") |"
  CAND=(.build/release/tabular-bench read-one-stream "$file")
  read -r floor seconds ratio rss < <(pair)
  echo "| (b¹) the same, one libcsv stream (no segments) | $name | C floor $floor s | $seconds s | $(mbps "$file") | $(percent "$ratio") | $(mib "$rss") |"
  if [ "$file" = "$WORK/export.cp1251.csv" ]; then
    mkdir -p "$WORK/check" && ln -f "$file" "$WORK/check/export.csv"
    CAND=(.build/release/nastavnik check --structure --input "$WORK/check")
    read -r floor seconds ratio rss < <(pair)
    echo "| (c) \`nastavnik check --structure\` | $name | C floor $floor s | $seconds s | $(mbps "$file") | **$(percent "$ratio")** | $(mib "$rss") |"
    CAND=(.build/release/nastavnik check --input "$WORK/check")
    read -r floor seconds ratio rss < <(pair)
    echo "| (c′) \`nastavnik check\` (full normalize) | $name | C floor $floor s | $seconds s | $(mbps "$file") | $(percent "$ratio") | $(mib "$rss") |"
  fi
done

# W2: the bundled school's files plus a ~5M-row journal of current marks (cp1251, `;`).
W2="$WORK/w2"
if [ ! -f "$W2/Журнал текущих отметок.csv" ]; then
  .build/release/nastavnik sample-data --marks current --out "$W2" >/dev/null
fi
journal="$W2/Журнал текущих отметок.csv"
REF=("$WORK/count_fields" "$journal")
CAND=(.build/release/nastavnik normalize --input "$W2" --output "$WORK/w2-reports")
read -r floor seconds ratio rss < <(pair)
w2_seconds=$seconds
echo "| (d) \`nastavnik normalize\`, W2 ($(ls "$W2" | wc -l) files) | w2/ ($(du -cb "$W2"/* | tail -1 | awk '{ printf "%.0f MB", $1 / 1048576 }')) | C floor on the journal $floor s | $seconds s | $(mbps "$W2"/*) | **$(percent "$ratio")** | $(mib "$rss") |"

# Scaling: the same school with a journal twice as long (10 M rows): the time should at most
# double (+5 %) and peak memory stay put.
W2X2="$WORK/w2x2"
if [ ! -f "$W2X2/Журнал текущих отметок.csv" ]; then
  .build/release/nastavnik sample-data --marks current --journal-rows 10000000 --out "$W2X2" >/dev/null
fi
REF=(.build/release/nastavnik normalize --input "$W2" --output "$WORK/w2-reports")
CAND=(.build/release/nastavnik normalize --input "$W2X2" --output "$WORK/w2x2-reports")
read -r single seconds ratio rss < <(pair)
echo "| (d×2) \`nastavnik normalize\`, W2 with a 10 M-row journal | w2x2/ | (d) $single s | $seconds s | $(mbps "$W2X2"/*) | $(awk -v r="$ratio" 'BEGIN { printf "%.2f×", 1 / r }') the time of (d) | $(mib "$rss") |"

# W2 end to end: `nastavnik run` (every file, the warehouse, the indicators, the report) against
# DuckDB with 2 threads computing the grade indicators' core from the journal alone.
python3 -c 'import duckdb' 2>/dev/null || pip install --quiet duckdb >/dev/null 2>&1 || true
if python3 -c 'import duckdb' 2>/dev/null; then
  REF=(python3 Benchmarks/duckdb_grades.py "$journal")
  CAND=(.build/release/nastavnik run --input "$W2" --output "$WORK/w2-run")
  read -r duck seconds ratio rss < <(pair)
  echo "| (g) \`nastavnik run\`, W2 (all files → report) | w2/ | DuckDB, 2 threads, grade indicators from the journal: $duck s | $seconds s | — | $(awk -v r="$ratio" 'BEGIN { printf "%.2f×", 1 / r }') DuckDB's time | $(mib "$rss") |"
fi

# W1: the bundled school (`surveys/`, sample-data's default seed), the whole `nastavnik run`
# (ingest, normalize and store, compute, render) including process start; target < 0.5 s.
REF=(true)
CAND=(.build/release/nastavnik run --input surveys --output "$WORK/w1-reports")
read -r _ seconds _ rss < <(pair)
echo "| (e) \`nastavnik run\`, W1 (bundled \`surveys/\`, $(ls surveys | wc -l) files) | surveys/ | target 0.5 s | $seconds s | — | — | $(mib "$rss") |"

echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m), $RUNS interleaved pairs"
