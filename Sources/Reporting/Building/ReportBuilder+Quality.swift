import MonitoringKit

extension ReportBuilder {
  /// Section 9: the flow table, reject reasons with fixes, people lists (internal), columns.
  func qualitySection() -> ReportSection {
    let quality = json["data_quality"]
    let files = quality["files"].array
    var rows = files.map { file -> [Cell] in
      let dataset = file["dataset"].string
      return [
        .text(file["path"].string ?? ""),
        .text(dataset.map { words.datasetNames[$0] ?? $0 } ?? words.notRecognized),
        .text(file["encoding"].string ?? "—"), .text(delimiterName(file["delimiter"].string)),
        Cell(.plain(file["rows_read"].int ?? 0)), Cell(.plain(file["rows_used"].int ?? 0)),
        Cell(.plain(file["rows_rejected"].int ?? 0)),
      ]
    }
    rows.append([
      .text(words.allFiles), .text(""), .text(""), .text(""), Cell(.plain(quality["rows_read"].int ?? 0)),
      Cell(.plain(quality["rows_used"].int ?? 0)), Cell(.plain(quality["rows_rejected"].int ?? 0)),
    ])
    var blocks: [ReportBlock] = [
      .paragraph(
        words.flowSentence(
          .plain(files.count), .plain(quality["rows_read"].int ?? 0), .plain(quality["rows_used"].int ?? 0),
          .plain(quality["rows_rejected"].int ?? 0))),
      .table(
        ReportTable(
          caption: words.flowTable,
          header: [
            words.file, words.dataset, words.encoding, words.delimiter, words.rowsRead, words.rowsUsed,
            words.rowsRejected,
          ],
          rows: rows)),
    ]
    if input.rejectReasons.isEmpty {
      blocks.append(.paragraph(Sentence(stringLiteral: words.noRejects)))
    } else {
      blocks.append(
        .table(
          ReportTable(
            caption: words.rejectsTable, header: [words.reason, words.n, words.howToFix],
            rows: input.rejectReasons.map { [.text($0.text), Cell(.plain($0.count)), .text($0.fix)] })))
    }
    blocks.append(
      .paragraph(
        words.peopleCounts(
          .plain(quality["unmatched_persons"].int ?? 0), .plain(quality["ambiguous_persons"].int ?? 0),
          .plain(quality["fuzzy_matches"].int ?? 0), .plain(quality["duplicates_superseded"].int ?? 0))))
    for (title, issues) in [
      (words.unmatchedTitle, input.unmatched), (words.ambiguousTitle, input.ambiguous),
      (words.fuzzyTitle, input.fuzzy),
    ] where !issues.isEmpty {
      let limit = 30
      var items = issues.prefix(limit).map(words.personIssue)
      if issues.count > limit {
        items.append(Sentence(stringLiteral: words.moreNotShown(issues.count - limit)))
      }
      blocks.append(.internalOnly(.heading(title)))
      blocks.append(.internalOnly(.list(items)))
    }
    let unclaimed = files.compactMap { file -> Sentence? in
      let columns = file["unclaimed_columns"].array.compactMap(\.string).filter { !$0.isEmpty }
      guard !columns.isEmpty else { return nil }
      return words.unclaimedColumns(file["path"].string ?? "", columns)
    }
    if !unclaimed.isEmpty { blocks.append(.list(unclaimed)) }
    return section("quality", blocks)
  }

  /// «;», «,», «табуляция».
  func delimiterName(_ delimiter: String?) -> String {
    switch delimiter {
    case nil: "—"
    case "\t": "TAB"
    case let other?: other
    }
  }

  /// Section 10: how each indicator and test is computed, the instruments, the thresholds.
  func methodSection() -> ReportSection {
    var items = words.methodology.map { Sentence(stringLiteral: $0) }
    items += input.instruments.map { Sentence(stringLiteral: words.instrumentLine($0)) }
    return section("method", [.list(items)])
  }

  /// Section 11: one card per pair (the public report drops it).
  func appendixSection() -> ReportSection {
    guard !input.pairs.isEmpty else { return section("appendix", []) }
    return section(
      "appendix",
      [
        .internalOnly(.paragraph(Sentence(stringLiteral: words.appendixIntro))),
        .internalOnly(.cards(input.pairs)),
      ])
  }
}
