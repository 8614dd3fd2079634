import Foundation
import Testing

@testable import Warehouse

@Suite("Round trip")
struct RoundTripTests {
  @Test("every record kind comes back equal")
  func everyRecordKind() throws {
    try withTemporaryFolder { folder in
      let data = SampleData.year("2025/2026")
      let counts = data.rowCounts
      #expect(counts.files > 0 && counts.persons > 0 && counts.matches > 0 && counts.roles > 0)
      #expect(counts.pairs > 0 && counts.pairMembers > 0 && counts.gradeCells > 0)
      #expect(counts.surveyAnswers > 0 && counts.clubs > 0 && counts.registries > 0)
      #expect(counts.meetings > 0 && counts.rejects > 0)

      let warehouse = try Warehouse(path: folder.appendingPathComponent("w.sqlite").path)
      try warehouse.replaceYear(data)
      #expect(try warehouse.load(year: "2025/2026") == data)
      #expect(try warehouse.rowCounts(year: "2025/2026") == counts)
      #expect(try warehouse.yearInfo(year: "2025/2026") == data.info)
    }
  }

  @Test("the data survives closing and reopening the file")
  func reopen() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("nested/deeper/w.sqlite").path
      let data = SampleData.year("2025/2026", variant: 3)
      do {
        let warehouse = try Warehouse(path: path)
        try warehouse.replaceYear(data)
      }
      let reopened = try Warehouse(path: path)
      #expect(try reopened.load(year: "2025/2026") == data)
    }
  }

  @Test("per-table readers match load")
  func perTableReaders() throws {
    let warehouse = try Warehouse(inMemory: nil)
    let data = SampleData.year("2025/2026", variant: 1)
    try warehouse.replaceYear(data)
    let year = "2025/2026"
    #expect(try warehouse.files(year: year) == data.files)
    #expect(try warehouse.persons(year: year) == data.persons)
    #expect(try warehouse.matches(year: year) == data.matches)
    #expect(try warehouse.roles(year: year) == data.roles)
    #expect(try warehouse.pairs(year: year) == data.pairs)
    #expect(try warehouse.pairMembers(year: year) == data.pairMembers)
    #expect(try warehouse.gradeCells(year: year) == data.gradeCells)
    #expect(try warehouse.surveyAnswers(year: year) == data.surveyAnswers)
    #expect(try warehouse.clubs(year: year) == data.clubs)
    #expect(try warehouse.registries(year: year) == data.registries)
    #expect(try warehouse.meetings(year: year) == data.meetings)
    #expect(try warehouse.rejects(year: year) == data.rejects)
    #expect(try warehouse.persons(year: "2030/2031").isEmpty)
  }

  @Test("writing the same data twice gives identical loads, in input order")
  func deterministic() throws {
    let warehouse = try Warehouse(inMemory: nil)
    var data = SampleData.year("2025/2026")
    // Rows out of key order keep the order they were given in.
    data.persons.reverse()
    data.gradeCells.reverse()
    try warehouse.replaceYear(data)
    let first = try warehouse.load(year: "2025/2026")
    try warehouse.replaceYear(data)
    let second = try warehouse.load(year: "2025/2026")
    #expect(first == data)
    #expect(second == first)
  }

  @Test("an absent year loads as nil")
  func absentYear() throws {
    let warehouse = try Warehouse(inMemory: nil)
    #expect(try warehouse.load(year: "2025/2026") == nil)
    #expect(try warehouse.rowCounts(year: "2025/2026") == nil)
    #expect(try warehouse.yearInfo(year: "2025/2026") == nil)
  }

  @Test("a year with only its header round-trips")
  func headerOnly() throws {
    let warehouse = try Warehouse(inMemory: nil)
    let data = Warehouse.YearData(info: SampleData.info("2025/2026"))
    try warehouse.replaceYear(data)
    #expect(try warehouse.load(year: "2025/2026") == data)
    #expect(try warehouse.rowCounts(year: "2025/2026")?.total == 0)
  }
}
