import MonitoringKit
import TabularIO

/// The result of `nastavnik check`: every file of the input folder and what was found in it.
public struct CheckReport: Sendable, Equatable {
  /// The input folder as given.
  public var inputFolder: String
  /// One entry per file, ordered by path.
  public var files: [FileInspection]

  /// Creates a report.
  public init(inputFolder: String, files: [FileInspection]) {
    self.inputFolder = inputFolder
    self.files = files
  }

  /// Inspects every file of `folder`.
  public static func make(folder: String, options: TableReadOptions = TableReadOptions()) throws(InputDiscovery.Failure)
    -> CheckReport
  {
    let inputs = try InputDiscovery.files(in: folder)
    return CheckReport(inputFolder: folder, files: inputs.map { FileInspector.inspect($0, options: options) })
  }

  /// Whether every table file was read to its end (`check` exits 0, else 1).
  public var allFilesRead: Bool {
    files.allSatisfy(\.wasRead)
  }
}
