/// A slope chart: one line per group (e.g. class) from its value before to its value after.
///
/// Lines going up are solid blue, lines going down dashed vermillion, unchanged ones dotted
/// grey, so direction is readable without colour. Labels at both ends carry the group name and
/// the value and are pushed apart vertically so they never overlap.
public struct SlopeChart: Chart, Equatable {
  /// The chart title.
  public var title: String
  /// A text description of the chart.
  public var description: String
  /// The lines, one per group.
  public var lines: [SlopeLine]
  /// The heading of the left axis (e.g. «До»).
  public var beforeLabel: String
  /// The heading of the right axis (e.g. «После»).
  public var afterLabel: String
  /// An optional title of the value axis (e.g. «Средний балл»), printed above the chart.
  public var valueAxisLabel: String
  /// The header of the table's first column.
  public var labelHeader: String
  /// Legend texts for increase, decrease and no change.
  public var increaseName: String
  /// Legend text for a decrease.
  public var decreaseName: String
  /// Legend text for no change.
  public var unchangedName: String

  /// Creates a slope chart.
  public init(
    title: String, description: String, lines: [SlopeLine], beforeLabel: String, afterLabel: String,
    valueAxisLabel: String = "", labelHeader: String = "Класс",
    increaseName: String = "Рост", decreaseName: String = "Снижение", unchangedName: String = "Без изменений"
  ) {
    self.title = title
    self.description = description
    self.lines = lines
    self.beforeLabel = beforeLabel
    self.afterLabel = afterLabel
    self.valueAxisLabel = valueAxisLabel
    self.labelHeader = labelHeader
    self.increaseName = increaseName
    self.decreaseName = decreaseName
    self.unchangedName = unchangedName
  }

  /// The numbers as a table: one row per group.
  public var table: ChartTable {
    ChartTable(
      caption: title, header: [labelHeader, beforeLabel, afterLabel],
      rows: lines.map { [$0.label, $0.before.label, $0.after.label] })
  }

  /// Spreads `wanted` positions so neighbours are at least `gap` apart inside `low…high`,
  /// keeping the order and moving labels as little as this simple two-pass method allows.
  static func spread(_ wanted: [Double], gap: Double, low: Double, high: Double) -> [Double] {
    let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
    var placed = order.map { wanted[$0] }
    for i in placed.indices {
      placed[i] = max(placed[i], i == 0 ? low : placed[i - 1] + gap)
    }
    for i in placed.indices.reversed() {
      placed[i] = min(placed[i], i == placed.count - 1 ? high : placed[i + 1] - gap)
    }
    var result = wanted
    for (rank, index) in order.enumerated() { result[index] = placed[rank] }
    return result
  }

  /// Renders the chart as SVG.
  public func svg(idPrefix: String) -> String {
    guard !lines.isEmpty else {
      return SVGCanvas.empty(idPrefix: idPrefix, title: title, description: description)
    }
    let width = ChartStyle.width
    let pad = ChartStyle.padding
    let size = ChartStyle.valueSize
    var canvas = SVGCanvas(idPrefix: idPrefix)
    var y = pad
    let names: [SlopeDirection: String] = [
      .increase: increaseName, .decrease: decreaseName, .unchanged: unchangedName,
    ]
    let present = SlopeDirection.allCases.filter { d in lines.contains { $0.direction == d } }
    let legend = ChartLegend(
      entries: present.map { .init(key: .line(color: $0.color, dash: $0.dash), text: names[$0]!) })
    y += legend.draw(on: &canvas, x: pad, y: y, maxWidth: width - 2 * pad)
    if !valueAxisLabel.isEmpty {
      canvas.text(valueAxisLabel, x: pad, y: y + 16, size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
      y += 24
    }

    let leftTexts = lines.map { "\($0.label)  \($0.before.label)" }
    let rightTexts = lines.map { "\($0.after.label)  \($0.label)" }
    let widest = (leftTexts + rightTexts).map { TextMetrics.width($0, size: size) }.max() ?? 0
    let side = min(220, max(90, widest + 22))
    let leftX = pad + side
    let rightX = width - pad - side

    y += 8
    canvas.text(beforeLabel, x: leftX, y: y + 16, size: ChartStyle.labelSize, anchor: .middle, bold: true)
    canvas.text(afterLabel, x: rightX, y: y + 16, size: ChartStyle.labelSize, anchor: .middle, bold: true)
    y += 36

    let values = lines.flatMap { [$0.before.drawable, $0.after.drawable].compactMap { $0 } }
    var low = values.min() ?? 0
    var high = values.max() ?? 1
    if high - low < 1e-9 {
      low -= 1
      high += 1
    }
    let gap: Double = 24
    let plotTop = y + 8
    let plotHeight = max(200, Double(lines.count) * gap)
    let plotBottom = plotTop + plotHeight
    func yOf(_ v: Double) -> Double { plotTop + plotHeight * (high - v) / (high - low) }

    canvas.line(
      x1: leftX, y1: plotTop - 10, x2: leftX, y2: plotBottom + 10, stroke: ChartStyle.grid, width: 2)
    canvas.line(
      x1: rightX, y1: plotTop - 10, x2: rightX, y2: plotBottom + 10, stroke: ChartStyle.grid, width: 2)

    let leftWanted = lines.map { yOf($0.before.drawable ?? $0.after.drawable ?? low) }
    let rightWanted = lines.map { yOf($0.after.drawable ?? $0.before.drawable ?? low) }
    let leftPlaced = Self.spread(leftWanted, gap: gap, low: plotTop - 6, high: plotBottom + 6)
    let rightPlaced = Self.spread(rightWanted, gap: gap, low: plotTop - 6, high: plotBottom + 6)

    for (i, line) in lines.enumerated() {
      let direction = line.direction
      let color = direction?.color ?? ChartStyle.mutedInk
      if let b = line.before.drawable, let a = line.after.drawable, let direction {
        canvas.line(
          x1: leftX, y1: yOf(b), x2: rightX, y2: yOf(a), stroke: direction.color, width: 3,
          dash: direction.dash)
      }
      if let b = line.before.drawable {
        canvas.circle(cx: leftX, cy: yOf(b), r: 5, fill: color, stroke: "#ffffff")
      }
      if let a = line.after.drawable {
        canvas.circle(cx: rightX, cy: yOf(a), r: 5, fill: color, stroke: "#ffffff")
      }
      let maxText = side - 14
      let left = TextMetrics.truncate(leftTexts[i], maxWidth: maxText, size: size)
      let right = TextMetrics.truncate(rightTexts[i], maxWidth: maxText, size: size)
      canvas.text(
        left, x: leftX - 12, y: leftPlaced[i] + 5.5, size: size, anchor: .end,
        fill: line.before.drawable == nil ? ChartStyle.mutedInk : ChartStyle.ink,
        tooltip: left == leftTexts[i] ? nil : leftTexts[i])
      canvas.text(
        right, x: rightX + 12, y: rightPlaced[i] + 5.5, size: size,
        fill: line.after.drawable == nil ? ChartStyle.mutedInk : ChartStyle.ink,
        tooltip: right == rightTexts[i] ? nil : rightTexts[i])
    }
    let bottom = max(plotBottom + 10, (leftPlaced + rightPlaced).max() ?? plotBottom) + 12
    return canvas.render(height: bottom + pad, title: title, description: description)
  }
}
