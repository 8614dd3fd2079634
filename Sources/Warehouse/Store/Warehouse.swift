import Foundation
import GRDB

/// The SQLite store of the normalized tables, one academic year at a time.
///
/// A warehouse is one self-contained SQLite file (rollback journal, no WAL) holding any
/// number of academic years. A year is written whole by ``replaceYear(_:)`` (or, into a file
/// by path, ``storeYear(_:gradeCells:surveyAnswers:atPath:)``) and read back
/// by ``load(year:)`` or the per-table readers. Instances are safe to share between
/// threads: every access is serialized by the underlying database queue.
public final class Warehouse: Sendable {
  /// The database connection; every access goes through it.
  let dbQueue: DatabaseQueue

  /// The file's path, or `":memory:"` for an in-memory warehouse.
  public let path: String

  /// Opens the warehouse file at `path`, creating its folder and the file if missing,
  /// and migrates it to the current schema.
  ///
  /// - Throws: ``WarehouseError/notAWarehouse(path:)`` for another SQLite database,
  ///   ``WarehouseError/schemaNewerThanTool(path:unknownMigrations:)`` for a file written
  ///   by a newer tool, GRDB's `DatabaseError` when SQLite fails (e.g. not a database).
  public convenience init(path: String) throws {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try self.init(queue: DatabaseQueue(path: path, configuration: Self.configuration()), path: path)
  }

  /// Opens a new, empty warehouse in memory, for tests.
  ///
  /// - Parameter name: `nil` for a private database; a name shares the database with the
  ///   other in-memory warehouses of that name while one of them is open.
  public convenience init(inMemory name: String?) throws {
    let queue = try DatabaseQueue(named: name, configuration: Self.configuration())
    try self.init(queue: queue, path: ":memory:")
  }

  /// Checks that the database is a warehouse the tool can read, then migrates it.
  init(queue: DatabaseQueue, path: String) throws {
    self.dbQueue = queue
    self.path = path
    let migrator = Schema.migrator
    try queue.read { db in try Self.checkCompatibility(db, migrator: migrator, path: path) }
    try migrator.migrate(queue)
  }

  /// The connection settings: foreign keys on, a single-file rollback journal.
  static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.label = "Warehouse"
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = DELETE")
    }
    return configuration
  }

  /// Throws unless the database is empty or a warehouse of a schema this tool knows.
  private static func checkCompatibility(
    _ db: Database, migrator: DatabaseMigrator, path: String
  ) throws {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    if applicationID == 0 {
      let tableCount =
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
      guard tableCount == 0 else { throw WarehouseError.notAWarehouse(path: path) }
      return
    }
    guard applicationID == Schema.applicationID else {
      throw WarehouseError.notAWarehouse(path: path)
    }
    if try migrator.hasBeenSuperseded(db) {
      let known = Set(migrator.migrations)
      let unknown = try migrator.appliedIdentifiers(db).subtracting(known).sorted()
      throw WarehouseError.schemaNewerThanTool(path: path, unknownMigrations: unknown)
    }
  }

  /// The identifiers of the migrations applied to the file, oldest first.
  func appliedMigrations() throws -> [String] {
    try dbQueue.read { db in try Schema.migrator.appliedMigrations(db) }
  }
}
