/// The one-line conclusion of a headline block (indicators.md, verdict).
public struct Verdict: Sendable, Equatable {
  /// Which way the indicator moved for the programme.
  public enum Direction: String, Sendable, Equatable {
    case better, same, worse, na
  }

  /// `direction` as indicators.md defines it.
  public var direction: Direction
  /// Whether the block's test is significant at .05; nil when there is no test.
  public var significant: Bool?
  /// One plain Russian sentence for the principal.
  public var textRU: String

  /// Creates a verdict.
  public init(direction: Direction, significant: Bool?, textRU: String) {
    self.direction = direction
    self.significant = significant
    self.textRU = textRU
  }

  /// `{direction, significant, text_ru}`.
  public func json() -> JSONValue {
    .object([
      ("direction", .string(direction.rawValue)), ("significant", significant.map(JSONValue.bool) ?? .null),
      ("text_ru", .string(textRU)),
    ])
  }
}
