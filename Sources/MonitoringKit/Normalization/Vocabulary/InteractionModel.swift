/// The interaction model (форма взаимодействия) of a mentoring pair.
///
/// Values are compared ignoring case, quotes («» "") and dash variants (- – — ‑) with any spaces
/// around them. Anything else is kept as `.other` with its cleaned text, counted under «другое»
/// and reported.
public enum InteractionModel: Hashable, Sendable {
  /// «успевающий – неуспевающий».
  case achieverToUnderachiever
  /// «лидер – пассивный».
  case leaderToPassive
  /// «равный – равному».
  case peerToPeer
  /// «адаптированный – неадаптированный».
  case adaptedToUnadapted
  /// Any other value, as written (cleaned).
  case other(String)

  /// The four standard models in the programme's order.
  public static let standard: [InteractionModel] = [
    .achieverToUnderachiever, .leaderToPassive, .peerToPeer, .adaptedToUnadapted,
  ]

  /// Accepted spellings in keyword form (dashes without spaces) and the models they mean.
  public static let aliases: [String: InteractionModel] = [
    "успевающий-неуспевающий": .achieverToUnderachiever,
    "лидер-пассивный": .leaderToPassive,
    "равный-равному": .peerToPeer, "равный-равный": .peerToPeer,
    "адаптированный-неадаптированный": .adaptedToUnadapted,
  ]

  /// Parses a model cell; `nil` only for an empty cell.
  public static func parse(_ text: String) -> InteractionModel? {
    guard let cleaned = CellText.clean(text) else { return nil }
    return aliases[TextNormalizer.keywordForm(cleaned)] ?? .other(cleaned)
  }

  /// The Russian label: the canonical spelling, or «другое» for any other value.
  public var label: String {
    switch self {
    case .achieverToUnderachiever: "успевающий – неуспевающий"
    case .leaderToPassive: "лидер – пассивный"
    case .peerToPeer: "равный – равному"
    case .adaptedToUnadapted: "адаптированный – неадаптированный"
    case .other: "другое"
    }
  }

  /// Whether the value is one of the four standard models.
  public var isStandard: Bool {
    if case .other = self { return false }
    return true
  }
}
