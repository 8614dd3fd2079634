/// Horizontal 100 % stacked bars, e.g. anxiety levels before and after.
///
/// Shares are computed inside from the counts and rounded with the largest-remainder method, so
/// the printed percentages of a bar always add up to 100,0 %. A percentage is printed inside its
/// segment when it fits, otherwise it is left out of the bar (the table still has it). Segment
/// fills are ordered good → bad: light solid, hatched, dark cross-hatched, …
public struct StackedPercentChart: Chart, Equatable {
  /// The chart title.
  public var title: String
  /// A text description of the chart.
  public var description: String
  /// The bars, top to bottom.
  public var bars: [StackedBar]
  /// Segment names ordered good → bad (e.g. «норма», «повышенная», «высокая»).
  public var segmentNames: [String]
  /// The title of the percentage axis.
  public var valueAxisLabel: String
  /// The header of the table's first column.
  public var labelHeader: String

  /// Creates a stacked percentage chart.
  public init(
    title: String, description: String, bars: [StackedBar], segmentNames: [String],
    valueAxisLabel: String = "Доля, %", labelHeader: String = "Группа"
  ) {
    self.title = title
    self.description = description
    self.bars = bars
    self.segmentNames = segmentNames
    self.valueAxisLabel = valueAxisLabel
    self.labelHeader = labelHeader
  }

  /// The numbers as a table: «72,5 % (29 из 40)» per segment and the total.
  public var table: ChartTable {
    let rows = bars.map { bar -> [String] in
      var cells = [bar.label]
      let tenths = bar.tenthsOfPercent
      let total = bar.counts.map { RussianFormat.integer(Int($0.reduce(0, +).rounded())) }
      for i in segmentNames.indices {
        let label = i < bar.segments.count ? bar.segments[i].label : RussianFormat.dash
        if let tenths, let total, i < tenths.count {
          cells.append("\(Self.percentText(tenths[i])) (\(label) из \(total))")
        } else {
          cells.append(label)
        }
      }
      cells.append(total ?? RussianFormat.dash)
      return cells
    }
    return ChartTable(caption: title, header: [labelHeader] + segmentNames + ["Всего"], rows: rows)
  }

  /// «72,5 %» from tenths of a percent.
  static func percentText(_ tenths: Int) -> String {
    RussianFormat.number(Double(tenths) / 10, decimals: 1) + RussianFormat.noBreakSpace + "%"
  }

  /// The fill of segment `index`.
  static func fill(for index: Int) -> ChartFill {
    ChartStyle.orderedFills[index % ChartStyle.orderedFills.count]
  }

