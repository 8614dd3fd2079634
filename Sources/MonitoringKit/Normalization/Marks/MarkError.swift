/// Why a grades cell could not be read as marks.
public enum MarkError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A number outside the mark scale («6», «0», «5,4» read as the average 5.4).
  case outOfRange(String)
  /// Text that is neither a mark nor a known keyword («хор», «5 -», «/»).
  case unknownValue(String)

  /// The offending piece of the cell.
  public var fragment: String {
    switch self {
    case .outOfRange(let text), .unknownValue(let text): text
    }
  }

  /// The reject reason code of data contract §5 (`out-of-range`, `unknown-value`).
  public var code: String {
    switch self {
    case .outOfRange: "out-of-range"
    case .unknownValue: "unknown-value"
    }
  }

  /// An English description for logs and tests (curator messages come from the catalog).
  public var description: String {
    switch self {
    case .outOfRange(let text): "mark out of range 1–5: \(text)"
    case .unknownValue(let text): "not a mark: \(text)"
    }
  }
}
