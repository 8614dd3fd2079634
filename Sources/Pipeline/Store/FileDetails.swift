import Foundation
import MonitoringKit

/// What the warehouse keeps about a file beyond its row counts, as the JSON of `files.details`.
struct FileDetails: Codable, Equatable {
  /// The header cells as written.
  var columns: [String]
  /// Columns no dataset field or instrument item claimed.
  var unclaimedColumns: [String]
  /// The instruments the file's columns were matched to.
  var instruments: [String]
  /// The problems found in the file.
  var findings: [Finding]

  init(_ file: FileAccount) {
    columns = file.columns
    unclaimedColumns = file.unclaimedColumns
    instruments = file.instruments
    findings = file.findings
  }

  /// The details as stored: compact JSON with sorted keys, so equal files give equal bytes.
  func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  /// The details stored for a file, or nil when none were (`{}`, written before schema v3).
  static func parse(_ text: String) -> FileDetails? {
    try? JSONDecoder().decode(FileDetails.self, from: Data(text.utf8))
  }
}

extension FileAccount {
  /// Takes the stored header, unclaimed columns, instruments and problems.
  mutating func apply(_ details: FileDetails) {
    columns = details.columns
    unclaimedColumns = details.unclaimedColumns
    instruments = details.instruments
    findings = details.findings
  }
}
