import Foundation
import Testing

/// A temporary output folder for `nastavnik run`, and what a test reads from it.
struct ReportFolder {
  /// The repository's root, found from this source file.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// The bundled sample school.
  static let surveys = root.appendingPathComponent("surveys").path
  /// The hand-made school of the pipeline tests.
  static let handmade = root.appendingPathComponent("Tests/PipelineTests/Fixtures/handmade").path
  /// The pipeline configuration.
  static let pipeline = root.appendingPathComponent("pipelines/year-end.yml").path
  /// The pinned time of every reproducible run (2026-05-28 UTC).
  static let pinned = ["SOURCE_DATE_EPOCH": "1780000000"]

  /// The folder.
  let path: String

  /// A fresh empty folder.
  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("nastavnik-report-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Removes the folder.
  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Runs `nastavnik <command>` on `input` with this folder as the output, the time pinned.
  @discardableResult
  func nastavnik(_ command: String, input: String = surveys, _ extra: [String] = []) throws
    -> CommandLineTests.Outcome
  {
    let outcome = try CommandLineTests.run(
      [command, "--input", input, "--pipeline", Self.pipeline, "--output", path] + extra,
      environment: Self.pinned)
    #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
    return outcome
  }

  /// Every regular file under the folder, as paths inside it, sorted.
  func files() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: path)
    var found: [String] = []
    while let name = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: file(name), isDirectory: &isFolder), !isFolder.boolValue {
        found.append(name)
      }
    }
    return found.sorted()
  }

  /// The absolute path of `name` inside the folder.
  func file(_ name: String) -> String {
    (path as NSString).appendingPathComponent(name)
  }

  /// The bytes of `name`.
  func bytes(_ name: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: file(name)))
  }

  /// The UTF-8 text of `name`.
  func text(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }

  /// SHA-256 of a file by the system's `sha256sum`, independent of the tool's own hashing.
  static func sha256(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", path]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: data, as: UTF8.self).prefix(64))
  }
}
