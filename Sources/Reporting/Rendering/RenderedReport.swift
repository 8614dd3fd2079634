/// A chart written beside the Markdown as `charts/<name>.svg`.
public struct RenderedChart: Sendable, Equatable {
  /// The file name stem.
  public var name: String
  /// The standalone SVG.
  public var svg: String
}

/// The rendered report: the HTML page, the Markdown file and its charts.
public struct RenderedReport: Sendable, Equatable {
  /// One self-contained HTML file.
  public var html: String
  /// GitHub-flavoured Markdown referencing `charts/<name>.svg`.
  public var markdown: String
  /// The charts the Markdown references.
  public var charts: [RenderedChart]
}
