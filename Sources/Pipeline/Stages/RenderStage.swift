import Foundation
import MonitoringKit
import Reporting
import TabularIO
import Warehouse

/// The render stage: `indicators.json` + the warehouse's year → `report.html`, `report.md` and
/// `charts/*.svg` in `<output>/<year>/`, and with `--public` the same in `<output>/<year>/public/`.
public enum RenderStage {
  /// What render wrote.
  public struct Result: Sendable {
    /// The internal report's HTML file.
    public var reportPath: String
    /// The public report's HTML file, when asked for.
    public var publicReportPath: String?
    /// Every file written, in writing order.
    public var written: [String]
  }

  /// Why render could not run.
  public enum Failure: Error, CustomStringConvertible {
    /// `indicators.json` is missing (run `compute` first).
    case noIndicators(String)
    /// `indicators.json` is not valid JSON.
    case badIndicators(String, reason: String)

    public var description: String {
      switch self {
      case .noIndicators(let path):
        "Нет файла показателей \(path): сначала выполните nastavnik compute."
      case .badIndicators(let path, let reason):
        "Файл показателей \(path) повреждён (\(reason)): выполните nastavnik compute заново."
      }
    }
  }

  /// Loads the year (as compute does) and its `indicators.json`, renders and writes.
  @discardableResult
  public static func run(_ config: ResolvedConfig, publicReport: Bool) throws -> Result {
    let data = try ComputeStage.loadYear(config)
    let path = (NormalizeStage.yearFolder(config, year: data.academicYear) as NSString)
      .appendingPathComponent("indicators.json")
    guard let bytes = FileManager.default.contents(atPath: path) else { throw Failure.noIndicators(path) }
    let indicators: JSONValue
    do {
      indicators = try JSONValue.parse(String(decoding: bytes, as: UTF8.self))
    } catch {
      throw Failure.badIndicators(path, reason: "\(error)")
    }
    return try write(data, indicators: indicators, config, publicReport: publicReport)
  }

  /// Renders the report of `data` with `indicators` and writes it; `scoring` is the compute
  /// stage's scored surveys when the caller kept them.
  public static func write(
    _ data: NormalizedData, indicators: JSONValue, _ config: ResolvedConfig, publicReport: Bool,
    scoring: SurveyScoring? = nil
  ) throws -> Result {
    let input = ReportInputBuilder(data: data, config: config)
      .build(indicators: indicators, generatedOn: config.options.generatedOn, scoring: scoring)
    let renderer = ReportRenderer(
      words: config.options.language == .en ? .english : .russian, style: style(config))
    let folder = NormalizeStage.yearFolder(config, year: data.academicYear)
    var written = try writeReport(renderer.render(input, privacy: .internalReport), to: folder)
    var result = Result(
      reportPath: (folder as NSString).appendingPathComponent("report.html"), publicReportPath: nil,
      written: written)
    if publicReport {
      let publicFolder = (folder as NSString).appendingPathComponent("public")
      written = try writeReport(renderer.render(input, privacy: .publicReport), to: publicFolder)
      result.publicReportPath = (publicFolder as NSString).appendingPathComponent("report.html")
      result.written += written
    }
    return result
  }

  /// The built-in look plus the school's `report.css` beside the pipeline config, when present.
  public static func style(_ config: ResolvedConfig) -> ReportStyle {
    let path = (config.pipelinesFolder as NSString).appendingPathComponent("report.css")
    guard let bytes = FileManager.default.contents(atPath: path) else { return .standard }
    return ReportStyle(extraCSS: String(decoding: bytes, as: UTF8.self))
  }

  /// Writes `report.html`, `report.md` and `charts/*.svg` into `folder` (each atomically) and
  /// removes the charts an earlier run left that this report no longer has.
  static func writeReport(_ report: RenderedReport, to folder: String) throws -> [String] {
    let html = (folder as NSString).appendingPathComponent("report.html")
    let markdown = (folder as NSString).appendingPathComponent("report.md")
    let charts = (folder as NSString).appendingPathComponent("charts")
    try AtomicFile.write(report.html, to: html)
    try AtomicFile.write(report.markdown, to: markdown)
    var written = [html, markdown]
    let names = Set(report.charts.map { "\($0.name).svg" })
    for chart in report.charts {
      let path = (charts as NSString).appendingPathComponent("\(chart.name).svg")
      try AtomicFile.write(chart.svg, to: path)
      written.append(path)
    }
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: charts)) ?? []
    for name in existing.sorted() where name.hasSuffix(".svg") && !names.contains(name) {
      try FileManager.default.removeItem(atPath: (charts as NSString).appendingPathComponent(name))
    }
    return written
  }
}
