extension Verdict {
  /// Grades: by `mean_change` against ±t and the Wilcoxon p.
  public static func grades(_ block: GradesIndicators) -> Verdict {
    guard let change = block.meanChange, let before = block.meanBefore, let after = block.meanAfter else {
      return Verdict(
        direction: .na, significant: nil,
        textRU:
          "Недостаточно данных об оценках, чтобы сравнить успеваемость наставляемых до и после программы.")
    }
    let p = block.wilcoxon.result?.p
    let n = block.menteesPaired
    let means = "средний балл \(RussianNumbers.decimal(before)) → \(RussianNumbers.decimal(after))"
    let clause = RussianNumbers.testClause(p: p)
    let t = block.threshold - 1e-12
    if change >= t {
      return Verdict(
        direction: .better, significant: p.map { $0 < 0.05 },
        textRU: "Успеваемость улучшилась у \(block.improved) из \(n) наставляемых; \(means) \(clause).")
    }
    if change <= -t {
      return Verdict(
        direction: .worse, significant: p.map { $0 < 0.05 },
        textRU: "Успеваемость ухудшилась у \(block.worsened) из \(n) наставляемых; \(means) \(clause).")
    }
    return Verdict(
      direction: .same, significant: p.map { $0 < 0.05 },
      textRU: "Успеваемость наставляемых почти не изменилась (\(n) чел.); \(means) \(clause).")
  }

  /// Anxiety: by the elevated counts and the Wilcoxon p on the scores.
  public static func anxiety(_ block: AnxietyIndicators) -> Verdict {
    guard block.menteesPaired > 0, let before = block.meanBefore, let after = block.meanAfter else {
      return Verdict(
        direction: .na, significant: nil,
        textRU: "Недостаточно данных теста тревожности, чтобы сравнить результаты до и после программы.")
    }
    let p = block.wilcoxon.result?.p
    let direction: Direction =
      block.elevatedAfter < block.elevatedBefore
      ? .better : block.elevatedAfter > block.elevatedBefore ? .worse : .same
    let n = block.menteesPaired
    let counts =
      "повышенная тревожность у \(block.elevatedBefore) из \(n) наставляемых до программы и у \(block.elevatedAfter) после"
    let means =
      "средний балл \(RussianNumbers.decimal(before, digits: 1)) → \(RussianNumbers.decimal(after, digits: 1))"
    let opening: String
    switch direction {
    case .better: opening = "Тревожность снизилась"
    case .worse: opening = "Тревожность выросла"
    default: opening = "Тревожность почти не изменилась"
    }
    return Verdict(
      direction: direction, significant: p.map { $0 < 0.05 },
      textRU: "\(opening): \(counts); \(means) \(RussianNumbers.testClause(p: p)).")
  }

  /// Satisfaction: by the index (≥ 8 высокая, 6–8 средняя, < 6 низкая); the mentees' block,
  /// else the mentors'.
  public static func satisfaction(mentees: SatisfactionIndicators, mentors: SatisfactionIndicators) -> Verdict
  {
    let (block, who) = mentees.index != nil ? (mentees, "наставляемых") : (mentors, "наставников")
    guard let index = block.index else {
      return Verdict(
        direction: .na, significant: nil, textRU: "Нет анкет удовлетворённости участников программы.")
    }
    let (direction, word): (Direction, String) =
      index >= 8 ? (.better, "высокая") : index >= 6 ? (.same, "средняя") : (.worse, "низкая")
    var text = "Удовлетворённость \(who) \(word): индекс \(RussianNumbers.decimal(index, digits: 1)) из 10"
    text += " (анкет: \(block.respondents))"
    if let share = block.continueShare {
      text += "; продолжить участие хотят \(RussianNumbers.percent(share))"
    }
    return Verdict(direction: direction, significant: nil, textRU: text + ".")
  }

  /// Clubs: by the enrolled share and McNemar.
  public static func clubs(_ block: ClubsIndicators) -> Verdict {
    guard let before = block.enrolledShareBefore, let after = block.enrolledShareAfter,
      let first = block.baselinePeriod, let last = block.finalPeriod
    else {
      return Verdict(
        direction: .na, significant: nil, textRU: "Нет данных о посещении кружков и секций за два периода.")
    }
    let p = block.mcnemar.result?.p
    let direction: Direction = after > before ? .better : after < before ? .worse : .same
    let text =
      "Кружки и секции посещают \(block.enrolledAfter) из \(block.mentees) наставляемых (\(last.label)), "
      + "в начале — \(block.enrolledBefore) (\(first.label)) \(RussianNumbers.testClause(p: p))."
    return Verdict(direction: direction, significant: p.map { $0 < 0.05 }, textRU: text)
  }

  /// Registry: mentees on the registry at the end against the start (no test).
  public static func registry(_ block: RegistryIndicators) -> Verdict {
    guard block.hasData else {
      return Verdict(direction: .na, significant: nil, textRU: "Нет данных о профилактическом учёте.")
    }
    let (start, end) = (block.menteesOnStart, block.menteesOnEnd)
    let direction: Direction = end < start ? .better : end > start ? .worse : .same
    return Verdict(
      direction: direction, significant: nil,
      textRU: "Наставляемых на профилактическом учёте: \(end) на конец программы, \(start) на начало.")
  }
}
