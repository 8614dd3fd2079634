import Foundation
import Testing

/// Runs the built `nastavnik` binary as a curator would and checks its output and exit status.
@Suite struct CommandLineTests {
  /// The executable sits beside the test bundle in the build products folder.
  static let executable: URL = {
    var folder = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("nastavnik")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("nastavnik")
  }()

  static func fixture(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
  }

  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs the binary; `environment` entries are added to this process's environment.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  @Test func checkOnACleanFolderExitsZero() throws {
    let outcome = try Self.run(["check", "--input", Self.fixture("clean")])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("Все файлы прочитаны."))
  }

  @Test func checkOnAMessyFolderExitsOneAndNamesEveryProblem() throws {
    let outcome = try Self.run(["check", "--input", Self.fixture("messy"), "--json"])
    #expect(outcome.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
    let quality = try #require(object?["data_quality"] as? [String: Any])
    let files = try #require(quality["files"] as? [[String: Any]])
    let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as! String, $0) })
    #expect(byPath["ученики.csv"]?["encoding"] as? String == "windows-1251")
    #expect(byPath["ученики.csv"]?["delimiter"] as? String == ";")
    #expect(byPath["ученики.csv"]?["rows_read"] as? Int == 3)
    #expect(byPath["анкета наставляемых.csv"]?["delimiter"] as? String == ",")
    #expect(byPath["журналы/оценки 1 четверть.tsv"]?["encoding"] as? String == "utf-16le")
    #expect(byPath["журналы/оценки 1 четверть.tsv"]?["delimiter"] as? String == "\t")
    let codes = files.flatMap {
      ($0["problems"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }
    #expect(
      Set(codes) == ["parse-error", "field-count", "empty-file", "header-only", "spreadsheet", "not-a-table"])
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try Self.run(["check", "--lang", "fr"]).status == 2)
    #expect(try Self.run(["check", "--no-such-flag"]).status == 2)
    let missing = try Self.run(["check", "--input", "/nonexistent/surveys"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("Папка с выгрузками не найдена"))
  }

  @Test func inputFilesAreNeverModified() throws {
    let folder = Self.fixture("messy")
    func snapshot() throws -> [String: Data] {
      var result: [String: Data] = [:]
      for case let path as String in FileManager.default.enumerator(atPath: folder)! {
        let full = folder + "/" + path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
          result[path] = try Data(contentsOf: URL(fileURLWithPath: full))
        }
      }
      return result
    }
    let before = try snapshot()
    _ = try Self.run(["check", "--input", folder])
    #expect(try snapshot() == before)
  }
}
