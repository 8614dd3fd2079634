import Foundation
import Testing

@testable import Reporting

/// SVG output of every chart: determinism, well-formedness, accessibility, labels, suppression.
@Suite struct ChartTests {
  /// Whitespace-collapsed text so wrapped lines can be matched against the original label.
  private func normalized(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Every label an input carries, which must appear in the SVG.
  private func labels(of chart: any Chart) -> [String] {
    switch chart {
    case let c as GroupedBarChart:
      return c.categories + c.series.map(\.name) + c.series.flatMap { $0.values.map(\.label) }
        + [c.valueAxisLabel, c.categoryAxisLabel].filter { !$0.isEmpty }
    case let c as StackedPercentChart:
      return c.bars.map(\.label) + c.segmentNames + c.bars.flatMap { $0.segments.map(\.label) } + [
        c.valueAxisLabel
      ]
    case let c as HistogramChart:
      return c.bins.map(\.label) + c.bins.map(\.value.label) + [c.xAxisLabel, c.yAxisLabel]
    case let c as ItemDistributionChart:
      return c.items.map(\.label) + c.items.map(\.meanLabel)
    case let c as SlopeChart:
      return c.lines.map(\.label) + c.lines.flatMap { [$0.before.label, $0.after.label] }
        + [c.beforeLabel, c.afterLabel, c.valueAxisLabel]
    default:
      return []
    }
  }

  @Test(arguments: ChartFixtures.all.indices)
  func sameInputGivesSameBytes(index: Int) {
    let (prefix, chart) = ChartFixtures.all[index]
    let first = chart.svg(idPrefix: prefix)
    let second = chart.svg(idPrefix: prefix)
    #expect(first == second)
    #expect(!first.isEmpty)
  }

  @Test func equalChartsRenderEqually() {
    let copy = GroupedBarChart(
      title: ChartFixtures.grouped.title, description: ChartFixtures.grouped.description,
      categories: ChartFixtures.grouped.categories, series: ChartFixtures.grouped.series,
      valueAxisLabel: ChartFixtures.grouped.valueAxisLabel, maxValue: 5)
    #expect(copy == ChartFixtures.grouped)
    #expect(copy.svg(idPrefix: "a") == ChartFixtures.grouped.svg(idPrefix: "a"))
  }

  @Test(arguments: ChartFixtures.all.indices)
  func parsesAsWellFormedAccessibleSVG(index: Int) throws {
    let (prefix, chart) = ChartFixtures.all[index]
    let svg = chart.svg(idPrefix: prefix)
    let inspector = SVGInspector.inspect(svg)
    #expect(inspector.error == nil, "\(String(describing: inspector.error))")
    #expect(inspector.rootName == "svg")
    let root = inspector.rootAttributes
    #expect(root["xmlns"] == "http://www.w3.org/2000/svg")
    #expect(root["width"] == "100%")
    #expect(root["role"] == "img")
    #expect(root["aria-labelledby"] == "\(prefix)-title \(prefix)-desc")
    #expect(root["font-family"]?.contains("sans-serif") == true)
    let viewBox = try #require(root["viewBox"]).split(separator: " ")
    #expect(viewBox.count == 4 && viewBox[2] == "640")
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\""))
    #expect(svg.contains("<title id=\"\(prefix)-title\">"))
    #expect(svg.contains("<desc id=\"\(prefix)-desc\">"))
    #expect(inspector.titles.first == chart.title)
    #expect(inspector.descs.first == chart.description)
    #expect(inspector.ids.allSatisfy { $0.hasPrefix("\(prefix)-") })
    #expect(Set(inspector.ids).count == inspector.ids.count)
    for reference in inspector.references {
      #expect(inspector.ids.contains(reference), "dangling reference \(reference)")
    }
  }

  @Test(arguments: ChartFixtures.all.indices)
  func printsEveryLabelEscaped(index: Int) {
    let (prefix, chart) = ChartFixtures.all[index]
    let svg = chart.svg(idPrefix: prefix)
    let inspector = SVGInspector.inspect(svg)
    let visible = normalized(
      inspector.texts.joined(separator: " ") + " " + inspector.titles.joined(separator: " "))
    for label in labels(of: chart) {
      #expect(visible.contains(normalized(label)), "missing label \(label)")
      for word in label.split(separator: " ") {
        #expect(svg.contains(Escaping.xml(String(word))), "missing escaped \(word)")
      }
    }
    #expect(!svg.contains("<script"))
    #expect(!svg.contains("'апостроф'"))
  }

  @Test func suppressedGroupedValueDrawsNoBarButKeepsItsLabel() {
    let svg = ChartFixtures.grouped.svg(idPrefix: "g")
    let inspector = SVGInspector.inspect(svg)
    #expect(
      inspector.texts.contains("менее 5")
        || normalized(inspector.texts.joined(separator: " ")).contains("менее 5"))
    #expect(!inspector.titles.contains("До: менее 5"))
    #expect(inspector.titles.contains("После: 3,01"))
    // Five drawable values → five bars with tooltips.
    #expect(inspector.titles.filter { $0.hasPrefix("До: ") || $0.hasPrefix("После: ") }.count == 5)
  }

  @Test func suppressedValuesInOtherCharts() {
    let histogram = SVGInspector.inspect(ChartFixtures.histogram.svg(idPrefix: "h"))
    #expect(histogram.texts.contains("менее 5"))
    #expect(!histogram.titles.contains { $0.hasSuffix(": менее 5") })

    let stacked = SVGInspector.inspect(ChartFixtures.stacked.svg(idPrefix: "s"))
    #expect(!stacked.titles.contains { $0.contains("(8 из") })
    #expect(normalized(stacked.texts.joined(separator: " ")).contains("повышенная: 8"))

    let slope = SVGInspector.inspect(ChartFixtures.slope.svg(idPrefix: "sl"))
    let drawable = ChartFixtures.slope.lines.flatMap { [$0.before.value, $0.after.value] }.compactMap { $0 }
      .count
    #expect(slope.elementCounts["circle"] == drawable)
    #expect(slope.texts.contains { $0.contains("менее 5") })
  }

  @Test func stackedSharesSumToOneHundredInTheTable() throws {
    let table = ChartFixtures.stacked.table
    #expect(table.header == ["Группа", "норма", "повышенная", ChartFixtures.hostile, "Всего"])
    var checked = 0
    for row in table.rows where row.dropFirst().first?.contains("%") == true {
      let shares = try row.dropFirst().dropLast().map { cell -> Double in
        let number = try #require(cell.components(separatedBy: "\u{00A0}%").first)
        return try #require(Double(number.replacingOccurrences(of: ",", with: ".")))
      }
      #expect(abs(shares.reduce(0, +) - 100) < 1e-9, "\(row)")
      checked += 1
    }
    #expect(checked == 3)
    #expect(table.rows[0][1] == "45,0\u{00A0}% (18 из 40)")
    #expect(table.rows[1].dropFirst().dropLast().contains("33,4\u{00A0}% (1 из 3)"))
    #expect(table.rows[2] == ["5Б", "менее 5", "8", "менее 5", "—"])
  }

  @Test func largestRemainderRounding() {
    let bar = StackedBar(
      label: "x", segments: [.init(1, label: "1"), .init(1, label: "1"), .init(1, label: "1")])
    #expect(bar.tenthsOfPercent == [334, 333, 333])
    let skewed = StackedBar(
      label: "x", segments: [.init(2, label: "2"), .init(0, label: "0"), .init(1, label: "1")])
    #expect(skewed.tenthsOfPercent?.reduce(0, +) == 1000)
    let zero = StackedBar(label: "x", segments: [.init(0, label: "0")])
    #expect(zero.tenthsOfPercent == nil)
  }

  @Test func tablesAreRectangular() {
    for (_, chart) in ChartFixtures.all {
      let table = chart.table
      #expect(table.caption == chart.title)
      #expect(!table.header.isEmpty)
      for row in table.rows { #expect(row.count == table.header.count, "\(chart.title): \(row)") }
    }
    #expect(ChartFixtures.items.table.header.count == 13)
    #expect(ChartFixtures.items.table.rows[0][11] == "40")
  }

  @Test(arguments: ChartFixtures.empty.indices)
  func emptyChartSaysNoData(index: Int) {
    let chart = ChartFixtures.empty[index]
    let svg = chart.svg(idPrefix: "empty")
    let inspector = SVGInspector.inspect(svg)
    #expect(inspector.error == nil)
    #expect(inspector.texts == ["Нет данных"])
    #expect(inspector.titles == ["Пусто"])
    #expect(inspector.rootAttributes["aria-labelledby"] == "empty-title empty-desc")
  }

  @Test func idPrefixIsSanitised() {
    let svg = ChartFixtures.grouped.svg(idPrefix: "my chart\"1")
    let inspector = SVGInspector.inspect(svg)
    #expect(inspector.error == nil)
    #expect(inspector.rootAttributes["aria-labelledby"] == "my-chart-1-title my-chart-1-desc")
    #expect(SVGCanvas.sanitize("1st") == "c1st")
    #expect(SVGCanvas.sanitize("") == "chart")
  }

  @Test func controlCharactersDoNotBreakTheSVG() {
    let chart = HistogramChart(
      title: "a\u{0001}b", description: "c\u{0008}d",
      bins: [HistogramBin(label: "x\u{000C}y", value: .init(1, label: "1\u{0000}"), isNegative: nil)],
      xAxisLabel: "x", yAxisLabel: "y")
    #expect(SVGInspector.inspect(chart.svg(idPrefix: "ctl")).error == nil)
  }

  @Test func groupedBarsChooseALayoutThatFits() {
    #expect(ChartFixtures.grouped.fitsVertically)
    #expect(!ChartFixtures.groupedHorizontal.fitsVertically)
  }

  @Test func distinctSeriesAreTexturedNotOnlyColoured() {
    let svg = ChartFixtures.grouped.svg(idPrefix: "t")
    #expect(svg.contains("<pattern id=\"t-pattern1\""))
    #expect(svg.contains("fill=\"url(#t-pattern1)\""))
  }
}
