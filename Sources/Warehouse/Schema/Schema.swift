import GRDB

/// The warehouse's schema: its migrations and the names of its tables.
enum Schema {
  /// The `PRAGMA application_id` that marks a file as a warehouse ("NstW").
  static let applicationID: Int32 = 0x4E73_7457

  /// The year-scoped tables, in insertion order (parents before children).
  static let yearScopedTables = [
    "files", "persons", "matches", "roles", "pairs", "pair_members", "grade_cells",
    "survey_answers", "clubs", "registries", "meetings", "rejects",
  ]

  /// The migrations, oldest first. Registered migrations are frozen: change the schema
  /// only by adding one.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1", migrate: SchemaV1.migrate)
    migrator.registerMigration("v2", migrate: SchemaV2.migrate)
    migrator.registerMigration("v3", migrate: SchemaV3.migrate)
    return migrator
  }
}
