/// Everything the tool can say about an input, as data; a `Catalog` turns it into words.
///
/// Each case has a stable `code` (the reason codes of the data contract §5) and, in the
/// catalog, a sentence and a «how to fix» line in every language.
public enum Message: Sendable, Equatable, Codable {
  /// The file has a spreadsheet extension (.xlsx, .xls, .ods).
  case spreadsheetNotCSV(extension: String)
  /// The file is not a candidate table (another extension).
  case notATable(extension: String)
  /// The operating system could not read the file.
  case unreadable(reason: String)
  /// The file's bytes are not text.
  case binaryFile(offset: Int)
  /// The file holds nothing.
  case emptyFile
  /// The file has a header and no data rows.
  case headerOnly
  /// A quote is not closed or is followed by text; `atEndOfFile` when the file ended inside it.
  case unbalancedQuote(startLine: Int, detectedLine: Int, atEndOfFile: Bool)
  /// A field is longer than the limit.
  case fieldTooLong(limitBytes: Int)
  /// Parsing stopped for lack of memory.
  case outOfMemory
  /// Rows whose field count differs from the header's; `firstLines` shows a few.
  case fieldCountMismatch(expected: Int, rows: Int, firstLines: [Int])
  /// No dataset fits the file's header.
  case unrecognizedFile(columns: [String], needs: [String])
  /// The configuration says to skip the file.
  case skippedByConfig
  /// A grades file without a period column, config period or period in its name.
  case periodUnknown

  /// The stable reason code.
  public var code: String {
    switch self {
    case .spreadsheetNotCSV: "spreadsheet"
    case .notATable: "not-a-table"
    case .unreadable: "unreadable"
    case .binaryFile: "binary-file"
    case .emptyFile: "empty-file"
    case .headerOnly: "header-only"
    case .unbalancedQuote, .outOfMemory: "parse-error"
    case .fieldTooLong: "field-too-long"
    case .fieldCountMismatch: "field-count"
    case .unrecognizedFile: "unrecognized-file"
    case .skippedByConfig: "skipped"
    case .periodUnknown: "period-unknown"
    }
  }
}
