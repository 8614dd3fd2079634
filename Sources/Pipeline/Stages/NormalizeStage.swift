import Foundation
import MonitoringKit
import TabularIO
import Warehouse

/// The normalize stage: the exports → person-resolved tables in the warehouse, and `rejects.csv`.
public enum NormalizeStage {
  /// The tool's version, recorded with every year stored.
  public static let toolVersion = "0.3.0"

  /// Reads and normalizes the configured input folder (nothing written).
  public static func normalize(_ config: ResolvedConfig) throws -> NormalizedData {
    let inputs = try InputDiscovery.files(in: config.inputFolder)
    let settings = try config.normalizeSettings(for: inputs)
    return Normalizer(settings: settings).run(inputs: inputs)
  }

  /// Where a year's outputs go: `<output>/<2025-2026>/`.
  public static func yearFolder(_ config: ResolvedConfig, year: AcademicYear) -> String {
    (config.options.output as NSString).appendingPathComponent(year.folderName)
  }

  /// Normalizes, stores the year in `<output>/warehouse.sqlite` (replacing it, in one
  /// transaction) and writes `<output>/<year>/rejects.csv`.
  @discardableResult
  public static func run(_ config: ResolvedConfig) throws -> NormalizedData {
    let data = try normalize(config)
    try store(data, config)
    return data
  }

  /// Writes `data` to the warehouse and the rejects table.
  public static func store(_ data: NormalizedData, _ config: ResolvedConfig) throws {
    // The parsers' buffers are freed by now; their pages go back before the year's rows are
    // copied for SQLite, so the peak is one of the two, not both.
    FreeMemory.release()
    let catalog = Catalog(language: config.options.language)
    let programme = programmeDates(config, year: data.academicYear)
    let yearData = WarehouseMapping.yearData(
      data, school: config.config.school ?? "", programme: programme, configSHA256: configHash(config),
      toolVersion: toolVersion, catalog: catalog, leavingLargeTables: true)
    try FileManager.default.createDirectory(atPath: config.options.output, withIntermediateDirectories: true)
    try Warehouse.storeYear(
      yearData, gradeCells: data.grades.lazy.map(WarehouseMapping.gradeCellRow),
      surveyAnswers: WarehouseMapping.surveyAnswerRows(data.answers),
      atPath: (config.options.output as NSString).appendingPathComponent("warehouse.sqlite"))
    let folder = yearFolder(config, year: data.academicYear)
    try AtomicFile.write(
      RejectsTable.bytes(data, catalog: catalog),
      to: (folder as NSString).appendingPathComponent("rejects.csv"))
  }

  /// The programme's dates for `year`: configured, else 1 September – 31 May.
  public static func programmeDates(_ config: ResolvedConfig, year: AcademicYear) -> (
    start: SchoolDate, end: SchoolDate
  ) {
    let start = config.config.programme?.start.flatMap(DateParser.parse)
    let end = config.config.programme?.end.flatMap(DateParser.parse)
    return (
      start ?? SchoolDate(year: year.startYear, month: 9, day: 1)!,
      end ?? SchoolDate(year: year.startYear + 1, month: 5, day: 31)!
    )
  }

  /// SHA-256 of the configuration file's bytes (empty file or none: the hash of nothing).
  public static func configHash(_ config: ResolvedConfig) -> String {
    let data = FileManager.default.contents(atPath: config.options.pipeline) ?? Data()
    return Hashing.sha256Hex(Array(data))
  }
}
