import MonitoringKit

extension ReportBuilder {
  /// Section 3: counts, coverage against 70 %, pairs by model and status, mentees, meetings.
  func participantsSection() -> ReportSection {
    let coverage = json["coverage"]
    guard let pairs = coverage["pairs"].int, pairs > 0 || coverage["participants"].int ?? 0 > 0 else {
      return section("participants", [])
    }
    let base = coverage["students_10_19"].int
    var rows: [[Cell]] = [
      [.text(words.studentsTotal), Cell(count(coverage["students_total"]))],
      [.text(words.students1019), Cell(count(coverage["students_10_19"]))],
      [.text(words.mentors), Cell(count(coverage["mentors"]))],
      [.text(words.mentees), Cell(count(coverage["mentees"]))],
      [.text(words.participants), Cell(count(coverage["participants"]))],
      [.text(words.pairs), Cell(count(coverage["pairs"]))],
      [.text(words.groups), Cell(count(coverage["groups"]))],
    ]
    if base != nil {
      rows.append([.text(words.involvedShare), Cell(share(coverage["involved_share_10_19"], of: base))])
      rows.append([.text(words.menteeShare), Cell(share(coverage["mentee_share_10_19"], of: base))])
    }
    var blocks: [ReportBlock] = [
      .table(
        ReportTable(caption: words.participantsTable, header: [words.indicator, words.value], rows: rows))
    ]
    if base != nil {
      blocks.append(.paragraph(words.coverageTarget(share(coverage["involved_share_10_19"], of: base))))
    }
    if coverage["age_proxy"].bool == true {
      blocks.append(.note(Sentence(stringLiteral: words.ageProxyNote)))
    }
    let tables = [
      countsTable(coverage["pairs_by_model"], caption: words.pairsByModel, label: words.model, group: 1),
      countsTable(coverage["pairs_by_status"], caption: words.pairsByStatus, label: words.status, group: 2),
      countsTable(
        coverage["mentees_by_category"], caption: words.menteesByCategory, label: words.category, group: 3),
      classMatrix(coverage["mentees_by_class"])
        ?? countsTable(
          coverage["mentees_by_class"], caption: words.menteesByClass, label: words.schoolClass, group: 4),
    ]
    blocks += tables.compactMap { $0 }.map(ReportBlock.table)
    blocks += meetingsBlocks()
    return section("participants", blocks)
  }

  /// Mentees by class as a grade × letter matrix («5» row, «А» column), when every class splits
  /// that way; empty cells are «—». One complementary group (the total is the mentee count).
  func classMatrix(_ object: JSONValue) -> ReportTable? {
    var cells: [Int: [String: Int]] = [:]
    for (name, value) in object.members {
      let digits = name.prefix { $0.isNumber }
      guard let grade = Int(digits), let count = value.int else { return nil }
      cells[grade, default: [:]][String(name.dropFirst(digits.count))] = count
    }
    let letters = Set(cells.values.flatMap(\.keys)).sorted()
    guard cells.count >= 2, letters.count >= 2 else { return nil }
    return ReportTable(
      caption: words.menteesByClass, header: [words.schoolClass] + letters,
      rows: cells.keys.sorted().map { grade in
        [.text(String(grade))]
          + letters.map { letter in
            cells[grade]?[letter].map { Cell(.count($0), group: 4) } ?? .text("—")
          }
      })
  }

  /// `count ÷ total` from a JSON count.
  func shareOf(_ value: JSONValue, _ total: Int?) -> Quantity {
    guard let count = value.int, let total, total > 0 else { return .unavailable(words.noData) }
    return .share(count, of: total)
  }

  /// The meetings part of section 3.
  func meetingsBlocks() -> [ReportBlock] {
    let meetings = json["meetings"]
    guard let total = meetings["meetings_total"].int, total > 0 else { return [] }
    let pairs = meetings["pairs"].int
    var rows: [[Cell]] = [
      [.text(words.meetingsTotal), Cell(.count(total))],
      [.text(words.meetingsPerPair), Cell(mean(meetings["mean_per_pair"], n: pairs, decimals: 1))],
      [.text(words.pairsWithMeetings), Cell(shareOf(meetings["pairs_with_meetings"], pairs))],
      [.text(words.fullCyclePairs), Cell(shareOf(meetings["full_cycle_pairs"], pairs))],
    ]
    rows = rows.filter { !($0[1].quantity == .unavailable(words.noData)) }
    var blocks: [ReportBlock] = [
      .heading(words.meetingsTitle),
      .table(ReportTable(caption: words.meetingsTitle, header: [words.indicator, words.value], rows: rows)),
    ]
    var byType = meetings["by_type"].members.map { [Cell.text($0.0), Cell(count($0.1), group: 5)] }
    if let untyped = meetings["untyped"].int, untyped > 0 {
      byType.append([.text(words.untypedMeetings), Cell(.count(untyped), group: 5)])
    }
    if !byType.isEmpty {
      blocks.append(
        .table(
          ReportTable(
            caption: words.meetingsByType, header: [words.meetingType, words.meetingsCount], rows: byType)))
    }
    return blocks
  }
}
