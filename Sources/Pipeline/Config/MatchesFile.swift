import MonitoringKit
import TabularIO

/// Reads `pipelines/matches.csv`: «как в файле;класс;как в списке;класс», one override a row.
public enum MatchesFile {
  /// The overrides, and a finding for every row that could not be read; a missing file gives none.
  public static func load(path: String) -> ([MatchOverride], [Finding]) {
    guard let reader = try? TableReader(path: path, options: TableReadOptions(delimiter: UInt8(ascii: ";")))
    else {
      return ([], [])
    }
    var overrides: [MatchOverride] = []
    var findings: [Finding] = []
    _ = try? reader.read { row in
      let cells = row.strings()
      if row.record == 1, HeaderNormalizer.normalize(cells.first ?? "").hasPrefix("как в файле") { return }
      if let override = MatchOverride(cells: cells) {
        overrides.append(override)
      } else {
        findings.append(
          Finding(
            severity: .warning, file: path, location: SourceLocation(line: row.line),
            message: .unreadable(reason: "строка не разобрана: нужно «как в файле;класс;как в списке;класс»"))
        )
      }
    }
    return (overrides, findings)
  }
}
