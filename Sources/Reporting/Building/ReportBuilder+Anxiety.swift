import MonitoringKit

extension ReportBuilder {
  /// Section 5: levels before/after, transitions, mean scores with tests, factors, comparison.
  func anxietySection() -> ReportSection {
    let anxiety = json["anxiety"]
    guard let n = anxiety["mentees_paired"].int, n > 0 else { return section("anxiety", []) }
    var blocks: [ReportBlock] = []
    if let instrument = anxiety["instrument"].string {
      let title = input.instruments.first { $0.id == instrument }?.title ?? instrument
      blocks.append(.paragraph(Sentence(stringLiteral: words.anxietyInstrument(title))))
    }
    let before = anxiety["levels_before"].members
    let after = anxiety["levels_after"].members
    let levelNames = before.map(\.0)
    if !levelNames.isEmpty {
      let afterCounts = levelNames.map { name in after.first { $0.0 == name }?.1 ?? .int(0) }
      blocks.append(
        .figure(
          ReportFigure(
            name: "anxiety-levels", title: words.levelsChart, description: words.levelsDescription,
            kind: .stacked(
              bars: [(words.before, before.map { count($0.1) }), (words.after, afterCounts.map(count))],
              segmentNames: levelNames, labelHeader: ""))))
      var rows = levelNames.indices.map { index -> [Cell] in
        [
          .text(levelNames[index]), Cell(count(before[index].1), group: 20),
          Cell(count(afterCounts[index]), group: 21),
        ]
      }
      rows.append([
        .text(words.elevated), Cell(shareOf(anxiety["elevated_before"], n)),
        Cell(shareOf(anxiety["elevated_after"], n)),
      ])
      blocks.append(
        .table(
          ReportTable(
            caption: words.levelsChart, header: [words.level, words.before, words.after], rows: rows)))
    }
    let mcnemar = anxiety["mcnemar"]
    blocks.append(
      .paragraph(
        words.transitions(
          count(anxiety["normalized"]), count(anxiety["worsened"]),
          mcnemar.isNull ? .unavailable(words.noData) : pValue(mcnemar))))
    blocks.append(
      .table(
        ReportTable(
          caption: words.scoresTable,
          header: [words.indicator, words.n, words.before, words.after, words.change],
          rows: [
            [
              .text(words.meanScore), Cell(.count(n)), Cell(mean(anxiety["mean_before"], n: n, decimals: 1)),
              Cell(mean(anxiety["mean_after"], n: n, decimals: 1)),
              Cell(change(anxiety["mean_change"], n: n, decimals: 1)),
            ]
          ])))
    blocks += testBlocks(anxiety, decimals: 1)
    let factors = anxiety["factors"].array.filter { ($0["n"].int ?? 0) > 0 }
    if !factors.isEmpty {
      blocks.append(
        .table(
          ReportTable(
            caption: words.factorsTable,
            header: [words.factor, words.n, words.before, words.after, words.change],
            rows: factors.map { factor in
              let n = factor["n"].int ?? 0
              return [
                .text(factor["factor"].string ?? ""), Cell(.count(n)),
                Cell(mean(factor["mean_before"], n: n, decimals: 1)),
                Cell(mean(factor["mean_after"], n: n, decimals: 1)),
                Cell(differenceOf(factor["mean_before"], factor["mean_after"], n: n, decimals: 1)),
              ]
            })))
    }
    if !anxiety["comparison"].isNull { blocks += comparisonBlocks(anxiety, decimals: 1) }
    return section("anxiety", blocks)
  }
}
