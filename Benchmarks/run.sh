#!/usr/bin/env bash
# Throughput and peak memory of the CSV floor (C on libcsv), TabularIO and `nastavnik check`
# on a ~200 MB `;` export with quoted Cyrillic fields. Release builds; median of RUNS runs.
# Usage: Benchmarks/run.sh [MB] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-200}
RUNS=${2:-3}
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

# measure NAME FILE COMMAND...: prints "seconds rss_kib" medians over RUNS runs.
measure() {
  local file=$1; shift
  local times=() rss=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null
    read -r t m < "$WORK/time.txt"
    times+=("$t"); rss+=("$m")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  m=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  echo "$t $m"
}

row() {
  local name=$1 file=$2 seconds=$3 rss=$4 floor=$5
  local bytes mbps ratio
  bytes=$(stat -c %s "$file")
  mbps=$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { printf "%.0f", b / 1048576 / s }')
  ratio=$(awk -v s="$seconds" -v f="$floor" 'BEGIN { printf "%.0f %%", 100 * f / s }')
  printf '| %s | %s | %s s | %s MB/s | %s | %.1f MiB |\n' "$name" "$(basename "$file")" "$seconds" "$mbps" "$ratio" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

echo "| reader | file | wall | throughput | vs C floor | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- |"
for file in "$WORK/export.utf8.csv" "$WORK/export.cp1251.csv"; do
  read -r floor floor_rss < <(measure "$file" "$WORK/count_fields" "$file")
  row "(a) C on libcsv, counting fields" "$file" "$floor" "$floor_rss" "$floor"
  read -r t m < <(measure "$file" .build/release/tabular-bench read "$file")
  row "(b) TabularIO, rows as byte views" "$file" "$t" "$m" "$floor"
  if [ "$file" = "$WORK/export.cp1251.csv" ]; then
    mkdir -p "$WORK/check" && ln -f "$file" "$WORK/check/export.csv"
    read -r t m < <(measure "$file" .build/release/nastavnik check --structure --input "$WORK/check")
    row "(c) nastavnik check --structure" "$file" "$t" "$m" "$floor"
    read -r t m < <(measure "$file" .build/release/nastavnik check --input "$WORK/check")
    row "(c′) nastavnik check (full normalize)" "$file" "$t" "$m" "$floor"
  fi
done

# W2: the bundled school's files plus a ~5M-row journal of current marks (cp1251, `;`).
W2="$WORK/w2"
if [ ! -f "$W2/Журнал текущих отметок.csv" ]; then
  .build/release/nastavnik sample-data --marks current --out "$W2" >/dev/null
fi
journal="$W2/Журнал текущих отметок.csv"
total=$(du -cb "$W2"/* | tail -1 | cut -f1)
read -r floor floor_rss < <(measure "$journal" "$WORK/count_fields" "$journal")
row "(a) C on libcsv, counting fields" "$journal" "$floor" "$floor_rss" "$floor"
read -r t m < <(measure "$journal" .build/release/nastavnik normalize --input "$W2" --output "$WORK/w2-reports")
mbps=$(awk -v b="$total" -v s="$t" 'BEGIN { printf "%.0f", b / 1048576 / s }')
ratio=$(awk -v s="$t" -v f="$floor" 'BEGIN { printf "%.0f %%", 100 * f / s }')
printf '| (d) nastavnik normalize, W2 (all %s files, %s MB) | w2/ | %s s | %s MB/s | %s | %.1f MiB |\n' \
  "$(ls "$W2" | wc -l)" "$((total / 1048576))" "$t" "$mbps" "$ratio" "$(awk -v k="$m" 'BEGIN { print k / 1024 }')"

# Scaling: the same school with a journal twice as long (10 M rows); time should at most double
# (+5 %) and peak memory stay put.
W2X2="$WORK/w2x2"
if [ ! -f "$W2X2/Журнал текущих отметок.csv" ]; then
  .build/release/nastavnik sample-data --marks current --journal-rows 10000000 --out "$W2X2" >/dev/null
fi
read -r t2 m2 < <(measure "$W2X2" .build/release/nastavnik normalize --input "$W2X2" --output "$WORK/w2x2-reports")
printf '| (d×2) nastavnik normalize, W2 with a 10 M-row journal | w2x2/ | %s s | — | %s of 2 × (d) | %.1f MiB |\n' \
  "$t2" "$(awk -v a="$t2" -v b="$t" 'BEGIN { printf "%.0f %%", 100 * a / (2 * b) }')" "$(awk -v k="$m2" 'BEGIN { print k / 1024 }')"

# W2 end to end: `nastavnik run` (every file, the warehouse, the indicators, the report) against
# DuckDB with 2 threads computing the grade indicators' core from the journal alone.
python3 -c 'import duckdb' 2>/dev/null || pip install --quiet duckdb >/dev/null 2>&1 || true
if python3 -c 'import duckdb' 2>/dev/null; then
  read -r duck duck_rss < <(measure "$journal" python3 Benchmarks/duckdb_grades.py "$journal")
  printf '| (f) DuckDB 2 threads, grade indicators from the W2 journal | journal | %s s | — | reference | %.1f MiB |\n' \
    "$duck" "$(awk -v k="$duck_rss" 'BEGIN { print k / 1024 }')"
  read -r t m < <(measure "$journal" .build/release/nastavnik run --input "$W2" --output "$WORK/w2-run")
  printf '| (g) nastavnik run, W2 (all files → report) | w2/ | %s s | — | %s of DuckDB'"'"'s time | %.1f MiB |\n' \
    "$t" "$(awk -v s="$t" -v d="$duck" 'BEGIN { printf "%.0f %%", 100 * s / d }')" "$(awk -v k="$m" 'BEGIN { print k / 1024 }')"
fi

# W1: the bundled school (`surveys/`, sample-data's default seed), the whole `nastavnik run`
# (ingest, normalize and store, compute, render) including process start; target < 0.5 s.
read -r t m < <(measure surveys .build/release/nastavnik run --input surveys --output "$WORK/w1-reports")
printf '| (e) nastavnik run, W1 (bundled surveys/, %s files) | surveys/ | %s s | — | target < 0.5 s | %.1f MiB |\n' \
  "$(ls surveys | wc -l)" "$t" "$(awk -v k="$m" 'BEGIN { print k / 1024 }')"

echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m)"
