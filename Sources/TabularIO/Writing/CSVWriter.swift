/// Writes a table the way Russian Excel opens it without questions.
///
/// UTF-8 with a byte-order mark, `;` between fields, CRLF between rows, `"` quoting where a cell
/// needs it. A cell that starts with `=`, `+`, `-`, `@`, TAB or CR would be run as a formula by a
/// spreadsheet; the writer prefixes it with `'` (a plain number such as `-1,5` is left alone).
public struct CSVWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8]
  /// The delimiter between fields.
  public let delimiter: UInt8
  /// Whether formula-like cells are defused.
  public let guardsFormulas: Bool
  /// The row separator (CRLF for Excel).
  public let lineEnding: [UInt8]
  /// Whether every cell is quoted (as some form services export), not only those that need it.
  public let quotesAll: Bool

  /// Starts a table; the byte-order mark is written at once.
  public init(
    delimiter: UInt8 = UInt8(ascii: ";"), byteOrderMark: Bool = true, guardsFormulas: Bool = true,
    lineEnding: String = "\r\n", quotesAll: Bool = false
  ) {
    self.delimiter = delimiter
    self.guardsFormulas = guardsFormulas
    self.lineEnding = Array(lineEnding.utf8)
    self.quotesAll = quotesAll
    bytes = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
  }

  /// Appends one row.
  public mutating func writeRow(_ cells: [String]) {
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(delimiter) }
      writeCell(guardsFormulas ? Self.defused(cell) : cell)
    }
    bytes.append(contentsOf: lineEnding)
  }

  /// Hands the bytes written so far to the caller and starts empty (for streaming big tables).
  public mutating func takeBytes() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  /// The text a cell is written as once defused: `'` before a formula-like start.
  public static func defused(_ cell: String) -> String {
    guard let first = cell.utf8.first else { return cell }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
      return isPlainNumber(cell) ? cell : "'" + cell
    default:
      return cell
    }
  }

  /// `-12`, `+3,5`, `-0.25`: a sign, digits and at most one decimal separator.
  static func isPlainNumber(_ cell: String) -> Bool {
    var digits = 0
    var separators = 0
    for (index, byte) in cell.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "-") where index == 0, UInt8(ascii: "+") where index == 0: continue
      case UInt8(ascii: ","), UInt8(ascii: "."): separators += 1
      default: return false
      }
    }
    return digits > 0 && separators <= 1
  }

  private mutating func writeCell(_ cell: String) {
    let utf8 = cell.utf8
    let needsQuotes =
      quotesAll
      || utf8.contains { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
      || utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
      || utf8.first == 0x09 || utf8.last == 0x09
    guard needsQuotes else {
      bytes.append(contentsOf: utf8)
      return
    }
    bytes.append(UInt8(ascii: "\""))
    for byte in utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
