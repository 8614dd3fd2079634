/// Builds the model, applies the privacy pass and renders HTML and Markdown from the same model.
public struct ReportRenderer: Sendable {
  /// The language table.
  public var words: ReportWords
  /// The look of the HTML.
  public var style: ReportStyle

  /// A renderer.
  public init(words: ReportWords = .russian, style: ReportStyle = .standard) {
    self.words = words
    self.style = style
  }

  /// The report model for `privacy` (public: after the privacy pass).
  public func model(_ input: ReportInput, privacy: ReportPrivacy) -> Report {
    let report = ReportBuilder(input: input, words: words).build()
    return privacy == .publicReport ? PrivacyPass(words: words).apply(report) : report
  }

  /// The report in both formats.
  public func render(_ input: ReportInput, privacy: ReportPrivacy) -> RenderedReport {
    let report = model(input, privacy: privacy)
    let charts = report.sections.flatMap(\.blocks).compactMap { block -> RenderedChart? in
      guard case .figure(let figure) = block else { return nil }
      return RenderedChart(name: figure.name, svg: figure.chart(words: words).svg(idPrefix: figure.name))
    }
    return RenderedReport(
      html: HTMLRenderer(words: words, style: style).render(report),
      markdown: MarkdownRenderer(words: words).render(report), charts: charts)
  }
}
