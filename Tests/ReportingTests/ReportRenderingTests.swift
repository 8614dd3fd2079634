import Foundation
import MonitoringKit
import Testing

@testable import Reporting

@Suite struct ReportRenderingTests {
  let rendered = ReportRenderer().render(ReportFixtures.input, privacy: .internalReport)
  let published = ReportRenderer().render(ReportFixtures.input, privacy: .publicReport)

  @Test func htmlIsSelfContainedSmallAndComplete() throws {
    let html = rendered.html
    if let folder = ProcessInfo.processInfo.environment["NASTAVNIK_PREVIEW"] {
      try html.write(toFile: folder + "/internal.html", atomically: true, encoding: .utf8)
      try published.html.write(toFile: folder + "/public.html", atomically: true, encoding: .utf8)
      try rendered.markdown.write(toFile: folder + "/internal.md", atomically: true, encoding: .utf8)
    }
    #expect(html.utf8.count < 1_000_000)
    #expect(!html.contains("<script"))
    for attribute in [
      "src=\"http", "href=\"http", "src='http", "href='http", "@import", "url(h", "url(/", "url('", "url(\"",
    ] {
      #expect(!html.contains(attribute), "external reference \(attribute)")
    }
    for title in ReportWords.russian.sectionTitles.values { #expect(html.contains(Escaping.html(title))) }
    #expect(html.contains("<h1>Мониторинг реализации программы наставничества «Ученик – ученик»</h1>"))
    let svgs = html.components(separatedBy: "<svg").dropFirst()
    #expect(svgs.count >= 5)
    for svg in svgs { #expect(svg.contains("<title id=") && svg.contains("<desc id=")) }
    #expect(rendered.charts.count == svgs.count)
  }

  @Test func inputTextIsEscapedInBothFormats() {
    #expect(rendered.html.contains("Петров &lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(rendered.html.contains("&lt;script&gt;x()&lt;/script&gt;"))
    #expect(rendered.markdown.contains(#"Сидоров \| Пётр"#))
    #expect(!rendered.markdown.contains("<script>"))
    // Every table row of the Markdown has as many cells as its header.
    var expected: Int?
    for line in rendered.markdown.split(separator: "\n") {
      guard line.hasPrefix("|") else {
        expected = nil
        continue
      }
      let cells = line.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count
      if let expected { #expect(cells == expected, "\(line)") } else { expected = cells }
    }
  }

  @Test func typographyFollowsRussianRules() {
    // grades: 2,98 → 3,26 over 60 mentees; success 25,0 % (15 из 60) → 90,0 % (54 из 60).
    #expect(rendered.html.contains("2,98"))
    #expect(rendered.html.contains("25,0\u{A0}% (15 из 60)"))
    #expect(rendered.html.contains("90,0\u{A0}% (54 из 60)"))
    #expect(rendered.html.contains("Сроки программы: 01.09.2025 – 31.05.2026"))
    #expect(rendered.html.contains("Отчёт сформирован 15.06.2026"))
  }

  @Test func publicEditionHasNoNamesNoCardsNoFreeText() {
    for name in ReportFixtures.names {
      let first = String(name.split(separator: " ")[0])
      #expect(!published.html.contains(first))
      #expect(!published.markdown.contains(first))
    }
    #expect(!published.html.contains("всё"))
    #expect(published.html.contains(ReportWords.russian.appendixPublic))
    #expect(rendered.html.contains("Петров"))
  }

  @Test func publicModelShowsNoCountBetweenOneAndFour() {
    let report = ReportRenderer().model(ReportFixtures.input, privacy: .publicReport)
    var shown: [Quantity] = []
    func visit(_ block: ReportBlock) {
      switch block {
      case .paragraph(let s), .note(let s): shown += s.quantities
      case .list(let items): shown += items.flatMap(\.quantities)
      case .tiles(let tiles):
        shown += tiles.flatMap { [$0.before, $0.after, $0.n].compactMap { $0 } + $0.verdict.quantities }
      case .table(let table): shown += table.rows.flatMap { $0.map(\.quantity) }
      case .figure(let figure): shown += figure.quantities
      case .cards: Issue.record("cards in the public report")
      case .internalOnly: Issue.record("internal block in the public report")
      case .heading: break
      }
    }
    report.sections.flatMap(\.blocks).forEach(visit)
    #expect(shown.count > 100)
    for quantity in shown {
      switch quantity {
      case .count(let n): #expect(n == 0 || n >= 5)
      case .share(let count, let total): #expect(total >= 5 && (count == 0 || count >= 5))
      case .mean(_, let n, _), .change(_, let n, _), .rate(_, let n): #expect(n >= 5)
      default: break
      }
    }
    // The sample's 4 «адаптированный – неадаптированный» pairs are hidden, and so is the next
    // smallest model (17) so the 48 total cannot reveal them.
    let models = report.sections[1].blocks.compactMap { block -> ReportTable? in
      if case .table(let table) = block, table.caption == ReportWords.russian.pairsByModel { return table }
      return nil
    }.first!
    #expect(models.rows.map(\.[1].quantity) == [.hidden("менее 5"), .count(27), .hidden("менее 5")])
  }

  @Test func twoRendersGiveIdenticalBytes() {
    let again = ReportRenderer().render(ReportFixtures.input, privacy: .internalReport)
    #expect(again == rendered)
  }
}

extension Sentence {
  var quantities: [Quantity] {
    parts.compactMap { if case .quantity(let q) = $0 { q } else { nil } }
  }
}

extension ReportFigure {
  var quantities: [Quantity] {
    switch kind {
    case .groupedBars(_, let series, _, _): series.flatMap(\.values)
    case .stacked(let bars, _, _): bars.flatMap(\.segments)
    case .histogram(let bins, _, _): bins.map(\.value)
    case .items(let items): items.flatMap { [$0.mean] + $0.counts }
    case .slope(let lines, _, _, _): lines.flatMap { [$0.before, $0.after] }
    }
  }
}
