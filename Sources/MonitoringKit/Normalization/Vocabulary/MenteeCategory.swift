/// The category of a mentee (пассивный | активный); other text is kept as written.
public enum MenteeCategory: Hashable, Sendable {
  /// Пассивный.
  case passive
  /// Активный.
  case active
  /// Any other category, as written (cleaned).
  case other(String)

  /// Word prefixes and categories, checked in order («неактивн» before «активн»).
  public static let prefixes: [(prefix: String, category: MenteeCategory)] = [
    ("неактивн", .passive), ("малоактивн", .passive), ("пассивн", .passive), ("passive", .passive),
    ("активн", .active), ("active", .active),
  ]

  /// Parses a category cell; `nil` only for an empty cell.
  public static func parse(_ text: String) -> MenteeCategory? {
    guard let cleaned = CellText.clean(text) else { return nil }
    let words = TextNormalizer.letterWords(cleaned)
    for (prefix, category) in prefixes where words.contains(where: { $0.hasPrefix(prefix) }) {
      return category
    }
    return .other(cleaned)
  }

  /// The Russian label: «пассивный», «активный», or the text as written.
  public var label: String {
    switch self {
    case .passive: "пассивный"
    case .active: "активный"
    case .other(let text): text
    }
  }
}