  /// Renders the chart as SVG.
  public func svg(idPrefix: String) -> String {
    guard !bars.isEmpty, !segmentNames.isEmpty else {
      return SVGCanvas.empty(idPrefix: idPrefix, title: title, description: description)
    }
    let width = ChartStyle.width
    let pad = ChartStyle.padding
    var canvas = SVGCanvas(idPrefix: idPrefix)
    var y = pad
    let legend = ChartLegend(
      entries: segmentNames.indices.map { .init(key: .swatch(Self.fill(for: $0)), text: segmentNames[$0]) })
    y += legend.draw(on: &canvas, x: pad, y: y, maxWidth: width - 2 * pad) + 10

    let labelSize = ChartStyle.labelSize
    let widest = bars.map { TextMetrics.width($0.label, size: labelSize) }.max() ?? 0
    let labelsLeft = widest <= 150
    let barLeft =
      labelsLeft ? pad + max(widest, TextMetrics.width("N = 0000", size: ChartStyle.smallSize)) + 12 : pad
    let barRight = width - pad - 4
    let barWidth = barRight - barLeft
    let barHeight: Double = 38

    // Layout pass: the top of every bar and the height of the text around it.
    struct Row {
      var labelLines: [String]
      var barTop: Double
      var noteLines: [String]
    }
    var rows: [Row] = []
    for bar in bars {
      let nText = bar.counts.map { "N = " + RussianFormat.integer(Int($0.reduce(0, +).rounded())) }
      var labelLines: [String] = []
      if !labelsLeft {
        let text = nText.map { "\(bar.label) (\($0))" } ?? bar.label
        labelLines = TextMetrics.wrap(text, maxWidth: width - 2 * pad, size: labelSize, maxLines: 2)
        y += Double(labelLines.count) * labelSize * ChartStyle.lineHeight + 2
      }
      var noteLines: [String] = []
      if bar.tenthsOfPercent == nil {
        let parts = segmentNames.indices.map { i -> String in
          let label = i < bar.segments.count ? bar.segments[i].label : RussianFormat.dash
          return "\(segmentNames[i]): \(label)"
        }
        noteLines = TextMetrics.wrap(
          parts.joined(separator: "; "), maxWidth: width - barLeft - pad, size: ChartStyle.smallSize,
          maxLines: 3)
      }
      rows.append(Row(labelLines: labelLines, barTop: y, noteLines: noteLines))
      y += barHeight + Double(noteLines.count) * ChartStyle.smallSize * ChartStyle.lineHeight + 16
    }
    let plotBottom = y - 8

    // Grid behind the bars.
    let firstTop = rows.first?.barTop ?? y
    for quarter in 0...4 {
      let x = barLeft + barWidth * Double(quarter) / 4
      canvas.line(x1: x, y1: firstTop - 4, x2: x, y2: plotBottom, stroke: ChartStyle.grid)
    }

    for (bar, row) in zip(bars, rows) {
      let nText = bar.counts.map { "N = " + RussianFormat.integer(Int($0.reduce(0, +).rounded())) }
      if labelsLeft {
        canvas.text(bar.label, x: pad, y: row.barTop + 16, size: labelSize, bold: true)
        if let nText {
          canvas.text(
            nText, x: pad, y: row.barTop + 34, size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
        }
      } else {
        let top = row.barTop - 2 - Double(row.labelLines.count) * labelSize * ChartStyle.lineHeight
        canvas.lines(
          row.labelLines, x: pad, y: top + labelSize, size: labelSize, bold: true,
          tooltip: TextMetrics.tooltip(for: bar.label, lines: row.labelLines))
      }
      guard let tenths = bar.tenthsOfPercent, let counts = bar.counts else {
        canvas.raw(
          "<rect x=\"\(SVGCanvas.format(barLeft))\" y=\"\(SVGCanvas.format(row.barTop))\" width=\"\(SVGCanvas.format(barWidth))\" height=\"\(SVGCanvas.format(barHeight))\" fill=\"none\" stroke=\"\(ChartStyle.mutedInk)\" stroke-dasharray=\"4 3\"/>"
        )
        canvas.text(
          "Доли не показаны: мало данных", x: barLeft + 10, y: row.barTop + barHeight / 2 + 5.5,
          size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
        canvas.lines(
          row.noteLines, x: barLeft, y: row.barTop + barHeight + ChartStyle.smallSize + 2,
          size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
        continue
      }
      let total = counts.reduce(0, +)
      var x = barLeft
      for i in counts.indices where i < segmentNames.count {
        let w = barWidth * counts[i] / total
        guard w > 0 else { continue }
        let percent = Self.percentText(tenths[i])
        let paint = canvas.paint(Self.fill(for: i))
        canvas.rect(
          x: x, y: row.barTop, width: w, height: barHeight, fill: paint, stroke: "#ffffff",
          strokeWidth: 1.5,
          tooltip:
            "\(segmentNames[i]): \(percent) (\(bar.segments[i].label) из \(RussianFormat.integer(Int(total.rounded()))))"
        )
        if TextMetrics.width(percent, size: ChartStyle.valueSize, bold: true) + 8 <= w {
          canvas.text(
            percent, x: x + w / 2, y: row.barTop + barHeight / 2 + 5.5, size: ChartStyle.valueSize,
            anchor: .middle, bold: true, halo: true)
        }
        x += w
      }
    }

    // Percentage axis.
    canvas.line(x1: barLeft, y1: plotBottom, x2: barRight, y2: plotBottom, stroke: ChartStyle.axis)
    for quarter in 0...4 {
      let x = barLeft + barWidth * Double(quarter) / 4
      canvas.line(x1: x, y1: plotBottom, x2: x, y2: plotBottom + 5, stroke: ChartStyle.axis)
      let anchor: SVGCanvas.Anchor = quarter == 0 ? .start : quarter == 4 ? .end : .middle
      canvas.text(
        "\(quarter * 25)\(RussianFormat.noBreakSpace)%", x: x, y: plotBottom + 22,
        size: ChartStyle.smallSize, anchor: anchor)
    }
    canvas.text(
      valueAxisLabel, x: barLeft + barWidth / 2, y: plotBottom + 44, size: ChartStyle.smallSize,
      anchor: .middle, fill: ChartStyle.mutedInk)
    return canvas.render(height: plotBottom + 52 + pad, title: title, description: description)
  }
}
