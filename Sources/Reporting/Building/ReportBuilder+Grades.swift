import MonitoringKit

extension ReportBuilder {
  /// Section 4: before/after table, change histogram, tests, by subject, by class, comparison.
  func gradesSection() -> ReportSection {
    let grades = json["grades"]
    guard let n = grades["mentees_paired"].int, n > 0 else { return section("grades", []) }
    let baseline = grades["baseline_period"].string ?? ""
    let final = grades["final_period"].string ?? ""
    let successBefore = share(grades["success_rate_before"], of: n)
    let successAfter = share(grades["success_rate_after"], of: n)
    var rows: [[Cell]] = [
      [
        .text(words.meanMark), Cell(mean(grades["mean_before"], n: n)),
        Cell(mean(grades["mean_after"], n: n)),
        Cell(change(grades["mean_change"], n: n)),
      ],
      [.text(words.successRate), Cell(successBefore), Cell(successAfter), Cell(.text(""))],
      [
        .text(words.qualityRate), Cell(share(grades["quality_rate_before"], of: n)),
        Cell(share(grades["quality_rate_after"], of: n)), Cell(.text("")),
      ],
      [
        .text(words.sou), Cell(mean(grades["sou_before"], n: n, decimals: 1)),
        Cell(mean(grades["sou_after"], n: n, decimals: 1)),
        Cell(differenceOf(grades["sou_before"], grades["sou_after"], n: n, decimals: 1)),
      ],
      [
        .text(words.failing), Cell(count(grades["failing_before"]), group: 10),
        Cell(count(grades["failing_after"]), group: 11), Cell(.text("")),
      ],
    ]
    rows = rows.map { row in row.map { $0 } }
    var blocks: [ReportBlock] = [
      .table(
        ReportTable(
          caption: words.gradesTable(baseline, final),
          header: [
            words.indicator, "\(words.before) (\(baseline))", "\(words.after) (\(final))", words.change,
          ],
          rows: rows)),
      .paragraph(
        words.gradesMovement(
          count(grades["improved"]), count(grades["unchanged"]), count(grades["worsened"]),
          RussianFormat.number(grades["threshold"].double ?? 0.1, decimals: 1))),
    ]
    if let before = grades["sou_not_attested_before"].int, let after = grades["sou_not_attested_after"].int,
      before + after > 0
    {
      blocks.append(.paragraph(words.notAttestedNote(.count(before), .count(after))))
    }
    blocks += testBlocks(grades, decimals: 2)
    let mcnemar = grades["failing_mcnemar"]
    if !mcnemar.isNull {
      blocks.append(
        .paragraph(words.mcnemarFailing(count(mcnemar["b"]), count(mcnemar["c"]), pValue(mcnemar))))
    }
    if let histogram = changeHistogram() { blocks.append(.figure(histogram)) }
    blocks += subjectBlocks(grades["by_subject"].array)
    if let slope = classSlope() { blocks.append(.figure(slope)) }
    blocks += comparisonBlocks(grades, decimals: 2)
    if let gap = grades["baseline_gap_sd"].double, gap < -0.25 {
      blocks.append(.note(words.regressionNote(.statistic(-gap, decimals: 2))))
    }
    return section("grades", blocks)
  }

  /// after − before as a change quantity.
  func differenceOf(_ before: JSONValue, _ after: JSONValue, n: Int, decimals: Int) -> Quantity {
    guard let before = before.double, let after = after.double else { return .unavailable(words.noData) }
    return .change(after - before, n: n, decimals: decimals)
  }

  /// The per-mentee change histogram, bins of 0,25 from the input's outcomes.
  func changeHistogram() -> ReportFigure? {
    let changes = input.mentees.compactMap(\.gradeChange)
    guard !changes.isEmpty else { return nil }
    let width = 0.25
    let indices = changes.map { Int(($0 / width).rounded(.toNearestOrAwayFromZero)) }
    let low = max(indices.min()!, -8)
    let high = min(indices.max()!, 8)
    var bins: [ReportFigure.Bin] = []
    for index in low...high {
      let inBin = indices.filter { index == low ? $0 <= low : index == high ? $0 >= high : $0 == index }.count
      let center = Double(index) * width
      var label = RussianFormat.signed(center, decimals: 2)
      if index == low && indices.min()! < low { label = "≤ " + label }
      if index == high && indices.max()! > high { label = "≥ " + label }
      bins.append(
        ReportFigure.Bin(label: label, value: .count(inBin), isNegative: index == 0 ? nil : index < 0))
    }
    return ReportFigure(
      name: "grades-change", title: words.histogramTitle,
      description: words.histogramDescription(changes.count),
      kind: .histogram(bins: bins, xAxis: words.histogramX, yAxis: words.histogramY))
  }

