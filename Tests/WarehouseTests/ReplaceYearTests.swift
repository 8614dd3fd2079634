import Foundation
import GRDB
import Testing

@testable import Warehouse

@Suite("Replacing a year")
struct ReplaceYearTests {
  @Test("replacing one year leaves the others untouched")
  func replaceLeavesOthers() throws {
    try withTemporaryFolder { folder in
      let warehouse = try Warehouse(path: folder.appendingPathComponent("w.sqlite").path)
      let older = SampleData.year("2024/2025", variant: 1)
      let original = SampleData.year("2025/2026", variant: 2)
      try warehouse.replaceYear(older)
      try warehouse.replaceYear(original)

      var replacement = SampleData.year("2025/2026", variant: 5)
      replacement.persons.removeLast()
      replacement.gradeCells.append(
        .init(
          personID: 9, subject: "Химия", periodKind: "half", periodIndex: 2, numericCount: 1, numericSum: 4,
          n4: 1))
      replacement.rejects = []
      try warehouse.replaceYear(replacement)

      #expect(try warehouse.load(year: "2024/2025") == older)
      #expect(try warehouse.load(year: "2025/2026") == replacement)
      #expect(try warehouse.rowCounts(year: "2025/2026") == replacement.rowCounts)
      #expect(try warehouse.years() == ["2024/2025", "2025/2026"])
    }
  }

  @Test("a duplicate key rolls the whole replacement back")
  func failedReplacementRollsBack() throws {
    try withTemporaryFolder { folder in
      let warehouse = try Warehouse(path: folder.appendingPathComponent("w.sqlite").path)
      let older = SampleData.year("2024/2025")
      let original = SampleData.year("2025/2026", variant: 1)
      try warehouse.replaceYear(older)
      try warehouse.replaceYear(original)

      // The duplicate comes late (pairs), after the old rows were deleted and several
      // tables were filled.
      var broken = SampleData.year("2025/2026", variant: 4)
      broken.pairs.append(broken.pairs[0])
      #expect(throws: DatabaseError.self) { try warehouse.replaceYear(broken) }

      var duplicatePerson = SampleData.year("2025/2026", variant: 6)
      duplicatePerson.persons.append(duplicatePerson.persons[0])
      #expect(throws: DatabaseError.self) { try warehouse.replaceYear(duplicatePerson) }

      #expect(try warehouse.load(year: "2025/2026") == original)
      #expect(try warehouse.load(year: "2024/2025") == older)

      // The store is still usable after the failures.
      let next = SampleData.year("2025/2026", variant: 7)
      try warehouse.replaceYear(next)
      #expect(try warehouse.load(year: "2025/2026") == next)
    }
  }

  @Test("the duplicate's error is a constraint violation")
  func constraintError() throws {
    let warehouse = try Warehouse(inMemory: nil)
    var broken = SampleData.year("2025/2026")
    broken.pairs.append(broken.pairs[0])
    do {
      try warehouse.replaceYear(broken)
      Issue.record("expected a constraint violation")
    } catch let error as DatabaseError {
      #expect(error.resultCode == .SQLITE_CONSTRAINT)
    }
    #expect(try warehouse.years().isEmpty)
  }

  @Test("foreign keys are back on after a replacement and every row has its year")
  func foreignKeysRestored() throws {
    try withTemporaryFolder { folder in
      let warehouse = try Warehouse(path: folder.appendingPathComponent("w.sqlite").path)
      try warehouse.replaceYear(SampleData.year("2024/2025", variant: 1))
      try warehouse.replaceYear(SampleData.year("2025/2026", variant: 2))
      // The only year: its tables are emptied whole; then with two years, row by row.
      try warehouse.replaceYear(SampleData.year("2025/2026", variant: 3))
      let (enabled, violations) = try warehouse.dbQueue.read { db in
        (
          try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
          try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
        )
      }
      #expect(enabled == 1)
      #expect(violations == 0)
      #expect(try warehouse.load(year: "2024/2025") == SampleData.year("2024/2025", variant: 1))
      #expect(try warehouse.load(year: "2025/2026") == SampleData.year("2025/2026", variant: 3))
    }
  }

  @Test("replacing the only stored year empties the tables of the old rows")
  func replaceOnlyYear() throws {
    try withTemporaryFolder { folder in
      let warehouse = try Warehouse(path: folder.appendingPathComponent("w.sqlite").path)
      try warehouse.replaceYear(SampleData.year("2025/2026", variant: 2))
      let replacement = SampleData.year("2025/2026", variant: 5)
      try warehouse.replaceYear(replacement)
      #expect(try warehouse.years() == ["2025/2026"])
      #expect(try warehouse.load(year: "2025/2026") == replacement)
      #expect(try warehouse.rowCounts(year: "2025/2026") == replacement.rowCounts)
    }
  }

  @Test("the two large tables can come as lazy sequences instead of the year's arrays")
  func streamedTables() throws {
    let warehouse = try Warehouse(inMemory: nil)
    let full = SampleData.year("2025/2026", variant: 3)
    var header = full
    header.gradeCells = []
    header.surveyAnswers = []
    try warehouse.replaceYear(
      header, gradeCells: full.gradeCells.lazy.map { $0 }, surveyAnswers: full.surveyAnswers.lazy.map { $0 })
    #expect(try warehouse.load(year: "2025/2026") == full)
    #expect(!full.gradeCells.isEmpty && !full.surveyAnswers.isEmpty)
  }

  @Test("an invalid academic year is refused before writing")
  func invalidYear() throws {
    let warehouse = try Warehouse(inMemory: nil)
    for year in ["2025-2026", "2025/2027", "25/26", "2025/2026 ", "", "２０２５/２０２６"] {
      var data = SampleData.year("2025/2026")
      data.info.academicYear = year
      #expect(throws: WarehouseError.invalidAcademicYear(year)) { try warehouse.replaceYear(data) }
    }
    #expect(try warehouse.years().isEmpty)
  }

  @Test("removing a year deletes all its rows")
  func removeYear() throws {
    let warehouse = try Warehouse(inMemory: nil)
    try warehouse.replaceYear(SampleData.year("2024/2025"))
    try warehouse.replaceYear(SampleData.year("2025/2026"))
    #expect(try warehouse.removeYear("2025/2026"))
    #expect(try !warehouse.removeYear("2025/2026"))
    #expect(try warehouse.years() == ["2024/2025"])
    #expect(try warehouse.gradeCells(year: "2025/2026").isEmpty)
    #expect(try warehouse.load(year: "2024/2025") == SampleData.year("2024/2025"))
  }
}
