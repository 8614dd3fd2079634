/// A legend laid out in rows that wrap to the chart width.
struct ChartLegend: Sendable, Equatable {
  /// What an entry shows next to its text.
  enum Key: Sendable, Equatable {
    /// A filled square (plain or textured).
    case swatch(ChartFill)
    /// A short line segment with an optional dash pattern and end marker.
    case line(color: String, dash: String?)
  }

  /// One legend entry.
  struct Entry: Sendable, Equatable {
    var key: Key
    var text: String
  }

  /// The entries in reading order.
  var entries: [Entry]

  private static let keySize: Double = 16
  private static let gap: Double = 8
  private static let spacing: Double = 22
  private static let rowHeight: Double = 28

  /// Draws the legend with its top edge at `y` and returns the height used.
  @discardableResult
  func draw(on canvas: inout SVGCanvas, x: Double, y: Double, maxWidth: Double) -> Double {
    guard !entries.isEmpty else { return 0 }
    let size = ChartStyle.smallSize
    var cursorX = x
    var row = 0.0
    for entry in entries {
      let text = TextMetrics.truncate(entry.text, maxWidth: maxWidth - Self.keySize - Self.gap, size: size)
      let w = Self.keySize + Self.gap + TextMetrics.width(text, size: size)
      if cursorX > x && cursorX + w > x + maxWidth {
        cursorX = x
        row += 1
      }
      let top = y + row * Self.rowHeight
      switch entry.key {
      case .swatch(let fill):
        let paint = canvas.paint(fill)
        canvas.rect(
          x: cursorX, y: top + 3, width: Self.keySize, height: Self.keySize, fill: paint,
          stroke: ChartStyle.axis, strokeWidth: 0.8)
      case .line(let color, let dash):
        canvas.line(
          x1: cursorX, y1: top + 11, x2: cursorX + Self.keySize + 6, y2: top + 11, stroke: color,
          width: 3, dash: dash)
      }
      let keyWidth = Self.keySize + extraLineWidth(entry.key)
      canvas.text(
        text, x: cursorX + keyWidth + Self.gap, y: top + 17, size: size,
        tooltip: text == entry.text ? nil : entry.text)
      cursorX += w + extraLineWidth(entry.key) + Self.spacing
    }
    return (row + 1) * Self.rowHeight
  }

  private func extraLineWidth(_ key: Key) -> Double {
    if case .line = key { return 6 }
    return 0
  }
}
