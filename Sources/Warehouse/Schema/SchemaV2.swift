import GRDB

/// The second schema: `grade_cells` loses its five-column primary key.
///
/// The key kept a second B-tree beside the table, so every aggregate was written twice and
/// replacing a year cost twice as much (0.17 s of the sample school's 0.4 s store). The
/// normalizer already makes one aggregate per person × subject × period (its grade index), and
/// the rows are read back by year in insertion order, so the table is now a plain rowid table.
enum SchemaV2 {
  /// Rebuilds `grade_cells` without its primary key, keeping every row and their order.
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE grade_cells_v2 (
          academic_year TEXT NOT NULL REFERENCES year_info(academic_year),
          person_id INTEGER NOT NULL,
          subject TEXT NOT NULL,
          period_kind TEXT NOT NULL,
          period_index INTEGER NOT NULL,
          numeric_count INTEGER NOT NULL,
          numeric_sum REAL NOT NULL,
          n1 INTEGER NOT NULL,
          n2 INTEGER NOT NULL,
          n3 INTEGER NOT NULL,
          n4 INTEGER NOT NULL,
          n5 INTEGER NOT NULL,
          not_attested INTEGER NOT NULL,
          exempt INTEGER NOT NULL,
          passed INTEGER NOT NULL,
          failed INTEGER NOT NULL
        ) STRICT;
        INSERT INTO grade_cells_v2 SELECT * FROM grade_cells ORDER BY rowid;
        DROP TABLE grade_cells;
        ALTER TABLE grade_cells_v2 RENAME TO grade_cells;
        """)
  }
}
