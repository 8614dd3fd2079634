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

      // The duplicate comes late (grade cells), after the old rows were deleted and
      // several tables were filled.
      var broken = SampleData.year("2025/2026", variant: 4)
      broken.gradeCells.append(broken.gradeCells[0])
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
