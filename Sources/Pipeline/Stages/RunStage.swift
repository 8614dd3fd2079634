import Foundation
import MonitoringKit
import TabularIO

/// `nastavnik run`: ingest, normalize, compute and render in one process, each stage handing
/// its data to the next in memory (the input folder is read once), then `manifest.json`.
public enum RunStage {
  /// What the run produced.
  public struct Result: Sendable {
    /// The year's normalized data.
    public var data: NormalizedData
    /// Whether every table file was read to its end (else the exit status is 1).
    public var allFilesRead: Bool
    /// The year's folder.
    public var yearFolder: String
    /// The render stage's result.
    public var render: RenderStage.Result
    /// `manifest.json`.
    public var manifestPath: String
  }

  /// Why the run stopped before the report.
  public enum Failure: Error, CustomStringConvertible {
    /// The inputs hold no people, so there is nothing to report.
    case noPeople(String)

    public var description: String {
      switch self {
      case .noPeople(let folder):
        "В выгрузках \(folder) не найдено ни одного человека: проверьте папку (nastavnik check)."
      }
    }
  }

  /// Runs every stage; `progress` gets one Russian line as each stage starts.
  public static func run(
    _ config: ResolvedConfig, publicReport: Bool, progress: (String) -> Void = { _ in }
  ) throws -> Result {
    let ru = config.options.language == .ru
    var seconds: [String: Double] = [:]
    var outputs: [String] = []
    func timed<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
      let start = Date()
      defer { seconds[stage] = Date().timeIntervalSince(start) }
      return try body()
    }

    progress(ru ? "1/4 Чтение выгрузок из \(config.inputFolder)…" : "1/4 Reading \(config.inputFolder)…")
    let report = try timed("ingest") {
      let report = try CheckReport.make(config)
      outputs.append(try IngestStage.write(report, config))
      return report
    }
    let data = report.data
    let folder = NormalizeStage.yearFolder(config, year: data.academicYear)

    // The previous year is read before this year is stored, then the store runs on another
    // core while the indicators and the report are made from the same data in memory.
    let previous = try ComputeStage.previousRegistryOnEnd(config, year: data.academicYear)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    progress(ru ? "2/4 Сохранение в хранилище и rejects.csv…" : "2/4 Storing the warehouse and rejects.csv…")
    let storing = BackgroundJob { try NormalizeStage.store(data, config) }
    guard !data.persons.isEmpty else {
      try storing.wait()
      throw Failure.noPeople(config.inputFolder)
    }

    let computed: ComputeStage.Result
    let rendered: RenderStage.Result
    do {
      progress(ru ? "3/4 Расчёт показателей…" : "3/4 Computing the indicators…")
      computed = try timed("compute") {
        try ComputeStage.write(data, config, previousRegistryOnEnd: previous)
      }
      progress(ru ? "4/4 Отчёт…" : "4/4 Rendering the report…")
      rendered = try timed("render") {
        // The report reads indicators.json as written, exactly as `render` alone would.
        let indicators = try JSONValue.parse(computed.json.serialized())
        return try RenderStage.write(
          data, indicators: indicators, config, publicReport: publicReport, scoring: computed.scoring)
      }
    } catch {
      _ = try? storing.wait()
      throw error
    }

    seconds["normalize"] = try storing.wait()
    outputs += [
      ComputeStage.warehousePath(config), (folder as NSString).appendingPathComponent("rejects.csv"),
      computed.path,
    ]
    outputs += rendered.written

    let manifestPath = (folder as NSString).appendingPathComponent("manifest.json")
    let manifest = RunManifest(
      config: config, data: data, outputs: outputs.map { relative($0, to: config.options.output) },
      seconds: seconds)
    try AtomicFile.write(manifest.json().serialized(), to: manifestPath)
    return Result(
      data: data, allFilesRead: report.allFilesRead, yearFolder: folder, render: rendered,
      manifestPath: manifestPath)
  }

  /// `path` inside `folder` when it is there, else as it is.
  static func relative(_ path: String, to folder: String) -> String {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
