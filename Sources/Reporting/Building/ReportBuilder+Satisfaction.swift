import MonitoringKit

extension ReportBuilder {
  /// Section 6: per role index, shares, item bars, expectations; free text in the internal report.
  func satisfactionSection() -> ReportSection {
    var blocks: [ReportBlock] = []
    for (key, role) in [("mentees", words.roleMentees), ("mentors", words.roleMentors)] {
      blocks += roleBlocks(json["satisfaction"][key], key: key, role: role)
    }
    let answers = input.freeText.prefix(8)
    if !blocks.isEmpty && !answers.isEmpty {
      blocks.append(
        .internalOnly(
          .list(
            answers.map {
              Sentence(parts: [
                .text("\($0.role), «\($0.question)»: "), .text(RussianFormat.quoted($0.answer)),
              ])
            })))
      blocks.insert(.internalOnly(.heading(words.freeTextTitle)), at: blocks.count - 1)
    }
    return section("satisfaction", blocks)
  }

  func roleBlocks(_ block: JSONValue, key: String, role: String) -> [ReportBlock] {
    guard let index = block["index"].double, let n = block["respondents"].int, n > 0 else { return [] }
    let participants = block["participants"].int
    let level = block["index_level"].string ?? ""
    var rows: [[Cell]] = [
      [.text(words.satisfactionIndex), Cell(.mean(index, n: n, decimals: 1))],
      [.text(words.indexLevel), .text(level)],
      [.text(words.respondents), Cell(.count(n))],
      [.text(words.responseRate), Cell(shareOf(block["matched_respondents"], participants))],
      [.text(words.satisfiedShare), Cell(share(block["satisfied_share"], of: n))],
    ]
    if !block["continue_share"].isNull {
      rows.append([.text(words.continueShare), Cell(shareRate(block["continue_share"], n: n))])
    }
    if !block["become_mentor_share"].isNull {
      rows.append([.text(words.becomeMentorShare), Cell(shareRate(block["become_mentor_share"], n: n))])
    }
    var blocks: [ReportBlock] = [
      .heading(role),
      .table(
        ReportTable(
          caption: words.satisfactionTable(role.lowercased()), header: [words.indicator, words.value],
          rows: rows)),
    ]
    let items = block["items"].array
    if !items.isEmpty {
      blocks.append(
        .figure(
          ReportFigure(
            name: "satisfaction-\(key)", title: words.itemsChart(role.lowercased()),
            description: words.itemsDescription,
            kind: .items(
              items.map { item in
                let n = item["n"].int ?? 0
                let counts = item["counts"]
                return ReportFigure.Item(
                  label: item["text"].string ?? item["id"].string ?? "",
                  mean: mean(item["mean"], n: n, decimals: 1),
                  counts: (1...10).map { count(counts[String($0)]) })
              }))))
    }
    let expectations = block["expectations"].array
    if !expectations.isEmpty {
      let texts = Dictionary(items.map { ($0["id"].string ?? "", $0["text"].string ?? "") }) { a, _ in a }
      blocks.append(
        .table(
          ReportTable(
            caption: words.expectationsTable(role.lowercased()),
            header: [words.item, words.n, words.expectedBefore, words.gotAfter, words.change],
            rows: expectations.map { row in
              let n = row["n_paired"].int ?? 0
              let id = row["id"].string ?? ""
              return [
                .text(texts[id] ?? id), Cell(.count(n)), Cell(mean(row["mean_pre"], n: n, decimals: 1)),
                Cell(mean(row["mean_post"], n: n, decimals: 1)),
                Cell(differenceOf(row["mean_pre"], row["mean_post"], n: n, decimals: 1)),
              ]
            })))
    }
    return blocks
  }

  /// A share whose denominator is not stored (answers to one question): a rate over `n`.
  func shareRate(_ value: JSONValue, n: Int) -> Quantity {
    value.double.map { .rate($0, n: n) } ?? .unavailable(words.noData)
  }
}
