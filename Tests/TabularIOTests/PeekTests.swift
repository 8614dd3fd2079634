import Testing

@testable import TabularIO

/// `peek` gives the first rows of a file exactly as `read` delivers them.
@Suite struct PeekTests {
  /// A table whose first rows span several of peek's slices: long quoted cells with line
  /// breaks and delimiters, so rows cross the slice boundaries.
  static func longRows(count: Int) -> [UInt8] {
    var text = "ФИО;Класс;Комментарий\n"
    for index in 0..<count {
      let comment = String(
        repeating: "очень длинный текст; с «кавычками» \"\" и\nпереносом ", count: index % 300)
      text += "Иванов \(index);7А;\"\(comment)\"\n"
    }
    return Array(text.utf8)
  }

  @Test("the first rows of a long file agree with read, across slice boundaries")
  func longFile() throws {
    let bytes = Self.longRows(count: 400)
    #expect(bytes.count > 4 * TableReader.peekSlice)
    let path = try Fixtures.temporaryFile(bytes)
    let read = try Fixtures.read(path)
    for limit in [1, 2, 41, 120] {
      let peeked = try TableReader(path: path).peek(rows: limit)
      #expect(peeked == Array(read.rows.prefix(limit)), "limit \(limit)")
    }
  }

  @Test("a small file is peeked whole, its last row without a line break included")
  func wholeFile() throws {
    let path = try Fixtures.temporaryFile(Array("ФИО;Класс\nИванов;7А\nПетров;7Б".utf8))
    #expect(
      try TableReader(path: path).peek(rows: 41) == [["ФИО", "Класс"], ["Иванов", "7А"], ["Петров", "7Б"]])
  }
}
