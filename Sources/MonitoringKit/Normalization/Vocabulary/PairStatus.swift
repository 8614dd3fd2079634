/// The status of a mentoring pair.
///
/// Recognised by word stems. A value starting with a negation («не действует») is not guessed
/// and gives `nil`.
public enum PairStatus: String, Hashable, Sendable, CaseIterable {
  /// Действует.
  case active
  /// Завершена.
  case completed
  /// Расформирована.
  case dissolved

  /// Word stems and the statuses they mean, checked in order.
  public static let stems: [(stem: String, status: PairStatus)] = [
    ("расформ", .dissolved), ("распал", .dissolved), ("растор", .dissolved), ("прекращ", .dissolved),
    ("заверш", .completed), ("законч", .completed), ("окончен", .completed), ("выполн", .completed),
    ("действ", .active), ("актив", .active), ("работ", .active), ("продолж", .active), ("идет", .active),
  ]

  /// Parses a status cell («действует», «активна», «завершил(а)», «расформирована»).
  public static func parse(_ text: String) -> PairStatus? {
    let words = TextNormalizer.letterWords(text)
    guard let first = words.first, first != "не" else { return nil }
    for (stem, status) in stems where words.contains(where: { $0.hasPrefix(stem) }) {
      return status
    }
    return nil
  }

  /// The Russian label: «действует», «завершена», «расформирована».
  public var label: String {
    switch self {
    case .active: "действует"
    case .completed: "завершена"
    case .dissolved: "расформирована"
    }
  }
}
