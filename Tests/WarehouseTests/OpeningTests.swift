import Foundation
import GRDB
import Testing

@testable import Warehouse

@Suite("Opening a file")
struct OpeningTests {
  @Test("opening the same file twice migrates once and keeps the data")
  func migrationsIdempotent() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("w.sqlite").path
      let first = try Warehouse(path: path)
      try first.replaceYear(SampleData.year("2025/2026"))
      #expect(try first.appliedMigrations() == ["v1", "v2", "v3"])

      let second = try Warehouse(path: path)
      #expect(try second.appliedMigrations() == ["v1", "v2", "v3"])
      #expect(try second.load(year: "2025/2026") == SampleData.year("2025/2026"))
      let third = try Warehouse(path: path)
      #expect(try third.years() == ["2025/2026"])
    }
  }

  @Test("a v1 file is migrated to v2: grade cells keep their rows and order, without the key")
  func migrateV1() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("w.sqlite").path
      do {
        // A warehouse as the v1 tool left it, its cells written out of key order.
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
          try db.execute(
            sql: """
              INSERT INTO year_info VALUES ('2025/2026', 'Школа', '2025-09-01', '2026-05-31', '', '0.2');
              INSERT INTO grade_cells VALUES
                ('2025/2026', 7, 'Физика', 'quarter', 2, 2, 9.0, 0, 0, 0, 1, 1, 0, 0, 0, 0),
                ('2025/2026', 3, 'Алгебра', 'quarter', 1, 1, 3.0, 0, 0, 1, 0, 0, 1, 0, 0, 0);
              """)
        }
      }
      let warehouse = try Warehouse(path: path)
      #expect(try warehouse.appliedMigrations() == ["v1", "v2", "v3"])
      let cells = try #require(try warehouse.load(year: "2025/2026")).gradeCells
      #expect(cells.map(\.personID) == [7, 3])
      #expect(cells.map(\.subject) == ["Физика", "Алгебра"])
      #expect(cells.map(\.numericSum) == [9, 3])
      #expect(cells.map(\.notAttested) == [0, 1])
      let keyIndexes = try warehouse.dbQueue.read { db in
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'grade_cells'")
      }
      #expect(keyIndexes == 0)
    }
  }

  @Test("the file is a single self-contained file with foreign keys on")
  func pragmas() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("w.sqlite").path
      let warehouse = try Warehouse(path: path)
      try warehouse.replaceYear(SampleData.year("2025/2026"))
      let (journal, foreignKeys, applicationID) = try warehouse.dbQueue.read { db in
        (
          try String.fetchOne(db, sql: "PRAGMA journal_mode"),
          try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
          try Int32.fetchOne(db, sql: "PRAGMA application_id")
        )
      }
      #expect(journal == "delete")
      #expect(foreignKeys == 1)
      #expect(applicationID == Schema.applicationID)
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(names == ["w.sqlite"])
    }
  }

  @Test("a row whose year has no header is refused by the foreign key")
  func foreignKey() throws {
    let warehouse = try Warehouse(inMemory: nil)
    #expect(throws: DatabaseError.self) {
      try warehouse.dbQueue.write { db in
        try db.execute(
          sql: "INSERT INTO pair_members (academic_year, pair_key, mentee_id) VALUES (?, ?, ?)",
          arguments: ["2025/2026", "P", 1])
      }
    }
  }

  @Test("a file written by a newer tool is refused")
  func newerSchema() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("w.sqlite").path
      let warehouse = try Warehouse(path: path)
      try warehouse.dbQueue.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
      }
      #expect(throws: WarehouseError.schemaNewerThanTool(path: path, unknownMigrations: ["v99"])) {
        _ = try Warehouse(path: path)
      }
    }
  }

  @Test("another SQLite database is refused and left alone")
  func notAWarehouse() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("other.sqlite").path
      do {
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE t (x INTEGER)") }
      }
      #expect(throws: WarehouseError.notAWarehouse(path: path)) { _ = try Warehouse(path: path) }
      let tables = try DatabaseQueue(path: path).read { db in
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
      }
      #expect(tables == ["t"])
    }
  }

  @Test("a file that is not a database is refused")
  func notADatabase() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("text.sqlite")
      try Data(String(repeating: "not a database ", count: 100).utf8).write(to: url)
      #expect(throws: (any Error).self) { _ = try Warehouse(path: url.path) }
    }
  }
}
