"""The W2 reference: DuckDB (2 threads) computing the grade indicators' core from the journal.

performance.md asks that the whole `nastavnik run` on W2 beat DuckDB computing the same grade
indicators from the same files. The heavy part is the same for both: every current mark of the
~5 M-row journal aggregated per person × subject × quarter; then each person's mean of subject
means in the baseline (quarter 1) and final (quarter 4) periods, and who improved, stayed or
worsened. DuckDB has no Windows-1251 reader without a downloaded extension, so it reads the
bytes as Latin-1: one character per byte, so equal names stay equal and the groups are the same.

Usage: python3 Benchmarks/duckdb_grades.py JOURNAL.csv  (prints the counts it found)
"""
import sys

import duckdb

journal = sys.argv[1]
con = duckdb.connect()
con.execute("SET threads = 2")
counts = con.execute(
    """
    WITH marks AS (
      SELECT name, class, subject, quarter, TRY_CAST(mark AS INTEGER) AS mark
      FROM read_csv(?, delim = ';', header = true, encoding = 'latin-1', quote = '"',
                    names = ['name', 'class', 'subject', 'quarter', 'date', 'mark'],
                    all_varchar = true)
    ),
    cells AS (
      SELECT name, class, subject, quarter, avg(mark) AS subject_mean
      FROM marks WHERE mark BETWEEN 1 AND 5
      GROUP BY ALL
    ),
    people AS (
      SELECT name, class,
             avg(subject_mean) FILTER (WHERE quarter = '1') AS baseline,
             avg(subject_mean) FILTER (WHERE quarter = '4') AS final
      FROM cells GROUP BY ALL
    )
    SELECT count(*) AS people,
           count(*) FILTER (WHERE final > baseline) AS improved,
           count(*) FILTER (WHERE final = baseline) AS unchanged,
           count(*) FILTER (WHERE final < baseline) AS worsened,
           round(avg(baseline), 4), round(avg(final), 4)
    FROM people WHERE baseline IS NOT NULL AND final IS NOT NULL
    """,
    [journal],
).fetchone()
print("people %d, improved %d, unchanged %d, worsened %d, mean %s → %s" % counts)
