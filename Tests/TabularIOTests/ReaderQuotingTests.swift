import Testing
import TabularIO

@Suite struct ReaderQuotingTests {
  @Test func quotedDelimitersNewlinesAndEscapedQuotesSurvive() throws {
    let forms = try Fixtures.read(fixture: "google_forms_utf8.csv")
    #expect(forms.rows[2][3] == "10 — очень комфортно")
    #expect(forms.rows[2][4] == "Всё!\nОсобенно встречи, где мы \"играли\" в дебаты,\nи поход в музей")
    let pipes = try Fixtures.read(fixture: "pipes.txt")
    #expect(pipes.rows[1][0] == "Робототехника, группа 1")
    #expect(pipes.rows[3][0] == "\"Юный журналист\", газета")
    let excel = try Fixtures.read(fixture: "excel_cp1251_semicolon.csv")
    #expect(excel.rows[2][7] == "переведена; из 6Б")
  }

  @Test func crlfAndLfGiveTheSameRows() throws {
    let lf = try Fixtures.temporaryFile(Array("a;b\n1;2\n\n3;\"x\ny\"\n".utf8))
    let crlf = try Fixtures.temporaryFile(Array("a;b\r\n1;2\r\n\r\n3;\"x\ny\"\r\n".utf8))
    let lfRead = try Fixtures.read(lf)
    let crlfRead = try Fixtures.read(crlf)
    #expect(lfRead.rows == [["a", "b"], ["1", "2"], ["3", "x\ny"]])
    #expect(crlfRead.rows == lfRead.rows)
    #expect(crlfRead.lines == [1, 2, 4])
    #expect(lfRead.lines == [1, 2, 4])
  }

  @Test func aFileWithoutFinalNewlineKeepsItsLastRow() throws {
    let path = try Fixtures.temporaryFile(Array("a;b\r\n1;2".utf8))
    #expect(try Fixtures.read(path).rows == [["a", "b"], ["1", "2"]])
  }

  @Test func emptyFieldsAndMissingFieldsAreTold() throws {
    let read = try Fixtures.read(fixture: "empty_vs_missing.csv")
    #expect(read.rows == [["a", "b", "c"], ["1", "", "3"], ["4", "", "6"], ["7", "8"]])
  }

  @Test func byteOrderMarksAreRemoved() throws {
    let read = try Fixtures.read(fixture: "roster.utf8bom.csv")
    #expect(read.rows[0][0] == "ФИО")
    #expect(read.summary?.hadByteOrderMark == true)
    #expect(read.summary?.encoding == .utf8)
  }

  @Test func blankRowsAreSkippedAndCounted() throws {
    let read = try Fixtures.read(fixture: "blank_only.csv")
    #expect(read.rows.isEmpty)
    #expect(read.summary?.blankRows == 1)
    #expect(read.summary?.isEmpty == true)
  }
}
