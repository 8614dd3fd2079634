/// The language of everything the curator and the principal read.
public enum Language: String, Sendable, CaseIterable, Codable {
  /// Russian, the default.
  case ru
  /// English, for visitors and reviewers.
  case en
}
