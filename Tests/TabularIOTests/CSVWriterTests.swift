import Testing
import TabularIO

@Suite struct CSVWriterTests {
  @Test func excelFlavouredOutput() {
    var writer = CSVWriter()
    writer.writeRow(["файл", "строка", "значение"])
    writer.writeRow(["a;b.csv", "3", "он сказал \"да\"\nи ушёл"])
    let text = String(decoding: writer.bytes.dropFirst(3), as: UTF8.self)
    #expect(Array(writer.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(text == "файл;строка;значение\r\n\"a;b.csv\";3;\"он сказал \"\"да\"\"\nи ушёл\"\r\n")
  }

  @Test(arguments: [
    ("=1+1", "'=1+1"), ("+7 999", "'+7 999"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("-1", "-1"), ("-2,5", "-2,5"), ("+3.75", "+3.75"), ("-", "'-"), ("обычный", "обычный"),
  ])
  func formulaLikeCellsAreDefused(cell: String, written: String) {
    #expect(CSVWriter.defused(cell) == written)
  }

  @Test func leadingAndTrailingSpacesAreQuotedSoTheyAreKept() {
    var writer = CSVWriter(byteOrderMark: false)
    writer.writeRow([" a", "b "])
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "\" a\";\"b \"\r\n")
  }
}
