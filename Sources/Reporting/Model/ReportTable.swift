/// A table with a caption, a header row and rows whose first cell names the row.
public struct ReportTable: Sendable, Equatable {
  /// The caption (`<caption>` in HTML, a bold line above in Markdown).
  public var caption: String
  /// The column headings.
  public var header: [String]
  /// The rows; the first cell is the row's heading.
  public var rows: [[Cell]]

  /// A table.
  public init(caption: String, header: [String], rows: [[Cell]]) {
    self.caption = caption
    self.header = header
    self.rows = rows
  }
}
