import Testing
import TabularIO

@Suite struct DialectSnifferTests {
  static let exports: [(String, Character, TextEncoding)] = [
    ("excel_cp1251_semicolon.csv", ";", .windows1251),
    ("google_forms_utf8.csv", ",", .utf8),
    ("journal.tsv", "\t", .utf8),
    ("pipes.txt", "|", .utf8),
  ]

  @Test(arguments: exports)
  func realisticExportsAreSniffed(file: String, delimiter: Character, encoding: TextEncoding) throws {
    let read = try Fixtures.read(fixture: file)
    #expect(read.summary?.dialect.delimiter == delimiter.asciiValue)
    #expect(read.summary?.encoding == encoding)
  }

  @Test func quotedDelimitersDoNotConfuseTheSniffer() throws {
    // Every row has two `;` inside quotes but one `,` between fields.
    let text = "\"a;b;c\",x\n\"d;e;f\",y\n\"g;h;i\",z\n"
    let score = text.utf8.withContiguousStorageIfAvailable { bytes in
      (
        DialectSniffer.score(UInt8(ascii: ";"), sample: UnsafeRawBufferPointer(bytes), isComplete: true),
        DialectSniffer.score(UInt8(ascii: ","), sample: UnsafeRawBufferPointer(bytes), isComplete: true)
      )
    }!
    #expect(score.0.modalFieldCount == 1)
    #expect(score.1.modalFieldCount == 2)
    #expect(score.1.consistency == 1)
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    #expect(try Fixtures.read(path).summary?.dialect.delimiter == UInt8(ascii: ","))
  }

  @Test func consistencyBeatsAMoreFrequentDelimiter() throws {
    // Decimal commas inflate the `,` count on some rows, but only `;` gives a steady 3 fields.
    let text = "ФИО;Балл;Класс\nИванов;4,5;7А\nПетров;3;7А\nСидоров;4,75;7Б\nОрлов;5;7Б\n"
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    #expect(try Fixtures.read(path).summary?.dialect.delimiter == UInt8(ascii: ";"))
  }

  @Test func aOneColumnFileFallsBackToSemicolon() throws {
    let path = try Fixtures.temporaryFile(Array("ФИО\nИванов Пётр\nСмирнова Анна\n".utf8))
    let read = try Fixtures.read(path)
    #expect(read.summary?.dialect.delimiter == UInt8(ascii: ";"))
    #expect(read.rows.count == 3)
  }

  @Test func delimiterNamesParse() {
    #expect(Dialect(delimiterName: "tab")?.delimiter == 0x09)
    #expect(Dialect(delimiterName: ";")?.delimiter == UInt8(ascii: ";"))
    #expect(Dialect(delimiterName: "::") == nil)
    #expect(Dialect(delimiter: 0x09).delimiterName == "TAB")
  }
}
