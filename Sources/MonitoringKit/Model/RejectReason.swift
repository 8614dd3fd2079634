/// Why a row or a cell was not used: the fixed list of the data contract §5.
public enum RejectReason: String, Sendable, Equatable, CaseIterable {
  case parseError = "parse-error"
  case missingCell = "missing-cell"
  case typeError = "type-error"
  case outOfRange = "out-of-range"
  case unknownValue = "unknown-value"
  case unknownPerson = "unknown-person"
  case ambiguousPerson = "ambiguous-person"
  case duplicateSuperseded = "duplicate-superseded"
  case periodUnknown = "period-unknown"
  case unrecognizedFile = "unrecognized-file"
  case unknownPair = "unknown-pair"
}

/// One rejected row or cell, as `rejects.csv` lists it.
public struct Reject: Sendable, Equatable {
  public var file: Int
  public var path: String
  public var line: Int?
  public var column: String?
  public var value: String?
  public var reason: RejectReason
  /// What exactly was wrong, when the reason alone does not say it.
  public var detail: String?
  /// A bad cell in a row that was otherwise used.
  public var cellLevel: Bool

  public init(
    file: Int, path: String, line: Int?, column: String? = nil, value: String? = nil, reason: RejectReason,
    detail: String? = nil, cellLevel: Bool = false
  ) {
    self.file = file
    self.path = path
    self.line = line
    self.column = column
    self.value = value
    self.reason = reason
    self.detail = detail
    self.cellLevel = cellLevel
  }
}
