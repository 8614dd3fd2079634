import Testing
import TabularIO

/// Rows must come out the same whatever the chunk size, including chunks that cut a row, a quoted
/// field, a CRLF pair, a UTF-8 sequence or a UTF-16 code unit in two.
@Suite struct ReaderChunkingTests {
  static let chunkSizes = Array(1...64) + [1 << 20]

  static let files = [
    "excel_cp1251_semicolon.csv", "google_forms_utf8.csv", "journal.tsv", "pipes.txt", "roster.utf16le.csv",
    "roster.utf16be.csv", "roster.utf8bom.csv",
  ]

  @Test(arguments: chunkSizes)
  func everyFileReadsTheSameAtEveryChunkSize(chunkSize: Int) throws {
    for file in Self.files {
      let reference = try Fixtures.read(fixture: file)
      // A tiny sniff window makes the first read as small as the chunk; the dialect is then forced.
      let options = TableReadOptions(
        encoding: reference.summary!.encoding, delimiter: reference.summary!.dialect.delimiter,
        chunkSize: chunkSize, sniffBytes: 1)
      let chunked = try Fixtures.read(fixture: file, options)
      #expect(chunked.rows == reference.rows, "\(file) at chunk size \(chunkSize)")
      #expect(chunked.lines == reference.lines, "\(file) at chunk size \(chunkSize)")
      #expect(chunked.summary?.parseError == nil)
    }
  }

  @Test(arguments: [1, 2, 3, 5, 7, 64])
  func encodingIsDetectedEvenWhenChunksCutCharacters(chunkSize: Int) throws {
    let options = TableReadOptions(delimiter: UInt8(ascii: ";"), chunkSize: chunkSize, sniffBytes: 1)
    #expect(try Fixtures.read(fixture: "roster.utf8.csv", options).summary?.encoding == .utf8)
    #expect(try Fixtures.read(fixture: "roster.cp1251.csv", options).summary?.encoding == .windows1251)
    let cp1251 = try Fixtures.read(fixture: "roster.cp1251.csv", options)
    #expect(cp1251.rows[1][0] == "Иванов Пётр Сергеевич")
  }

  @Test func physicalLinesCountBlankLinesAndLineBreaksInsideQuotes() throws {
    let forms = try Fixtures.read(fixture: "google_forms_utf8.csv")
    // Header line 1, row 2 on line 2, row 3 starts on line 3 and spans 3 lines (two LFs inside
    // quotes), so row 4 starts on line 6.
    #expect(forms.lines == [1, 2, 3, 6])
    #expect(forms.records == [1, 2, 3, 4])
    let excel = try Fixtures.read(fixture: "excel_cp1251_semicolon.csv")
    // Line 5 holds only delimiters: a blank row, skipped and counted; the next row is on line 6.
    #expect(excel.lines == [1, 2, 3, 4, 6])
    #expect(excel.summary?.blankRows == 1)
  }
}
