import Foundation
import MonitoringKit
import TabularIO

/// The configuration with every default applied and every path resolved: what the stages use.
public struct ResolvedConfig: Sendable {
  public var config: PipelineConfig
  public var options: RunOptions
  /// The folder with the exports.
  public var inputFolder: String
  /// The folder with the pipeline files (`pipelines/`).
  public var pipelinesFolder: String
  public var instruments: [Instrument]
  public var matchOverrides: [MatchOverride]
  /// Problems with the curator's own files (`matches.csv` rows that could not be read).
  public var findings: [Finding]

  /// Loads the config and what it points to. Configuration problems throw (exit status 2).
  public static func load(_ options: RunOptions) throws(PipelineConfig.LoadError) -> ResolvedConfig {
    let config = try PipelineConfig.load(path: options.pipeline)
    let pipelines = (options.pipeline as NSString).deletingLastPathComponent
    let folder = pipelines.isEmpty ? "." : pipelines
    func resolve(_ path: String?, default fallback: String) -> String {
      guard let path else { return fallback }
      return path.hasPrefix("/") ? path : path
    }
    let instruments = try InstrumentLibrary.load(
      folder: resolve(config.instruments, default: (folder as NSString).appendingPathComponent("instruments"))
    )
    let matchesPath = resolve(
      config.matches, default: (folder as NSString).appendingPathComponent("matches.csv"))
    let (overrides, findings) = MatchesFile.load(path: matchesPath)
    return ResolvedConfig(
      config: config, options: options, inputFolder: options.input ?? config.input ?? "surveys",
      pipelinesFolder: folder, instruments: instruments, matchOverrides: overrides, findings: findings)
  }

  /// The year fixed before reading: `--year`, else the config.
  public var declaredYear: AcademicYear? {
    options.year ?? config.academicYear
  }

  /// The normalize settings for the files of the input folder.
  public func normalizeSettings(for inputs: [InputFile]) throws(PipelineConfig.LoadError) -> NormalizeSettings
  {
    var files: [String: FileSettings] = [:]
    for input in inputs {
      guard let override = config.files?.first(where: { Self.glob($0.glob, matches: input.relativePath) })
      else {
        continue
      }
      files[input.relativePath] = try fileSettings(override)
    }
    let calendar = Calendar(identifier: .gregorian)
    var utc = calendar
    utc.timeZone = TimeZone(identifier: "UTC")!
    let nowParts = utc.dateComponents([.year, .month], from: options.now)
    return NormalizeSettings(
      academicYear: declaredYear, programmeStart: try date(config.programme?.start, key: "programme.start"),
      programmeEnd: try date(config.programme?.end, key: "programme.end"), files: files,
      instruments: instruments,
      matchOverrides: matchOverrides,
      fallbackYear: AcademicYear(year: nowParts.year ?? 2025, month: nowParts.month ?? 9))
  }

  func fileSettings(_ override: PipelineConfig.FileOverride) throws(PipelineConfig.LoadError) -> FileSettings
  {
    var settings = FileSettings(dataset: override.dataset, wave: override.wave, skip: override.skip ?? false)
    if let name = override.encoding {
      guard let encoding = TextEncoding(name: name) else {
        throw .invalid(
          path: options.pipeline, reason: "files «\(override.glob)»: неизвестная кодировка «\(name)»")
      }
      settings.encoding = encoding
    }
    if let name = override.delimiter {
      guard let dialect = Dialect(delimiterName: name) else {
        throw .invalid(
          path: options.pipeline,
          reason: "files «\(override.glob)»: разделитель «\(name)» — ожидается ; , tab |")
      }
      settings.delimiter = dialect.delimiter
    }
    if let text = override.period {
      guard let period = Period(parsing: text) else {
        throw .invalid(
          path: options.pipeline, reason: "files «\(override.glob)»: период «\(text)» не распознан")
      }
      settings.period = period
    }
    for (key, header) in override.columns ?? [:] {
      guard let field = CanonicalField(rawValue: key) else {
        throw .invalid(
          path: options.pipeline, reason: "files «\(override.glob)»: неизвестное поле «\(key)» в columns")
      }
      settings.columns[field] = header
    }
    return settings
  }

  func date(_ text: String?, key: String) throws(PipelineConfig.LoadError) -> SchoolDate? {
    guard let text else { return nil }
    guard let date = DateParser.parse(text) else {
      throw .invalid(path: options.pipeline, reason: "\(key): дата «\(text)» — ожидается ДД.ММ.ГГГГ")
    }
    return date
  }

  /// Shell-style matching on the path inside the input folder, or on its file name alone.
  public static func glob(_ pattern: String, matches path: String) -> Bool {
    if fnmatch(pattern, path, 0) == 0 { return true }
    return fnmatch(pattern, (path as NSString).lastPathComponent, 0) == 0
  }
}
