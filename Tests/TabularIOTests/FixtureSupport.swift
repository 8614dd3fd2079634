import Foundation
import TabularIO

/// Paths of the committed fixtures and a reader that collects a whole file for assertions.
enum Fixtures {
  /// Absolute path of fixture `name`.
  static func path(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
  }

  /// Everything a read delivered.
  struct Read {
    var rows: [[String]] = []
    var lines: [Int] = []
    var records: [Int] = []
    var summary: TableReadSummary?
  }

  /// Reads `path` with `options`, decoding every cell.
  static func read(_ path: String, _ options: TableReadOptions = TableReadOptions()) throws -> Read {
    let reader = try TableReader(path: path, options: options)
    var result = Read()
    result.summary = try reader.read { row in
      result.rows.append(row.strings())
      result.lines.append(row.line)
      result.records.append(row.record)
    }
    return result
  }

  /// Reads fixture `name`.
  static func read(fixture name: String, _ options: TableReadOptions = TableReadOptions()) throws -> Read {
    try read(path(name), options)
  }

  /// Writes `bytes` to a fresh temporary file and returns its path.
  static func temporaryFile(_ bytes: [UInt8], name: String = "table.csv") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "nastavnik-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }
}
