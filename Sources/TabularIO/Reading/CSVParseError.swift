/// Why libcsv stopped reading a file.
public enum CSVParseError: Error, Equatable, Sendable {
  /// Malformed quoting in strict mode: a quote inside an unquoted field, text after a closing
  /// quote, or a quoted field still open at the end of the file (`atEndOfFile`).
  case malformedQuote(position: CSVPosition, atEndOfFile: Bool)
  /// A field longer than the limit (a stray quote must not swallow the file into memory).
  case fieldTooLong(position: CSVPosition, limit: Int)
  /// Memory for the parsed rows could not be allocated.
  case outOfMemory(position: CSVPosition)
}

/// Where in a file something happened.
public struct CSVPosition: Equatable, Sendable, Codable {
  /// Physical line (1-based) where the row in question starts.
  public var line: Int
  /// Physical line (1-based) where the problem was detected (≥ `line` for multi-line rows).
  public var detectedLine: Int
  /// Record number (1-based, header = 1) of the row in question.
  public var record: Int
  /// Field (1-based) being read.
  public var column: Int
  /// Byte offset (0-based) in the parsed stream where the problem was detected; for UTF-16
  /// files, the offset in the UTF-8 text the file was transcoded to.
  public var byteOffset: Int

  /// Creates a position.
  public init(line: Int, detectedLine: Int, record: Int, column: Int, byteOffset: Int) {
    self.line = line
    self.detectedLine = detectedLine
    self.record = record
    self.column = column
    self.byteOffset = byteOffset
  }
}
