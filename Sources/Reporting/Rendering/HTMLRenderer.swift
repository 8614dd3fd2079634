/// Renders the report model as one self-contained HTML page: inline CSS and SVG, no requests.
struct HTMLRenderer {
  var words: ReportWords
  var style: ReportStyle

  func render(_ report: Report) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"\(words.languageCode)\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(h(report.title)) — \(h(report.runningHeader))</title>\n"
    out += "<style>\n\(style.css)\n</style>\n"
    // The running header of printed pages: school and year in the top margin of every page.
    out += "<style media=\"print\">@page { @top-left { content: \(cssString(report.runningHeader)); "
    out += "font-size: 8pt; color: #5b6470; } }</style>\n</head>\n<body>\n<main>\n"
    out += "<header class=\"title\">\n<h1>\(h(report.title))</h1>\n"
    for line in report.subtitle { out += "<p class=\"subtitle\">\(h(line))</p>\n" }
    let edition = report.privacy == .publicReport ? words.publicEdition : words.internalEdition
    out +=
      "<p class=\"edition edition-\(report.privacy == .publicReport ? "public" : "internal")\">\(h(edition))</p>\n"
    out += "</header>\n<nav aria-label=\"\(h(words.contents))\">\n<h2>\(h(words.contents))</h2>\n<ol>\n"
    for (index, section) in report.sections.enumerated() {
      out += "<li value=\"\(index + 2)\"><a href=\"#\(section.id)\">\(h(section.title))</a></li>\n"
    }
    out += "</ol>\n</nav>\n"
    for (index, section) in report.sections.enumerated() {
      out += "<section id=\"\(section.id)\" aria-labelledby=\"\(section.id)-h\">\n"
      out += "<h2 id=\"\(section.id)-h\">\(index + 2). \(h(section.title))</h2>\n"
      if section.blocks.isEmpty, let reason = section.emptyReason {
        out += "<p class=\"empty\">\(h(reason))</p>\n"
      }
      for block in section.blocks { out += self.block(block) }
      out += "</section>\n"
    }
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  func h(_ text: String) -> String { Escaping.html(text) }

  /// A CSS string literal that no input can break out of (quotes, backslashes, `<`, newlines).
  func cssString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "\\", "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
      default: out += scalar.value < 0x20 ? " " : String(scalar)
      }
    }
    return out + "\""
  }

  func sentence(_ sentence: Sentence) -> String { sentence.text(escaping: Escaping.html) }

  func block(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let s): return "<p>\(sentence(s))</p>\n"
    case .note(let s): return "<p class=\"note\" role=\"note\">\(sentence(s))</p>\n"
    case .heading(let text): return "<h3>\(h(text))</h3>\n"
    case .list(let items): return "<ul>\n" + items.map { "<li>\(sentence($0))</li>\n" }.joined() + "</ul>\n"
    case .tiles(let tiles): return "<div class=\"tiles\">\n" + tiles.map(tile).joined() + "</div>\n"
    case .table(let table): return self.table(table)
    case .figure(let figure): return self.figure(figure)
    case .cards(let cards): return "<div class=\"cards\">\n" + cards.map(card).joined() + "</div>\n"
    case .internalOnly(let inner): return self.block(inner)
    }
  }

  func tile(_ tile: Tile) -> String {
    var out = "<article class=\"tile trend-\(tile.trend.rawValue)\">\n<h3>\(h(tile.title))</h3>\n"
    out += "<p class=\"measure\">\(h(tile.measure))</p>\n<p class=\"values\">"
    if let before = tile.before {
      out +=
        "<span class=\"before\">\(h(before.formatted))</span> <span class=\"arrow\">\(arrow(tile))</span> "
    }
    out += "<strong class=\"after\">\(h(tile.after?.formatted ?? words.noData))</strong></p>\n"
    let word = words.trendWords[tile.trend] ?? ""
    if !word.isEmpty {
      out +=
        "<p class=\"trend\"><span class=\"mark\" aria-hidden=\"true\">\(trendMark(tile.trend))</span> \(h(word))</p>\n"
    }
    if let n = tile.n { out += "<p class=\"n\">N = \(h(n.formatted))</p>\n" }
    out += "<p class=\"verdict\">\(sentence(tile.verdict))</p>\n</article>\n"
    return out
  }

  /// ↑, ↓ or → by the values themselves (the judgement is the trend word).
  func arrow(_ tile: Tile) -> String {
    guard let before = tile.before?.chartValue, let after = tile.after?.chartValue else { return "→" }
    return after > before ? "↗" : after < before ? "↘" : "→"
  }

  func trendMark(_ trend: Tile.Trend) -> String {
    switch trend {
    case .better: "✔"
    case .worse: "✖"
    case .same: "＝"
    case .none: ""
    }
  }

  func table(_ table: ReportTable) -> String {
    var out = "<div class=\"table-wrap\"><table>\n<caption>\(h(table.caption))</caption>\n<thead><tr>"
    for heading in table.header { out += "<th scope=\"col\">\(h(heading))</th>" }
    out += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      out += "<tr>"
      for (index, cell) in row.enumerated() {
        let text = h(cell.quantity.formatted)
        if index == 0 {
          out += "<th scope=\"row\">\(text)</th>"
        } else {
          out += "<td\(cellClass(cell.quantity))>\(text)</td>"
        }
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table></div>\n"
  }

  func cellClass(_ quantity: Quantity) -> String {
    switch quantity {
    case .text: ""
    case .hidden, .unavailable: " class=\"num muted\""
    default: " class=\"num\""
    }
  }

  func figure(_ figure: ReportFigure) -> String {
    let chart = figure.chart(words: words)
    var out =
      "<figure class=\"chart\" id=\"fig-\(figure.name)\">\n<figcaption>\(h(figure.title))</figcaption>\n"
    out += chart.svg(idPrefix: figure.name) + "\n"
    let numbers = chart.table
    out += "<details class=\"chart-numbers\"><summary>\(h(words.chartTableSummary))</summary>\n"
    out += table(
      ReportTable(
        caption: numbers.caption, header: numbers.header,
        rows: numbers.rows.map { $0.map { Cell(.text($0)) } }))
    return out + "</details>\n</figure>\n"
  }

  func card(_ card: PairCard) -> String {
    var out = "<article class=\"card\">\n<h3>\(h(words.pairCardTitle(card.key)))</h3>\n<p>"
    out += "\(h(words.mentor)): <strong>\(h(card.mentor))</strong>"
    if let schoolClass = card.mentorClass { out += " (\(h(schoolClass)))" }
    out += "<br>" + card.facts(words: words).map(h).joined(separator: " · ") + "</p>\n"
    out += table(card.table(words: words))
    return out + "</article>\n"
  }
}
