/// What reading one file found, besides its rows.
public struct TableReadSummary: Sendable, Equatable {
  /// The encoding the file was read in.
  public var encoding: TextEncoding
  /// Whether the encoding was forced by configuration rather than detected.
  public var encodingForced: Bool
  /// Whether the file started with a byte-order mark (removed).
  public var hadByteOrderMark: Bool
  /// The dialect the file was parsed with.
  public var dialect: Dialect
  /// Non-blank rows delivered, the header included.
  public var records: Int
  /// Rows whose every field was empty (skipped).
  public var blankRows: Int
  /// Size of the file in bytes.
  public var fileBytes: Int
  /// Why parsing stopped early; the rows before it were delivered.
  public var parseError: CSVParseError?
  /// Data rows with fewer fields than the header, or with non-empty fields beyond it.
  public var misshapenRows: Int = 0
  /// The first few lines of such rows.
  public var misshapenLines: [Int] = []
  /// Fields in the header row.
  public var headerFields: Int = 0

  /// Whether the file holds no row at all.
  public var isEmpty: Bool { records == 0 && parseError == nil }
}
