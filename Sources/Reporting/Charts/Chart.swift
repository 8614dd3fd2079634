/// A chart that renders itself as a standalone, accessible SVG and as a table of its numbers.
public protocol Chart: Sendable {
  /// The chart title, used for the SVG `<title>` and the table caption.
  var title: String { get }
  /// A text description of what the chart shows, used for the SVG `<desc>`.
  var description: String { get }
  /// Renders the chart; `idPrefix` must be unique per chart within one HTML page and prefixes
  /// every id inside the SVG (`P-title`, `P-desc`, patterns).
  func svg(idPrefix: String) -> String
  /// The same numbers as a table.
  var table: ChartTable { get }
}
