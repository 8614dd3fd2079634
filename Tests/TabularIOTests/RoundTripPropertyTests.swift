import PropertyBased
import Testing
import TabularIO

/// Random tables written by `CSVWriter` and read back by `TableReader` come back unchanged.
@Suite struct RoundTripPropertyTests {
  /// Cells mix Cyrillic, delimiters, quotes, line breaks and spaces — everything that needs quoting.
  static let pool = [
    "", " ", "Иванов Пётр", "7А", "4,5", ";", ",", "\"", "\"\"", "a\nb", "x\r\ny", "ё;\"Ё\"", "|", "\t",
    " x ",
    "=1+1",
  ]

  @Test func writeThenReadGivesTheSameTable() async {
    let pool = Self.pool
    let cell = Gen.int(in: 0...(pool.count + 3)).map { index in
      index < pool.count ? pool[index] : String(repeating: "ж", count: index)
    }
    let rows = cell.array(of: 3...3).array(of: 1...8)
    await propertyCheck(count: 80, input: rows) { table in
      // A row of only empty cells is a blank row by design; keep one letter in the first cell.
      let table = table.map { row in ["r" + row[0]] + row.dropFirst() }
      var writer = CSVWriter(guardsFormulas: false)
      for row in table { writer.writeRow(row) }
      do {
        let path = try Fixtures.temporaryFile(writer.bytes)
        let read = try Fixtures.read(path, TableReadOptions(delimiter: UInt8(ascii: ";")))
        #expect(read.rows == table)
        #expect(read.summary?.parseError == nil)
      } catch {
        Issue.record("round trip failed: \(error)")
      }
    }
  }
}
