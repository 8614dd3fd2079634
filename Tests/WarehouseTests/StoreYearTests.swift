import Foundation
import GRDB
import Testing

@testable import Warehouse

/// `storeYear`: a warehouse of one year is rebuilt beside the old file and renamed over it;
/// one holding other years is replaced in place.
@Suite("Storing a year into a warehouse file")
struct StoreYearTests {
  static func store(_ data: Warehouse.YearData, _ path: String) throws {
    try Warehouse.storeYear(
      data, gradeCells: data.gradeCells, surveyAnswers: data.surveyAnswers, atPath: path)
  }

  @Test("a new file, then the same year again: only that year, the same bytes, no file left beside")
  func rebuildsASingleYear() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("w.sqlite").path
      let first = SampleData.year("2025/2026", variant: 1)
      try Self.store(first, path)
      #expect(try Warehouse(path: path).load(year: "2025/2026") == first)
      let bytes = try Data(contentsOf: URL(fileURLWithPath: path))

      let second = SampleData.year("2025/2026", variant: 3)
      try Self.store(second, path)
      let warehouse = try Warehouse(path: path)
      #expect(try warehouse.load(year: "2025/2026") == second)
      #expect(try warehouse.years() == ["2025/2026"])
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["w.sqlite"])

      try Self.store(first, path)
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }
  }

  @Test("with another year stored, the year is replaced in place and the other kept")
  func replacesInPlaceBesideOtherYears() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("w.sqlite").path
      let older = SampleData.year("2024/2025", variant: 1)
      try Self.store(older, path)
      try Self.store(SampleData.year("2025/2026", variant: 2), path)
      let replacement = SampleData.year("2025/2026", variant: 5)
      try Self.store(replacement, path)
      let warehouse = try Warehouse(path: path)
      #expect(try warehouse.load(year: "2024/2025") == older)
      #expect(try warehouse.load(year: "2025/2026") == replacement)
      #expect(try warehouse.rowCounts(year: "2025/2026") == replacement.rowCounts)
    }
  }

  @Test("the rebuilt file holds what an in-place replacement holds")
  func rebuildEqualsInPlace() throws {
    try withTemporaryFolder { folder in
      let data = SampleData.year("2025/2026", variant: 4)
      let rebuilt = folder.appendingPathComponent("rebuilt.sqlite").path
      try Self.store(data, rebuilt)
      let inPlace = try Warehouse(path: folder.appendingPathComponent("in-place.sqlite").path)
      try inPlace.replaceYear(data)
      #expect(try Warehouse(path: rebuilt).load(year: "2025/2026") == inPlace.load(year: "2025/2026"))
      let foreignKeys = try DatabaseQueue(path: rebuilt).read { db in
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
      }
      #expect(foreignKeys.isEmpty)
    }
  }

  @Test("a file that is not a warehouse is refused and left as it was")
  func refusesOtherDatabases() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("other.sqlite").path
      try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
      let before = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(throws: WarehouseError.notAWarehouse(path: path)) {
        try Self.store(SampleData.year("2025/2026"), path)
      }
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
  }

  @Test("a failed write leaves the stored year and no temporary file")
  func failureKeepsTheOldFile() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("w.sqlite").path
      let original = SampleData.year("2025/2026", variant: 1)
      try Self.store(original, path)
      var broken = SampleData.year("2025/2026", variant: 2)
      broken.persons.append(broken.persons[0])
      #expect(throws: DatabaseError.self) { try Self.store(broken, path) }
      #expect(try Warehouse(path: path).load(year: "2025/2026") == original)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["w.sqlite"])
    }
  }
}
