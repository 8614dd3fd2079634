import Foundation
import MonitoringKit

/// `<output>/<year>/manifest.json`: what a `run` read and wrote, for reproducing it.
///
/// Keys: `tool`, `tool_version`, `academic_year`, `generated_on`, `config` {`path`, `sha256`
/// (null when the file is absent and the defaults ran)}, `input_folder`, `inputs` [{`path`,
/// `sha256`, `dataset`, `rows_read`, `rows_used`, `rows_rejected`}], `rows_read`, `rows_used`,
/// `rows_rejected`, `outputs` (paths inside the output folder), `timings` (`measured` or
/// `pinned`) and `stage_seconds` {ingest, normalize, compute, render}: seconds, or all `null`
/// when the time is pinned so that two runs give the same bytes.
public struct RunManifest: Sendable {
  /// The stages in run order, as named in `stage_seconds`.
  public static let stages = ["ingest", "normalize", "compute", "render"]

  /// The run's configuration.
  public var config: ResolvedConfig
  /// What was read.
  public var data: NormalizedData
  /// Files written, as paths inside the output folder.
  public var outputs: [String]
  /// Seconds per stage, in ``stages`` order.
  public var seconds: [String: Double]

  /// A manifest.
  public init(config: ResolvedConfig, data: NormalizedData, outputs: [String], seconds: [String: Double]) {
    self.config = config
    self.data = data
    self.outputs = outputs
    self.seconds = seconds
  }

  /// The manifest's JSON.
  public func json() -> JSONValue {
    let configPath = config.options.pipeline
    let configHash: JSONValue =
      FileManager.default.fileExists(atPath: configPath)
      ? .string(NormalizeStage.configHash(config)) : .null
    let inputs = data.files.map { file -> JSONValue in
      .object([
        ("path", .string((config.inputFolder as NSString).appendingPathComponent(file.path))),
        ("sha256", .string(file.sha256)),
        ("dataset", .optional(file.dataset?.rawValue)),
        ("rows_read", .int(file.rowsRead)),
        ("rows_used", .int(file.rowsUsed)),
        ("rows_rejected", .int(file.rowsRejected)),
      ])
    }
    let pinned = config.options.timePinned
    let timings = Self.stages.map { stage -> (String, JSONValue) in
      guard !pinned, let value = seconds[stage] else { return (stage, .null) }
      return (stage, .double((value * 1000).rounded() / 1000))
    }
    return .object([
      ("tool", .string("nastavnik")),
      ("tool_version", .string(NormalizeStage.toolVersion)),
      ("academic_year", .string(data.academicYear.description)),
      ("generated_on", .string(config.options.generatedOn)),
      ("config", .object([("path", .string(configPath)), ("sha256", configHash)])),
      ("input_folder", .string(config.inputFolder)),
      ("inputs", .array(inputs)),
      ("rows_read", .int(data.files.reduce(0) { $0 + $1.rowsRead })),
      ("rows_used", .int(data.files.reduce(0) { $0 + $1.rowsUsed })),
      ("rows_rejected", .int(data.files.reduce(0) { $0 + $1.rowsRejected })),
      ("outputs", .array(outputs.map(JSONValue.string))),
      ("timings", .string(pinned ? "pinned" : "measured")),
      ("stage_seconds", .object(timings)),
    ])
  }
}
