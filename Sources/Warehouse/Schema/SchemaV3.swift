import GRDB

/// The third schema: `files.details`, the file's header, unclaimed columns, instruments and
/// problems as JSON, so a year read back from the warehouse reports its data quality exactly as
/// the run that stored it (before, `compute` alone lost the header and every file problem).
enum SchemaV3 {
  /// Adds the column; rows stored earlier get `{}` (nothing known).
  static func migrate(_ db: Database) throws {
    try db.execute(sql: "ALTER TABLE files ADD COLUMN details TEXT NOT NULL DEFAULT '{}'")
  }
}
