/// One horizontal 100 % bar per questionnaire item showing how answers spread over scores 1…10.
///
/// The text of each item is wrapped (up to three lines) above its bar, so long Russian
/// questions keep the full chart width on a phone. Scores use a diverging colour-blind-safe
/// scale (PuOr: dark orange = 1 … dark purple = 10) shown in a numbered legend; the share is
/// printed inside a segment when it fits and the mean is printed at the bar end.
public struct ItemDistributionChart: Chart, Equatable {
  /// The chart title.
  public var title: String
  /// A text description of the chart.
  public var description: String
  /// The items, top to bottom.
  public var items: [DistributionItem]
  /// The title of the percentage axis.
  public var valueAxisLabel: String

  /// Creates an item distribution chart.
  public init(
    title: String, description: String, items: [DistributionItem],
    valueAxisLabel: String = "Доля ответов, %"
  ) {
    self.title = title
    self.description = description
    self.items = items
    self.valueAxisLabel = valueAxisLabel
  }

  /// The number of score columns: 10, or more if an item has more counts.
  var scoreCount: Int { max(10, items.map(\.counts.count).max() ?? 0) }

  /// The numbers as a table: counts per score, N and the mean.
  public var table: ChartTable {
    let scores = (1...scoreCount).map(String.init)
    let rows = items.map { item -> [String] in
      let counts = (0..<scoreCount).map {
        $0 < item.counts.count ? RussianFormat.integer(item.counts[$0]) : "0"
      }
      return [item.label] + counts + [RussianFormat.integer(item.total), item.meanLabel]
    }
    return ChartTable(caption: title, header: ["Вопрос"] + scores + ["N", "Среднее"], rows: rows)
  }

  /// The colour of score `index` (0-based).
  static func color(for index: Int) -> String {
    ChartStyle.divergingTen[min(index, ChartStyle.divergingTen.count - 1)]
  }

  /// Renders the chart as SVG.
  public func svg(idPrefix: String) -> String {
    guard !items.isEmpty else {
      return SVGCanvas.empty(idPrefix: idPrefix, title: title, description: description)
    }
    let width = ChartStyle.width
    let pad = ChartStyle.padding
    var canvas = SVGCanvas(idPrefix: idPrefix)
    var y = pad

    // Numbered legend: «Оценка» and one box per score.
    let scores = scoreCount
    let caption = "Оценка:"
    canvas.text(caption, x: pad, y: y + 17, size: ChartStyle.smallSize)
    let boxLeft = pad + TextMetrics.width(caption, size: ChartStyle.smallSize) + 8
    let boxWidth = min(34, (width - pad - boxLeft) / Double(scores))
    for i in 0..<scores {
      let color = Self.color(for: i)
      let x = boxLeft + Double(i) * boxWidth
      canvas.rect(x: x, y: y, width: boxWidth - 2, height: 24, fill: color)
      canvas.text(
        String(i + 1), x: x + (boxWidth - 2) / 2, y: y + 17, size: ChartStyle.smallSize, anchor: .middle,
        bold: true, fill: ChartStyle.textColor(on: color))
    }
    y += 30
    let note = TextMetrics.wrap(
      "1 — самая низкая оценка, 10 — самая высокая; число справа от полосы — средняя оценка",
      maxWidth: width - 2 * pad, size: ChartStyle.smallSize, maxLines: 3)
    y += canvas.lines(
      note, x: pad, y: y + ChartStyle.smallSize, size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
    y += 14

    let meanWidth =
      (items.map { TextMetrics.width($0.meanLabel, size: ChartStyle.valueSize, bold: true) }.max() ?? 0)
    let barLeft = pad
    let barRight = width - pad - min(meanWidth + 10, width * 0.3)
    let barWidth = barRight - barLeft
    let barHeight: Double = 30
    let labelSize = ChartStyle.labelSize - 1

    // Layout pass so the grid can be drawn behind the bars.
    var tops: [(lines: [String], barTop: Double)] = []
    for item in items {
      let lines = TextMetrics.wrap(item.label, maxWidth: width - 2 * pad, size: labelSize, maxLines: 3)
      let labelHeight = Double(lines.count) * labelSize * ChartStyle.lineHeight
      tops.append((lines, y + labelHeight + 4))
      y += labelHeight + 4 + barHeight + 16
    }
    let plotBottom = y - 8
    for quarter in 0...4 {
      let x = barLeft + barWidth * Double(quarter) / 4
      canvas.line(x1: x, y1: (tops.first?.barTop ?? y) - 2, x2: x, y2: plotBottom, stroke: ChartStyle.grid)
    }

    for (item, layout) in zip(items, tops) {
      let labelTop = layout.barTop - 4 - Double(layout.lines.count) * labelSize * ChartStyle.lineHeight
      canvas.lines(
        layout.lines, x: pad, y: labelTop + labelSize, size: labelSize,
        tooltip: TextMetrics.tooltip(for: item.label, lines: layout.lines))
      let textY = layout.barTop + barHeight / 2 + 5.5
      canvas.text(item.meanLabel, x: barRight + 8, y: textY, size: ChartStyle.valueSize, bold: true)
      let total = item.total
      guard total > 0 else {
        canvas.raw(
          "<rect x=\"\(SVGCanvas.format(barLeft))\" y=\"\(SVGCanvas.format(layout.barTop))\" width=\"\(SVGCanvas.format(barWidth))\" height=\"\(SVGCanvas.format(barHeight))\" fill=\"none\" stroke=\"\(ChartStyle.mutedInk)\" stroke-dasharray=\"4 3\"/>"
        )
        canvas.text(
          "нет ответов", x: barLeft + 10, y: textY, size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
        continue
      }
      var x = barLeft
      for (i, count) in item.counts.enumerated() where count > 0 {
        let share = Double(count) / Double(total)
        let w = barWidth * share
        let color = Self.color(for: i)
        let percent = RussianFormat.percent(share, decimals: 0)
        canvas.rect(
          x: x, y: layout.barTop, width: w, height: barHeight, fill: color, stroke: "#ffffff", strokeWidth: 1,
          tooltip: "Оценка \(i + 1): \(RussianFormat.integer(count)) (\(percent))")
        if TextMetrics.width(percent, size: ChartStyle.smallSize) + 6 <= w {
          canvas.text(
            percent, x: x + w / 2, y: textY, size: ChartStyle.smallSize, anchor: .middle,
            fill: ChartStyle.textColor(on: color))
        }
        x += w
      }
    }

    canvas.line(x1: barLeft, y1: plotBottom, x2: barRight, y2: plotBottom, stroke: ChartStyle.axis)
    for quarter in 0...4 {
      let x = barLeft + barWidth * Double(quarter) / 4
      canvas.line(x1: x, y1: plotBottom, x2: x, y2: plotBottom + 5, stroke: ChartStyle.axis)
      let anchor: SVGCanvas.Anchor = quarter == 0 ? .start : quarter == 4 ? .end : .middle
      canvas.text(
        "\(quarter * 25)\(RussianFormat.noBreakSpace)%", x: x, y: plotBottom + 22, size: ChartStyle.smallSize,
        anchor: anchor)
    }
    canvas.text(
      valueAxisLabel, x: barLeft + barWidth / 2, y: plotBottom + 44, size: ChartStyle.smallSize,
      anchor: .middle, fill: ChartStyle.mutedInk)
    return canvas.render(height: plotBottom + 52 + pad, title: title, description: description)
  }
}
