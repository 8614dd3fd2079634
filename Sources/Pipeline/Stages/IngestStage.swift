import Foundation
import MonitoringKit
import TabularIO

/// The ingest stage alone: an inventory of the input folder — what each file is, how it reads,
/// how many rows — written to `<output>/ingest.json` for the curator and the next stages.
///
/// `run` fuses ingest and normalize into one pass over each file; this stage exists to look at
/// the inputs before normalizing (and equals `check --json` written to a file).
public enum IngestStage {
  /// Reads the input folder and writes `<output>/ingest.json`.
  @discardableResult
  public static func run(_ config: ResolvedConfig) throws -> CheckReport {
    let report = try CheckReport.make(config)
    try write(report, config)
    return report
  }

  /// Writes the inventory of an already normalized folder to `<output>/ingest.json`.
  @discardableResult
  public static func write(_ report: CheckReport, _ config: ResolvedConfig) throws -> String {
    let catalog = Catalog(language: config.options.language)
    let json = JSONValue.object([
      ("academic_year", .string(report.data.academicYear.description)),
      ("input", .string(config.inputFolder)),
      ("data_quality", DataQuality(report.data).json(catalog: catalog, includeNames: false)),
    ])
    let path = (config.options.output as NSString).appendingPathComponent("ingest.json")
    try AtomicFile.write(json.serialized(), to: path)
    return path
  }
}
