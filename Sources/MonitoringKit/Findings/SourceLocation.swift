/// A place in an input file: line, column and byte offset, each when known.
public struct SourceLocation: Sendable, Equatable, Codable {
  /// Physical line, 1-based.
  public var line: Int?
  /// Field, 1-based.
  public var column: Int?
  /// Byte offset, 0-based.
  public var byte: Int?

  /// Creates a location.
  public init(line: Int? = nil, column: Int? = nil, byte: Int? = nil) {
    self.line = line
    self.column = column
    self.byte = byte
  }
}
