/// A student's sex as recorded in the roster.
public enum Sex: String, Hashable, Sendable, CaseIterable {
  /// Мужской.
  case male
  /// Женский.
  case female

  /// Accepted spellings (keyword form, full stops ignored) and their values.
  public static let spellings: [String: Sex] = [
    "м": .male, "муж": .male, "мужской": .male, "мужчина": .male, "мальчик": .male, "юноша": .male,
    "m": .male, "male": .male,
    "ж": .female, "жен": .female, "женский": .female, "женщина": .female, "девочка": .female,
    "девушка": .female, "f": .female, "w": .female, "female": .female,
  ]

  /// Parses a sex cell («м», «ж», «муж.», «жен.»); `nil` otherwise.
  public static func parse(_ text: String) -> Sex? {
    spellings[TextNormalizer.keywordForm(text).filter { $0 != "." }]
  }

  /// The short Russian label: «м», «ж».
  public var label: String {
    switch self {
    case .male: "м"
    case .female: "ж"
    }
  }
}
