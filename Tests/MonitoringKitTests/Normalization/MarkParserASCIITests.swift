import Testing

@testable import MonitoringKit

@Suite("MarkParser.parseASCII")
struct MarkParserASCIITests {
  /// Runs the byte parser on a string's UTF-8 bytes.
  static func ascii(_ text: String) -> [MarkValue]? {
    Array(text.utf8).withUnsafeBufferPointer { MarkParser.parseASCII($0) }
  }

  /// What the byte parser must answer, derived from the String parser.
  static func expected(_ text: String) -> [MarkValue]? {
    switch MarkParser.parse(text) {
    case .success(let marks): marks
    case .failure: nil
    }
  }

  /// Every ASCII cell of the shared tables.
  static let tableCells: [String] = (MarkCases.valid.map(\.0) + MarkCases.invalid.map(\.0)).filter {
    $0.utf8.allSatisfy { $0 < 0x80 }
  }

  @Test("agrees with parse on every ASCII cell of the tables", arguments: tableCells)
  func agreesOnTables(cell: String) {
    #expect(Self.ascii(cell) == Self.expected(cell))
  }

  @Test("the tables hold both accepted and rejected ASCII cells")
  func tablesAreMixed() {
    #expect(Self.tableCells.contains { Self.ascii($0) == nil })
    #expect(Self.tableCells.contains { (Self.ascii($0)?.count ?? 0) > 1 })
    #expect(Self.tableCells.count > 50)
  }

  @Test("agrees with parse on every one-byte ASCII cell")
  func agreesOnSingleBytes() {
    for byte in UInt8(0)..<0x80 {
      let cell = String(decoding: [byte], as: UTF8.self)
      #expect(Self.ascii(cell) == Self.expected(cell), "byte \(byte)")
    }
  }

  @Test("agrees with parse on every cell of up to four characters from the mark alphabet")
  func agreesExhaustively() {
    let alphabet: [Character] = ["1", "4", "5", "6", "0", "+", "-", "/", "\\", ";", ",", ".", " ", "\t", "a"]
    var cells = [""]
    var frontier = [""]
    for _ in 1...4 {
      frontier = frontier.flatMap { prefix in alphabet.map { prefix + String($0) } }
      cells += frontier
    }
    var disagreements: [String] = []
    for cell in cells where Self.ascii(cell) != Self.expected(cell) {
      disagreements.append(cell)
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    #expect(cells.count == 1 + 15 + 225 + 3375 + 50625)
  }

  @Test(
    "refuses non-ASCII bytes so that the caller falls back", arguments: ["н/а", "5 н/а", "4–", "—", "зач"])
  func nonASCII(cell: String) {
    #expect(Self.ascii(cell) == nil)
  }

  @Test("reads a slice of a larger buffer")
  func slice() {
    let bytes = Array("x;4,5/3;y".utf8)
    let marks = bytes.withUnsafeBufferPointer { buffer in
      MarkParser.parseASCII(UnsafeBufferPointer(rebasing: buffer[2..<7]))
    }
    #expect(marks == [.numeric(4.5), .numeric(3)])
  }
}
