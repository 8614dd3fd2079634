import MonitoringKit
import TabularIO

/// The result of `nastavnik check`: every file, what it was recognised as, where its rows went,
/// and every problem — from the same normalize pass `run` uses, with nothing written.
public struct CheckReport: Sendable {
  /// The input folder as given.
  public var inputFolder: String
  /// What normalization made of it.
  public var data: NormalizedData
  /// Problems with the curator's own configuration files.
  public var configFindings: [Finding]
  /// Only the files' structure was read (`check --structure`): no datasets, no people.
  public var structureOnly = false

  /// Creates a report.
  public init(inputFolder: String, data: NormalizedData, configFindings: [Finding] = []) {
    self.inputFolder = inputFolder
    self.data = data
    self.configFindings = configFindings
  }

  /// Reads and normalizes every file of the configured input folder.
  public static func make(_ config: ResolvedConfig) throws -> CheckReport {
    let data = try NormalizeStage.normalize(config)
    return CheckReport(inputFolder: config.inputFolder, data: data, configFindings: config.findings)
  }

  /// Whether every table file was read to its end (`check` exits 0, else 1).
  public var allFilesRead: Bool {
    data.files.allSatisfy { file in !file.findings.contains { $0.severity == .error } }
  }
}
