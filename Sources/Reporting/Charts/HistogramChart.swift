/// A histogram of per-person change: bins left of zero, the zero bin and bins right of zero are
/// told apart by colour and texture (hatched vermillion, dotted grey, solid blue).
public struct HistogramChart: Chart, Equatable {
  /// The chart title.
  public var title: String
  /// A text description of the chart.
  public var description: String
  /// The bins, left to right.
  public var bins: [HistogramBin]
  /// The title of the horizontal axis (e.g. «Изменение среднего балла»).
  public var xAxisLabel: String
  /// The title of the vertical axis (e.g. «Число учащихся»).
  public var yAxisLabel: String
  /// Legend text for bins left of zero.
  public var negativeName: String
  /// Legend text for the zero bin.
  public var zeroName: String
  /// Legend text for bins right of zero.
  public var positiveName: String

  /// Creates a histogram.
  public init(
    title: String, description: String, bins: [HistogramBin], xAxisLabel: String, yAxisLabel: String,
    negativeName: String = "Снижение", zeroName: String = "Без изменений", positiveName: String = "Рост"
  ) {
    self.title = title
    self.description = description
    self.bins = bins
    self.xAxisLabel = xAxisLabel
    self.yAxisLabel = yAxisLabel
    self.negativeName = negativeName
    self.zeroName = zeroName
    self.positiveName = positiveName
  }

  /// The numbers as a table: one row per bin.
  public var table: ChartTable {
    ChartTable(
      caption: title, header: [xAxisLabel, yAxisLabel], rows: bins.map { [$0.label, $0.value.label] })
  }

  /// The fill of a bin by its side of zero.
  static func fill(isNegative: Bool?) -> ChartFill {
    switch isNegative {
    case .some(true): return .hatch(ChartStyle.OkabeIto.vermillion, ink: "#ffffff", angle: -45)
    case .some(false): return .solid(ChartStyle.OkabeIto.blue)
    case .none: return .dots("#bbbbbb", ink: "#000000")
    }
  }

  /// Whether every bin label fits under its bin in at most two lines without splitting words.
  func labelsFitHorizontally(binWidth: Double) -> Bool {
    bins.allSatisfy { bin in
      let lines = TextMetrics.wrap(
        bin.label, maxWidth: binWidth - 4, size: ChartStyle.smallSize, maxLines: 99)
      return lines.count <= 2 && TextMetrics.tooltip(for: bin.label, lines: lines) == nil
    }
  }

