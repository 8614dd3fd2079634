/// The numbers of a chart as a table (the renderers print it under/beside the chart for
/// accessibility).
public struct ChartTable: Sendable, Equatable {
  /// The table caption (the chart title).
  public var caption: String
  /// Column headers; the first column holds the row labels.
  public var header: [String]
  /// Rows of already formatted cells, each as long as `header`.
  public var rows: [[String]]

  /// Creates a table.
  public init(caption: String, header: [String], rows: [[String]]) {
    self.caption = caption
    self.header = header
    self.rows = rows
  }
}
