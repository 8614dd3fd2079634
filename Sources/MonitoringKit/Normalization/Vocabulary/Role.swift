/// A participant's role in the mentoring programme.
public enum Role: String, Hashable, Sendable, CaseIterable {
  /// Наставник.
  case mentor
  /// Наставляемый.
  case mentee

  /// Word stems recognised in free text, checked in order: «наставляем» before «наставник».
  public static let stems: [(stem: String, role: Role)] = [
    ("наставляем", .mentee), ("подопечн", .mentee), ("mentee", .mentee), ("наставник", .mentor),
    ("наставниц", .mentor), ("mentor", .mentor), ("tutor", .mentor),
  ]

  /// Parses a role cell («наставник», «ученик-наставник», «наставляемая», «наставляемый (ученик)»,
  /// «mentor», «mentee»); `nil` when no role is named.
  public static func parse(_ text: String) -> Role? {
    let form = TextNormalizer.keywordForm(text)
    return stems.first(where: { form.contains($0.stem) })?.role
  }

  /// The Russian label: «наставник», «наставляемый».
  public var label: String {
    switch self {
    case .mentor: "наставник"
    case .mentee: "наставляемый"
    }
  }
}