  /// Renders the chart as SVG.
  public func svg(idPrefix: String) -> String {
    guard !bins.isEmpty else {
      return SVGCanvas.empty(idPrefix: idPrefix, title: title, description: description)
    }
    let width = ChartStyle.width
    let pad = ChartStyle.padding
    var canvas = SVGCanvas(idPrefix: idPrefix)
    var y = pad
    var entries: [ChartLegend.Entry] = []
    for (kind, name) in [(Bool?.some(true), negativeName), (nil, zeroName), (false, positiveName)]
    where bins.contains(where: { $0.isNegative == kind }) {
      entries.append(.init(key: .swatch(Self.fill(isNegative: kind)), text: name))
    }
    y += ChartLegend(entries: entries).draw(on: &canvas, x: pad, y: y, maxWidth: width - 2 * pad) + 6
    canvas.text(yAxisLabel, x: pad, y: y + 14, size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
    y += 24

    let values = bins.compactMap(\.value.drawable)
    let scale = ChartScale(low: values.min() ?? 0, high: values.max() ?? 0)
    let tickWidth =
      scale.ticks.map { TextMetrics.width(scale.label($0), size: ChartStyle.smallSize) }.max() ?? 0
    // Rotated bin labels hang to the left of their bin; keep the first one inside the chart.
    let axisLeft = pad + tickWidth + 8
    var plotLeft = axisLeft
    if !labelsFitHorizontally(binWidth: (width - pad - axisLeft) / Double(bins.count)) {
      let reach =
        min(150, bins.map { TextMetrics.width($0.label, size: ChartStyle.smallSize) }.max() ?? 0) * 0.71
      plotLeft = max(axisLeft, pad + reach - (width - pad - axisLeft) / Double(bins.count) / 2 + 8)
    }
    let plotRight = width - pad
    let plotTop = y + 22
    let plotHeight: Double = 220
    func yOf(_ v: Double) -> Double { plotTop + plotHeight * (1 - scale.fraction(v)) }
    for tick in scale.ticks {
      let ty = yOf(tick)
      canvas.line(x1: plotLeft, y1: ty, x2: plotRight, y2: ty, stroke: ChartStyle.grid)
      canvas.text(scale.label(tick), x: plotLeft - 6, y: ty + 5, size: ChartStyle.smallSize, anchor: .end)
    }
    let binWidth = (plotRight - plotLeft) / Double(bins.count)
    let baseline = yOf(0)
    let valueSize =
      bins.allSatisfy({
        TextMetrics.width($0.value.label, size: ChartStyle.valueSize, bold: true) <= binWidth
      })
      ? ChartStyle.valueSize : ChartStyle.smallSize - 1
    for (i, bin) in bins.enumerated() {
      let x = plotLeft + Double(i) * binWidth
      let center = x + binWidth / 2
      if let v = bin.value.drawable {
        let top = min(yOf(v), baseline)
        let bottom = max(yOf(v), baseline)
        let paint = canvas.paint(Self.fill(isNegative: bin.isNegative))
        canvas.rect(
          x: x + 1.5, y: top, width: binWidth - 3, height: bottom - top, fill: paint,
          stroke: ChartStyle.axis, strokeWidth: 0.6, tooltip: "\(bin.label): \(bin.value.label)")
        canvas.text(bin.value.label, x: center, y: top - 6, size: valueSize, anchor: .middle, bold: true)
      } else {
        canvas.text(
          bin.value.label, x: center, y: baseline - 6, size: valueSize, anchor: .middle,
          fill: ChartStyle.mutedInk)
      }
    }
    canvas.line(x1: plotLeft, y1: baseline, x2: plotRight, y2: baseline, stroke: ChartStyle.axis, width: 1.5)

    // Bin labels: horizontal when they fit (wrapped up to two lines), else rotated by 45°.
    let size = ChartStyle.smallSize
    let wrapped = bins.map { TextMetrics.wrap($0.label, maxWidth: binWidth - 4, size: size, maxLines: 99) }
    let horizontal = labelsFitHorizontally(binWidth: binWidth)
    var bottom = plotTop + plotHeight + 6
    if horizontal {
      let tallest = wrapped.map(\.count).max() ?? 1
      for (i, lines) in wrapped.enumerated() {
        canvas.lines(
          lines, x: plotLeft + (Double(i) + 0.5) * binWidth, y: bottom + size + 2, size: size, anchor: .middle
        )
      }
      bottom += Double(tallest) * size * ChartStyle.lineHeight + 6
    } else {
      let longest = bins.map { TextMetrics.width($0.label, size: size) }.max() ?? 0
      let maxLength = min(longest, 150)
      for (i, bin) in bins.enumerated() {
        let text = TextMetrics.truncate(bin.label, maxWidth: maxLength, size: size)
        let x = plotLeft + (Double(i) + 0.5) * binWidth + 4
        canvas.text(
          text, x: x, y: bottom + 10, size: size, anchor: .end, rotate: -45,
          tooltip: text == bin.label ? nil : bin.label)
      }
      bottom += maxLength * 0.71 + size + 8
    }
    canvas.text(
      xAxisLabel, x: (plotLeft + plotRight) / 2, y: bottom + 16, size: ChartStyle.smallSize,
      anchor: .middle, fill: ChartStyle.mutedInk)
    return canvas.render(height: bottom + 24 + pad, title: title, description: description)
  }
}
