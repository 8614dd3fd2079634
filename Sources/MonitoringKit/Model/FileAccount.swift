import TabularIO

/// What happened to one input file: how it was read, what it was, and where its rows went.
///
/// `rowsUsed + rowsRejected == rowsRead` for every file (data contract: nothing is lost).
public struct FileAccount: Sendable, Equatable {
  public var index: Int
  public var path: String
  public var dataset: DatasetKind?
  public var encoding: TextEncoding?
  public var delimiter: String?
  public var sha256: String
  public var rowsRead: Int
  public var rowsUsed: Int
  public var rowsRejected: Int
  public var cellsRejected: Int
  public var blankRows: Int
  /// Problems with the file as a whole (parse errors, unrecognised, spreadsheet…).
  public var findings: [Finding]
  /// Header cells as written.
  public var columns: [String]
  /// Header cells no field, subject or instrument item claimed.
  public var unclaimedColumns: [String]
  /// Instruments whose items this file holds (surveys).
  public var instruments: [String]

  public init(index: Int, path: String, sha256: String) {
    self.index = index
    self.path = path
    self.sha256 = sha256
    rowsRead = 0
    rowsUsed = 0
    rowsRejected = 0
    cellsRejected = 0
    blankRows = 0
    findings = []
    columns = []
    unclaimedColumns = []
    instruments = []
  }
}
