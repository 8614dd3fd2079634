import MonitoringKit
import TabularIO

/// What `check` learned about one input file.
public struct FileInspection: Sendable, Equatable {
  /// The file, relative to the input folder.
  public var path: String
  /// Its kind by extension.
  public var kind: InputFile.Kind
  /// The encoding it was read in (nil when it could not be read as text).
  public var encoding: TextEncoding?
  /// The delimiter it was parsed with.
  public var dialect: Dialect?
  /// Header cells as written in the file.
  public var columns: [String]
  /// Data rows read (the header and blank rows excluded).
  public var rowsRead: Int
  /// Blank rows skipped.
  public var blankRows: Int
  /// Problems found, most severe first, then by line.
  public var findings: [Finding]

  /// Creates an inspection result.
  public init(
    path: String, kind: InputFile.Kind, encoding: TextEncoding? = nil, dialect: Dialect? = nil,
    columns: [String] = [], rowsRead: Int = 0, blankRows: Int = 0, findings: [Finding] = []
  ) {
    self.path = path
    self.kind = kind
    self.encoding = encoding
    self.dialect = dialect
    self.columns = columns
    self.rowsRead = rowsRead
    self.blankRows = blankRows
    self.findings = findings
  }

  /// Whether the file was read to its end (no error-level finding) — spreadsheets and other
  /// non-table files are not expected to be read and do not count against it.
  public var wasRead: Bool {
    kind != .table || !findings.contains { $0.severity == .error }
  }
}
