/// One mark found in a grades cell.
public enum MarkValue: Hashable, Sendable, CustomStringConvertible {
  /// A numeric mark: an integer 1–5 or an average in [1, 5].
  case numeric(Double)
  /// Not attested (н/а).
  case notAttested
  /// Exempt from the subject (осв.).
  case exempt
  /// Pass in a pass/fail subject (зачёт).
  case pass
  /// Fail in a pass/fail subject (незачёт).
  case fail

  /// The numeric value, when the mark is numeric.
  public var number: Double? {
    if case .numeric(let value) = self { return value }
    return nil
  }

  /// The Russian label: the number with a decimal comma, «н/а», «осв», «зач», «незач».
  public var label: String {
    switch self {
    case .numeric(let value):
      if value == value.rounded() { return String(Int(value)) }
      return String(value).replacingOccurrences(of: ".", with: ",")
    case .notAttested: return "н/а"
    case .exempt: return "осв"
    case .pass: return "зач"
    case .fail: return "незач"
    }
  }

  /// The label.
  public var description: String { label }
}
