/// The kind of a mentoring meeting, recognised by a keyword inside the value.
///
/// Keywords are checked in order: «знаком», «пробн», «итог», «план», then «рабоч», «темат»,
/// «регуляр», «занятие». «итог» comes before the working-meeting words so that «итоговое
/// занятие» is the final meeting (decision where the contract is silent).
public enum MeetingType: String, Hashable, Sendable, CaseIterable {
  /// Встреча-знакомство.
  case introduction
  /// Пробная встреча.
  case trial
  /// Встреча-планирование.
  case planning
  /// Рабочая встреча.
  case working
  /// Итоговая встреча.
  case final

  /// Keywords and the meeting types they mean, in the order they are checked.
  public static let keywords: [(keyword: String, type: MeetingType)] = [
    ("знаком", .introduction), ("пробн", .trial), ("итог", .final), ("заверш", .final),
    ("план", .planning), ("рабоч", .working), ("темат", .working), ("регуляр", .working),
    ("заняти", .working),
  ]

  /// Parses a meeting-type cell («Встреча-знакомство», «рабочая встреча»); `nil` when no keyword.
  public static func parse(_ text: String) -> MeetingType? {
    let form = TextNormalizer.keywordForm(text)
    return keywords.first(where: { form.contains($0.keyword) })?.type
  }

  /// The Russian label: «знакомство», «пробная», «планирование», «рабочая», «итоговая».
  public var label: String {
    switch self {
    case .introduction: "знакомство"
    case .trial: "пробная"
    case .planning: "планирование"
    case .working: "рабочая"
    case .final: "итоговая"
    }
  }
}
