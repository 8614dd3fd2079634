import Foundation
import Testing

@testable import Warehouse

@Suite("Bulk insert")
struct BulkInsertTests {
  /// 2,000 students × 20 subjects × 5 periods.
  static func gradeCells() -> [Warehouse.GradeCellRow] {
    let subjects = (1...20).map { "Предмет \($0)" }
    let periods = [("quarter", 1), ("quarter", 2), ("quarter", 3), ("quarter", 4), ("year", 0)]
    var cells: [Warehouse.GradeCellRow] = []
    cells.reserveCapacity(200_000)
    for person in 1...2_000 {
      for subject in subjects {
        for (kind, index) in periods {
          let count = (person + index) % 9
          cells.append(
            .init(
              personID: person, subject: subject, periodKind: kind, periodIndex: index,
              numericCount: count, numericSum: Double(count) * 3.75, n3: count / 2, n4: count - count / 2,
              passed: person % 2))
        }
      }
    }
    return cells
  }

  @Test("200 000 grade cells are written and read back")
  func twoHundredThousandGradeCells() throws {
    try withTemporaryFolder { folder in
      let warehouse = try Warehouse(path: folder.appendingPathComponent("w.sqlite").path)
      var data = Warehouse.YearData(info: SampleData.info("2025/2026"))
      data.gradeCells = Self.gradeCells()
      #expect(data.gradeCells.count == 200_000)

      let clock = ContinuousClock()
      let written = try clock.measure { try warehouse.replaceYear(data) }
      let rewritten = try clock.measure { try warehouse.replaceYear(data) }
      var loaded: Warehouse.YearData?
      let read = try clock.measure { loaded = try warehouse.load(year: "2025/2026") }

      #expect(try warehouse.rowCounts(year: "2025/2026")?.gradeCells == 200_000)
      #expect(loaded == data)

      // Reported, never asserted: timings depend on the machine.
      func rate(_ duration: Duration) -> Int {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return Int(Double(data.gradeCells.count) / seconds)
      }
      print(
        "bulk insert: 200000 grade cells written in \(written) (\(rate(written)) rows/s), "
          + "replaced in \(rewritten) (\(rate(rewritten)) rows/s), loaded in \(read) (\(rate(read)) rows/s)")
    }
  }
}
