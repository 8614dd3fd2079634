/// Renders the report model as GitHub-flavoured Markdown with charts as `charts/<name>.svg`.
struct MarkdownRenderer {
  var words: ReportWords

  func render(_ report: Report) -> String {
    var out = "# \(m(report.title))\n\n"
    for line in report.subtitle { out += "\(m(line))  \n" }
    out += "\n*\(m(report.privacy == .publicReport ? words.publicEdition : words.internalEdition))*\n\n"
    out += "## \(m(words.contents))\n\n"
    for (index, section) in report.sections.enumerated() {
      out += "\(index + 2). [\(m(section.title))](#\(section.id))\n"
    }
    out += "\n"
    for (index, section) in report.sections.enumerated() {
      out += "<a id=\"\(section.id)\"></a>\n\n## \(index + 2). \(m(section.title))\n\n"
      if section.blocks.isEmpty, let reason = section.emptyReason { out += "\(m(reason))\n\n" }
      for block in section.blocks { out += self.block(block) }
    }
    return out
  }

  func m(_ text: String) -> String { Escaping.markdown(text) }

  func sentence(_ sentence: Sentence) -> String { sentence.text(escaping: Escaping.markdown) }

  func block(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let s): return "\(sentence(s))\n\n"
    case .note(let s): return "> **!** \(sentence(s))\n\n"
    case .heading(let text): return "### \(m(text))\n\n"
    case .list(let items): return items.map { "- \(sentence($0))\n" }.joined() + "\n"
    case .tiles(let tiles): return self.tiles(tiles)
    case .table(let table): return self.table(table)
    case .figure(let figure): return self.figure(figure)
    case .cards(let cards): return cards.map(card).joined()
    case .internalOnly(let inner): return self.block(inner)
    }
  }

  func tiles(_ tiles: [Tile]) -> String {
    let table = ReportTable(
      caption: words.sectionTitles["summary"] ?? "",
      header: ["", words.indicator, words.before, words.after, words.change, words.n],
      rows: tiles.map { tile in
        [
          .text(tile.title), .text(tile.measure), Cell(tile.before ?? .text("—")),
          Cell(tile.after ?? .unavailable(words.noData)), .text(words.trendWords[tile.trend] ?? ""),
          Cell(tile.n ?? .text("—")),
        ]
      })
    return self.table(table) + tiles.map { "- **\(m($0.title)).** \(sentence($0.verdict))\n" }.joined() + "\n"
  }

  func table(_ table: ReportTable) -> String {
    var out = "**\(m(table.caption))**\n\n|"
    for heading in table.header { out += " \(m(heading)) |" }
    out += "\n|"
    for index in table.header.indices { out += index == 0 ? " --- |" : " ---: |" }
    out += "\n"
    for row in table.rows {
      out += "|" + row.map { " \(m($0.quantity.formatted)) |" }.joined() + "\n"
    }
    return out + "\n"
  }

  func figure(_ figure: ReportFigure) -> String {
    let chart = figure.chart(words: words)
    var out = "![\(m(figure.title)). \(m(figure.description))](charts/\(figure.name).svg)\n\n"
    let numbers = chart.table
    out += table(
      ReportTable(
        caption: "\(words.chartTableSummary): \(figure.title)", header: numbers.header,
        rows: numbers.rows.map { $0.map { Cell(.text($0)) } }))
    return out
  }

  func card(_ card: PairCard) -> String {
    var out = "### \(m(words.pairCardTitle(card.key)))\n\n\(m(words.mentor)): **\(m(card.mentor))**"
    if let schoolClass = card.mentorClass { out += " (\(m(schoolClass)))" }
    out += "  \n" + card.facts(words: words).map(m).joined(separator: " · ") + "\n\n"
    return out + table(card.table(words: words))
  }
}
