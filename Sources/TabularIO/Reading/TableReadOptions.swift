/// How to read one delimited file; every field has a sensible default.
public struct TableReadOptions: Sendable, Equatable {
  /// Forces the encoding instead of detecting it.
  public var encoding: TextEncoding?
  /// Forces the delimiter instead of sniffing it.
  public var delimiter: UInt8?
  /// Bytes read from the file at a time.
  public var chunkSize: Int
  /// The longest field accepted, in bytes (1 MiB).
  public var fieldLimit: Int
  /// Bytes of the file's start that the delimiter sniffer looks at.
  public var sniffBytes: Int
  /// Whether a long single-byte-encoded file is parsed in row-aligned segments on two threads
  /// (the rows, their order and every number are the same as parsing it in one stream).
  public var parsesInSegments: Bool

  /// Creates options; the defaults read ~1 MiB at a time and cap fields at 1 MiB.
  public init(
    encoding: TextEncoding? = nil, delimiter: UInt8? = nil, chunkSize: Int = 1 << 20,
    fieldLimit: Int = 1 << 20, sniffBytes: Int = 64 << 10, parsesInSegments: Bool = true
  ) {
    self.encoding = encoding
    self.delimiter = delimiter
    self.chunkSize = max(chunkSize, 1)
    self.fieldLimit = fieldLimit
    self.sniffBytes = sniffBytes
    self.parsesInSegments = parsesInSegments
  }
}
