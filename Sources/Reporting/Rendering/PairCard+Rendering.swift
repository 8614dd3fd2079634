extension PairCard {
  /// Model, status and meetings in reading order (both renderers join them with « · »).
  func facts(words: ReportWords) -> [String] {
    var facts: [String] = []
    if let model { facts.append(model) }
    if let status { facts.append(status) }
    facts.append(
      "\(words.meetingsLabel): \(RussianFormat.integer(meetings))" + (fullCycle ? ", \(words.fullCycle)" : "")
    )
    return facts
  }

  /// The card's table: one row per mentee with the values before and after.
  func table(words: ReportWords) -> ReportTable {
    ReportTable(
      caption: words.pairCardTitle(key),
      header: [words.mentee, words.schoolClass, words.gradeColumn, words.anxietyColumn],
      rows: mentees.map { mentee in
        let outcome = mentee.outcome
        return [
          .text(mentee.name), .text(outcome.schoolClass ?? "—"),
          .text(Self.change(outcome.gradeBefore, outcome.gradeAfter, decimals: 2)),
          .text(
            Self.change(outcome.anxietyBefore, outcome.anxietyAfter, decimals: 1)
              + Self.levels(outcome.anxietyLevelBefore, outcome.anxietyLevelAfter)),
        ]
      })
  }

  /// «2,98 → 3,26» or «—».
  static func change(_ before: Double?, _ after: Double?, decimals: Int) -> String {
    guard before != nil || after != nil else { return "—" }
    let format = { (value: Double?) in value.map { RussianFormat.number($0, decimals: decimals) } ?? "—" }
    return "\(format(before)) → \(format(after))"
  }

  /// « (повышенная → норма)» or "".
  static func levels(_ before: String?, _ after: String?) -> String {
    guard let before, let after else { return "" }
    return " (\(before) → \(after))"
  }
}
