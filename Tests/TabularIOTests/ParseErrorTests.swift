import Testing
import TabularIO

@Suite struct ParseErrorTests {
  @Test func anUnbalancedQuoteMidFileStopsAtTheExactPlace() throws {
    let read = try Fixtures.read(fixture: "unbalanced_mid.csv")
    // Rows before the broken one are delivered.
    #expect(read.rows == [["ФИО", "Класс"], ["Иванов Пётр", "7А"]])
    // Line 1 «ФИО;Класс\n» is 18 bytes, line 2 «Иванов Пётр;7А\n» 26, so line 3 starts at byte 44
    // with a quote that stays open across the line break; line 4 starts at byte 44 + 31 = 75,
    // «Соколов;» takes 15 bytes, the closing quote sits at 90 and the «7» after it, at 91, is
    // where strict libcsv gives up. The broken row is record 3 and its first field is open.
    let expected = CSVPosition(line: 3, detectedLine: 4, record: 3, column: 1, byteOffset: 91)
    #expect(read.summary?.parseError == .malformedQuote(position: expected, atEndOfFile: false))
  }

  @Test func aQuoteOpenAtTheEndOfTheFileIsReportedWhereTheRowStarts() throws {
    let read = try Fixtures.read(fixture: "unbalanced_eof.csv")
    #expect(read.rows == [["ФИО", "Класс"], ["Иванов Пётр", "7А"]])
    // Lines of 18 + 26 + 31 + 28 + 32 = 135 bytes: the file ends inside the second field of the
    // row that starts on line 3, after three line breaks inside the open quote (line 6).
    let expected = CSVPosition(line: 3, detectedLine: 6, record: 3, column: 2, byteOffset: 135)
    #expect(read.summary?.parseError == .malformedQuote(position: expected, atEndOfFile: true))
  }

  @Test(arguments: [1, 3, 16, 1 << 20])
  func errorsAreFoundAtEveryChunkSize(chunkSize: Int) throws {
    let options = TableReadOptions(delimiter: UInt8(ascii: ";"), chunkSize: chunkSize, sniffBytes: 1)
    let read = try Fixtures.read(fixture: "unbalanced_mid.csv", options)
    #expect(read.rows.count == 2)
    guard case .malformedQuote(let position, false) = read.summary?.parseError else {
      Issue.record("expected a mid-file quote error, got \(String(describing: read.summary?.parseError))")
      return
    }
    #expect(position.byteOffset == 91)
    #expect(position.line == 3)
    #expect(position.detectedLine == 4)
  }

  @Test func aFieldOverTheLimitIsAnError() throws {
    let long = String(repeating: "я", count: 40)  // 80 bytes
    let path = try Fixtures.temporaryFile(Array("a;b\n1;2\n3;\(long)\n5;6\n".utf8))
    let read = try Fixtures.read(path, TableReadOptions(fieldLimit: 64))
    #expect(read.rows == [["a", "b"], ["1", "2"]])
    guard case .fieldTooLong(let position, 64) = read.summary?.parseError else {
      Issue.record("expected fieldTooLong, got \(String(describing: read.summary?.parseError))")
      return
    }
    #expect(position.line == 3)
    #expect(position.column == 2)
    // A field of exactly the limit is fine.
    let exact = try Fixtures.temporaryFile(Array("a;b\n1;\(String(repeating: "x", count: 64))\n".utf8))
    #expect(try Fixtures.read(exact, TableReadOptions(fieldLimit: 64)).summary?.parseError == nil)
  }

  @Test func aStrayQuoteCannotSwallowAFileOfMoreThanOneMebibyte() throws {
    var bytes = Array("a;b\n1;\"open\n".utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "z"), count: (1 << 20) + 10)
    let path = try Fixtures.temporaryFile(bytes)
    let read = try Fixtures.read(path)
    #expect(read.rows == [["a", "b"]])
    guard case .fieldTooLong(_, let limit) = read.summary?.parseError else {
      Issue.record("expected fieldTooLong, got \(String(describing: read.summary?.parseError))")
      return
    }
    #expect(limit == 1 << 20)
  }

  @Test func anEmptyFileIsEmptyNotAnError() throws {
    let read = try Fixtures.read(fixture: "empty.csv")
    #expect(read.rows.isEmpty)
    #expect(read.summary?.isEmpty == true)
    #expect(read.summary?.fileBytes == 0)
  }

  @Test func binaryJunkIsRefusedWithItsOffset() throws {
    #expect(throws: TableOpenError.binary(offset: 5)) {
      _ = try TableReader(path: Fixtures.path("junk.csv"))
    }
  }

  @Test func aMissingFileIsUnreadable() {
    #expect {
      _ = try TableReader(path: "/nonexistent/folder/file.csv")
    } throws: { error in
      guard case .unreadable(let code, _) = error as? TableOpenError else { return false }
      return code == 2  // ENOENT
    }
  }
}
