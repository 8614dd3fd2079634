extension Warehouse {
  /// One input file read for the year, with its detected format and row accounting.
  ///
  /// Stored in the `files` table, keyed by (`academic_year`, ``fileIndex``).
  public struct FileRow: Sendable, Equatable, Hashable, Codable {
    /// The file's index within the year, referenced by every row that came from it.
    public var fileIndex: Int
    /// The file's path as given to the tool.
    public var path: String
    /// The recognised dataset kind, or `nil` when the file was not recognised.
    public var dataset: String?
    /// The detected text encoding, e.g. `"utf-8"` or `"windows-1251"`.
    public var encoding: String
    /// The detected field delimiter, e.g. `";"`.
    public var delimiter: String
    /// The SHA-256 (lowercase hex) of the file's bytes.
    public var sha256: String
    /// How many data rows were read.
    public var rowsRead: Int
    /// How many data rows contributed to the tables.
    public var rowsUsed: Int
    /// How many data rows were rejected whole.
    public var rowsRejected: Int
    /// How many single cells were rejected in rows that were otherwise used.
    public var cellsRejected: Int
    /// How many blank rows were skipped.
    public var blankRows: Int
    /// What else the tool knows about the file — its header, unclaimed columns, instruments and
    /// problems — as JSON written and read by the pipeline (`{}` when none was stored).
    public var details: String

    /// Creates a file row.
    public init(
      fileIndex: Int,
      path: String,
      dataset: String?,
      encoding: String,
      delimiter: String,
      sha256: String,
      rowsRead: Int,
      rowsUsed: Int,
      rowsRejected: Int,
      cellsRejected: Int,
      blankRows: Int,
      details: String = "{}"
    ) {
      self.fileIndex = fileIndex
      self.path = path
      self.dataset = dataset
      self.encoding = encoding
      self.delimiter = delimiter
      self.sha256 = sha256
      self.rowsRead = rowsRead
      self.rowsUsed = rowsUsed
      self.rowsRejected = rowsRejected
      self.cellsRejected = cellsRejected
      self.blankRows = blankRows
      self.details = details
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case fileIndex = "file_index"
      case path
      case dataset
      case encoding
      case delimiter
      case sha256
      case rowsRead = "rows_read"
      case rowsUsed = "rows_used"
      case rowsRejected = "rows_rejected"
      case cellsRejected = "cells_rejected"
      case blankRows = "blank_rows"
      case details
    }
  }
}
