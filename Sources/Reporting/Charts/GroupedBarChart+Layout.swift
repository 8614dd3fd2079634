/// Vertical and horizontal layouts of `GroupedBarChart`.
extension GroupedBarChart {
  private var pad: Double { ChartStyle.padding }
  private var categorySize: Double { ChartStyle.labelSize - 1 }

  private var tickLabelWidth: Double {
    let s = scale
    return s.ticks.map { TextMetrics.width(s.label($0), size: ChartStyle.smallSize) }.max() ?? 0
  }

  private var verticalPlotLeft: Double { pad + tickLabelWidth + 8 }
  private var groupWidth: Double {
    (ChartStyle.width - pad - verticalPlotLeft) / Double(categories.count)
  }
  private var barWidth: Double { min(64, groupWidth * 0.8 / Double(series.count)) }

  /// The label of a missing bar wrapped into at most two lines over the empty slot, or nil
  /// when it does not fit without splitting words.
  func missingLabelLines(_ label: String) -> [String]? {
    let lines = TextMetrics.wrap(label, maxWidth: barWidth + 2, size: ChartStyle.smallSize, maxLines: 99)
    guard lines.count <= 2, TextMetrics.tooltip(for: label, lines: lines) == nil else { return nil }
    return lines
  }

  /// Whether every category label and value label fits the vertical layout.
  var fitsVertically: Bool {
    let labelWidth = groupWidth - 6
    for category in categories {
      let words = category.split(separator: " ").map(String.init)
      if words.contains(where: { TextMetrics.width($0, size: categorySize) > labelWidth }) { return false }
      if TextMetrics.wrap(category, maxWidth: labelWidth, size: categorySize, maxLines: 99).count > 3 {
        return false
      }
    }
    for s in series.indices {
      for c in categories.indices {
        let v = value(category: c, series: s)
        if v.drawable == nil {
          if missingLabelLines(v.label) == nil { return false }
        } else if TextMetrics.width(v.label, size: ChartStyle.valueSize, bold: true) > barWidth + 2 {
          return false
        }
      }
    }
    return true
  }

