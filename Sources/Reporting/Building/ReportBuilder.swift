import MonitoringKit

/// Builds the report model from the indicators and the person-level input (before privacy).
///
/// Every section of report.md, in order; a section without data keeps its heading and says why
/// in one line.
public struct ReportBuilder: Sendable {
  /// What the report is built from.
  public var input: ReportInput
  /// The language table.
  public var words: ReportWords

  /// A builder.
  public init(input: ReportInput, words: ReportWords) {
    self.input = input
    self.words = words
  }

  var json: JSONValue { input.indicators }

  /// The whole report, internal edition (the privacy pass makes the public one from it).
  public func build() -> Report {
    let year = json["academic_year"].string ?? ""
    let school = json["school"].string
    var subtitle: [String] = []
    if let school { subtitle.append(school) }
    subtitle.append(year)
    if let start = json["programme_start"].string, let end = json["programme_end"].string {
      subtitle.append(words.programmeDates(RussianFormat.date(iso: start), RussianFormat.date(iso: end)))
    }
    subtitle.append(words.generatedOn(RussianFormat.date(iso: input.generatedOn)))
    return Report(
      title: words.title, school: school, academicYear: year, subtitle: subtitle,
      runningHeader: [school, year].compactMap { $0 }.joined(separator: " · "), privacy: .internalReport,
      sections: [
        summarySection(), participantsSection(), gradesSection(), anxietySection(), satisfactionSection(),
        clubsSection(), registrySection(), qualitySection(), methodSection(), appendixSection(),
      ])
  }

  /// A section with its catalog title; empty blocks print the catalog's reason.
  func section(_ id: String, _ blocks: [ReportBlock]) -> ReportSection {
    ReportSection(
      id: id, title: words.sectionTitles[id] ?? id, blocks: blocks,
      emptyReason: blocks.isEmpty ? words.sectionEmpty[id] ?? words.noData : nil)
  }

  // MARK: Quantities from JSON

  /// A count, or «нет данных».
  func count(_ value: JSONValue) -> Quantity {
    value.int.map(Quantity.count) ?? .unavailable(words.noData)
  }

  /// A share `count ÷ total` where the JSON holds the share and the total is known.
  func share(_ value: JSONValue, of total: Int?) -> Quantity {
    guard let share = value.double, let total, total > 0 else { return .unavailable(words.noData) }
    return .share(Int((share * Double(total)).rounded()), of: total)
  }

  /// A mean over `n`, or «нет данных».
  func mean(_ value: JSONValue, n: Int?, decimals: Int = 2) -> Quantity {
    guard let value = value.double, let n else { return .unavailable(words.noData) }
    return .mean(value, n: n, decimals: decimals)
  }

  /// A signed change over `n`, or «нет данных».
  func change(_ value: JSONValue, n: Int?, decimals: Int = 2) -> Quantity {
    guard let value = value.double, let n else { return .unavailable(words.noData) }
    return .change(value, n: n, decimals: decimals)
  }

  /// A statistic, or «нет данных».
  func statistic(_ value: JSONValue, decimals: Int = 2) -> Quantity {
    value.double.map { .statistic($0, decimals: decimals) } ?? .unavailable(words.noData)
  }

  /// A p-value, or «нет данных».
  func pValue(_ test: JSONValue) -> Quantity {
    test["p"].double.map(Quantity.pValue) ?? .unavailable(words.noData)
  }

  /// The trend of a verdict's direction.
  func trend(_ block: String) -> Tile.Trend {
    switch json["verdicts"][block]["direction"].string {
    case "better": .better
    case "worse": .worse
    case "same": .same
    default: .none
    }
  }

  /// A «key: count» table from a JSON object, with one complementary group.
  func countsTable(_ object: JSONValue, caption: String, label: String, group: Int) -> ReportTable? {
    let members = object.members
    guard !members.isEmpty else { return nil }
    return ReportTable(
      caption: caption, header: [label, words.n],
      rows: members.map { [.text($0.0), Cell(count($0.1), group: group)] })
  }

  /// The tests paragraph of a paired block (Wilcoxon, t-test), or why there is none.
  func testBlocks(_ block: JSONValue, decimals: Int) -> [ReportBlock] {
    let wilcoxon = block["wilcoxon"]
    let ttest = block["ttest"]
    guard !wilcoxon.isNull else { return [.paragraph(Sentence(stringLiteral: words.insufficientTests))] }
    var blocks: [ReportBlock] = [
      .paragraph(words.wilcoxonSentence(pValue(wilcoxon), statistic(wilcoxon["rank_biserial"])))
    ]
    if !ttest.isNull {
      let ci = ttest["ci95"].array
      blocks.append(
        .paragraph(
          words.ttestSentence(
            statistic(ttest["t"]), ttest["df"].int ?? 0, pValue(ttest),
            ci.count == 2
              ? .change(ci[0].double ?? 0, n: ttest["n"].int ?? 0, decimals: decimals)
              : .unavailable(words.noData),
            ci.count == 2
              ? .change(ci[1].double ?? 0, n: ttest["n"].int ?? 0, decimals: decimals)
              : .unavailable(words.noData),
            statistic(ttest["cohen_dz"]))))
    }
    if wilcoxon["small_sample"].bool == true {
      blocks.append(.note(Sentence(stringLiteral: words.smallSampleNote)))
    }
    return blocks
  }
}
