/// One cell of a survey read as the answer to an instrument item.
public enum ItemAnswer: Sendable, Equatable {
  /// A number: a rating, or a choice already mapped to its points (before reverse scoring).
  case number(Double)
  /// A yes/no answer.
  case yesNo(Bool)
  /// Free text (never scored).
  case text(String)
  /// No answer: an empty cell, «не знаю».
  case missing
  /// A value the item cannot take (out of range, unknown text): a cell reject, not an answer.
  case invalid

  /// Whether the item was answered with a usable value (text answers count as answered).
  public var isAnswered: Bool {
    switch self {
    case .number, .yesNo, .text: true
    case .missing, .invalid: false
    }
  }

  /// The value used by `mean`, `sum` and `linear` scores: numbers as they are, yes = 1, no = 0.
  public var numeric: Double? {
    switch self {
    case .number(let value): value
    case .yesNo(let yes): yes ? 1 : 0
    case .text, .missing, .invalid: nil
    }
  }
}