  /// Draws vertical bars and returns the chart height.
  func drawVertical(on canvas: inout SVGCanvas) -> Double {
    let width = ChartStyle.width
    var y = pad
    y += legend.draw(on: &canvas, x: pad, y: y, maxWidth: width - 2 * pad) + 6
    canvas.text(valueAxisLabel, x: pad, y: y + 14, size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
    y += 24
    let s = scale
    let plotTop = y + 22
    let plotHeight: Double = 240
    let plotLeft = verticalPlotLeft
    let plotRight = width - pad
    func yOf(_ v: Double) -> Double { plotTop + plotHeight * (1 - s.fraction(v)) }
    for tick in s.ticks {
      let ty = yOf(tick)
      canvas.line(x1: plotLeft, y1: ty, x2: plotRight, y2: ty, stroke: ChartStyle.grid)
      canvas.text(s.label(tick), x: plotLeft - 6, y: ty + 5, size: ChartStyle.smallSize, anchor: .end)
    }
    let baseline = yOf(0)
    let groupW = groupWidth
    let barW = barWidth
    let offset = (groupW - barW * Double(series.count)) / 2
    for c in categories.indices {
      let groupX = plotLeft + Double(c) * groupW
      for si in series.indices {
        let v = value(category: c, series: si)
        let x = groupX + offset + Double(si) * barW
        let center = x + barW / 2
        if let number = v.drawable {
          let top = min(yOf(number), baseline)
          let bottom = max(yOf(number), baseline)
          let paint = canvas.paint(Self.fill(for: si))
          canvas.rect(
            x: x + 1, y: top, width: barW - 2, height: bottom - top, fill: paint,
            stroke: ChartStyle.axis, strokeWidth: 0.6, tooltip: "\(series[si].name): \(v.label)")
          let labelY = number >= 0 ? top - 6 : bottom + ChartStyle.valueSize + 2
          canvas.text(v.label, x: center, y: labelY, size: ChartStyle.valueSize, anchor: .middle, bold: true)
        } else {
          let lines = missingLabelLines(v.label) ?? [v.label]
          let step = ChartStyle.smallSize * ChartStyle.lineHeight
          canvas.lines(
            lines, x: center, y: baseline - 6 - Double(lines.count - 1) * step, size: ChartStyle.smallSize,
            anchor: .middle, fill: ChartStyle.mutedInk)
        }
      }
    }
    canvas.line(x1: plotLeft, y1: baseline, x2: plotRight, y2: baseline, stroke: ChartStyle.axis, width: 1.5)
    var bottom = plotTop + plotHeight + 8
    var tallest = 0.0
    for (c, category) in categories.enumerated() {
      let lines = TextMetrics.wrap(category, maxWidth: groupW - 6, size: categorySize, maxLines: 3)
      let center = plotLeft + (Double(c) + 0.5) * groupW
      let h = canvas.lines(lines, x: center, y: bottom + categorySize, size: categorySize, anchor: .middle)
      tallest = max(tallest, h)
    }
    bottom += tallest + 4
    if !categoryAxisLabel.isEmpty {
      canvas.text(
        categoryAxisLabel, x: (plotLeft + plotRight) / 2, y: bottom + 18, size: ChartStyle.smallSize,
        anchor: .middle, fill: ChartStyle.mutedInk)
      bottom += 24
    }
    return bottom + pad
  }

  /// Draws horizontal bars (category label above each group) and returns the chart height.
  func drawHorizontal(on canvas: inout SVGCanvas) -> Double {
    let width = ChartStyle.width
    var y = pad
    y += legend.draw(on: &canvas, x: pad, y: y, maxWidth: width - 2 * pad) + 6
    if !categoryAxisLabel.isEmpty {
      canvas.text(categoryAxisLabel, x: pad, y: y + 14, size: ChartStyle.smallSize, fill: ChartStyle.mutedInk)
      y += 24
    }
    let s = scale
    var labelRoom = 0.0
    for si in series.indices {
      for c in categories.indices {
        labelRoom = max(
          labelRoom,
          TextMetrics.width(value(category: c, series: si).label, size: ChartStyle.valueSize, bold: true))
      }
    }
    let plotLeft = pad + 2
    let plotRight = width - pad - min(labelRoom + 8, width * 0.4)
    func xOf(_ v: Double) -> Double { plotLeft + (plotRight - plotLeft) * s.fraction(v) }
    let barH: Double = 26
    let zeroX = xOf(0)
    for (c, category) in categories.enumerated() {
      let lines = TextMetrics.wrap(category, maxWidth: width - 2 * pad, size: categorySize, maxLines: 3)
      y += canvas.lines(
        lines, x: pad, y: y + categorySize, size: categorySize,
        tooltip: TextMetrics.tooltip(for: category, lines: lines))
      y += 4
      let blockTop = y
      let blockHeight = Double(series.count) * (barH + 4)
      for tick in s.ticks {
        let tx = xOf(tick)
        canvas.line(x1: tx, y1: blockTop, x2: tx, y2: blockTop + blockHeight, stroke: ChartStyle.grid)
      }
      for si in series.indices {
        let v = value(category: c, series: si)
        let top = blockTop + Double(si) * (barH + 4)
        let textY = top + barH / 2 + 6
        if let number = v.drawable {
          let x1 = min(xOf(number), zeroX)
          let x2 = max(xOf(number), zeroX)
          let paint = canvas.paint(Self.fill(for: si))
          canvas.rect(
            x: x1, y: top, width: x2 - x1, height: barH, fill: paint, stroke: ChartStyle.axis,
            strokeWidth: 0.6, tooltip: "\(series[si].name): \(v.label)")
          canvas.text(v.label, x: x2 + 6, y: textY, size: ChartStyle.valueSize, bold: true)
        } else {
          canvas.text(v.label, x: zeroX + 6, y: textY, size: ChartStyle.valueSize, fill: ChartStyle.mutedInk)
        }
      }
      canvas.line(
        x1: zeroX, y1: blockTop - 2, x2: zeroX, y2: blockTop + blockHeight, stroke: ChartStyle.axis,
        width: 1.5)
      y = blockTop + blockHeight + 12
    }
    canvas.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, stroke: ChartStyle.axis)
    for tick in s.ticks {
      let tx = xOf(tick)
      canvas.line(x1: tx, y1: y, x2: tx, y2: y + 5, stroke: ChartStyle.axis)
      canvas.text(s.label(tick), x: tx, y: y + 22, size: ChartStyle.smallSize, anchor: .middle)
    }
    y += 30
    canvas.text(
      valueAxisLabel, x: (plotLeft + plotRight) / 2, y: y + 14, size: ChartStyle.smallSize,
      anchor: .middle, fill: ChartStyle.mutedInk)
    return y + 20 + pad
  }
}