  /// The by-subject chart and table.
  func subjectBlocks(_ subjects: [JSONValue]) -> [ReportBlock] {
    guard !subjects.isEmpty else { return [] }
    let names = subjects.map { $0["subject"].string ?? "" }
    let before = subjects.map { mean($0["mean_before"], n: $0["n"].int) }
    let after = subjects.map { mean($0["mean_after"], n: $0["n"].int) }
    let figure = ReportFigure(
      name: "grades-subjects", title: words.bySubjectChart, description: words.bySubjectDescription,
      kind: .groupedBars(
        categories: names, series: [(words.before, before), (words.after, after)], axis: words.meanMark,
        max: 5))
    let rows = subjects.indices.map { index -> [Cell] in
      let subject = subjects[index]
      return [
        .text(names[index]), Cell(count(subject["n"])), Cell(before[index]), Cell(after[index]),
        Cell(
          differenceOf(subject["mean_before"], subject["mean_after"], n: subject["n"].int ?? 0, decimals: 2)),
      ]
    }
    return [
      .figure(figure),
      .table(
        ReportTable(
          caption: words.bySubjectTable,
          header: [words.subject, words.n, words.before, words.after, words.change],
          rows: rows)),
    ]
  }

  /// Mentees' mean mark by class, before and after, as a slope chart (classes of ≥ 5 mentees).
  func classSlope() -> ReportFigure? {
    var byClass: [String: [(Double, Double)]] = [:]
    for mentee in input.mentees {
      guard let schoolClass = mentee.schoolClass, let before = mentee.gradeBefore,
        let after = mentee.gradeAfter
      else { continue }
      byClass[schoolClass, default: []].append((before, after))
    }
    // Decision: a class mean over fewer than 5 mentees is noise (and hidden in public), so only
    // classes with at least 5 paired mentees are drawn.
    byClass = byClass.filter { $0.value.count >= 5 }
    guard byClass.count >= 2 else { return nil }
    let lines = byClass.keys.sorted(by: ReportBuilder.classOrder).map { name -> ReportFigure.Pair in
      let values = byClass[name]!
      let n = values.count
      return ReportFigure.Pair(
        label: name, before: .mean(values.map(\.0).reduce(0, +) / Double(n), n: n, decimals: 2),
        after: .mean(values.map(\.1).reduce(0, +) / Double(n), n: n, decimals: 2))
    }
    return ReportFigure(
      name: "grades-classes", title: words.byClassChart, description: words.byClassDescription,
      kind: .slope(lines: lines, beforeLabel: words.before, afterLabel: words.after, axis: words.meanMark))
  }

  /// Orders classes by grade number, then letter («5А» < «10Б»).
  static func classOrder(_ a: String, _ b: String) -> Bool {
    func split(_ s: String) -> (Int, String) {
      let digits = s.prefix { $0.isNumber }
      return (Int(digits) ?? Int.max, String(s.dropFirst(digits.count)))
    }
    let (x, y) = (split(a), split(b))
    return x.0 != y.0 ? x.0 < y.0 : x.1 < y.1
  }

  /// The comparison group table and the DiD sentence (grades and anxiety).
  func comparisonBlocks(_ block: JSONValue, decimals: Int) -> [ReportBlock] {
    let comparison = block["comparison"]
    guard !comparison.isNull else {
      return [.heading(words.comparisonTitle), .paragraph(Sentence(stringLiteral: words.comparisonMissing))]
    }
    let n = block["mentees_paired"].int ?? 0
    let m = comparison["persons"].int ?? 0
    let rows: [[Cell]] = [
      [
        .text(words.menteesGroup), Cell(.count(n)),
        Cell(mean(block["mean_before"], n: n, decimals: decimals)),
        Cell(mean(block["mean_after"], n: n, decimals: decimals)),
        Cell(change(block["mean_change"], n: n, decimals: decimals)),
      ],
      [
        .text(words.comparisonGroup), Cell(.count(m)),
        Cell(mean(comparison["mean_before"], n: m, decimals: decimals)),
        Cell(mean(comparison["mean_after"], n: m, decimals: decimals)),
        Cell(change(comparison["mean_change"], n: m, decimals: decimals)),
      ],
    ]
    return [
      .heading(words.comparisonTitle),
      .table(
        ReportTable(
          caption: words.comparisonTable, header: ["", words.n, words.before, words.after, words.change],
          rows: rows)),
      .paragraph(
        words.didSentence(
          change(comparison["did"], n: min(n, m), decimals: decimals), pValue(comparison["mannwhitney"]))),
    ]
  }
}
