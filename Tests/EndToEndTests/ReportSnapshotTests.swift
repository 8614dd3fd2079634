import Foundation
import Testing

/// The sample school's Markdown report, internal and public, as reviewed snapshots.
///
/// A change to the report's words, numbers or layout shows up here as a diff to review. After
/// reviewing, rewrite the snapshots with `NASTAVNIK_UPDATE_SNAPSHOTS=1 swift test --filter
/// ReportSnapshotTests` and commit them with the change.
@Suite struct ReportSnapshotTests {
  static let folder = ReportFolder.root.appendingPathComponent("Tests/EndToEndTests/Fixtures/snapshots")

  @Test(
    "report.md of the sample school matches the reviewed snapshot",
    arguments: [
      ("2025-2026/report.md", "sample-report.md"), ("2025-2026/public/report.md", "sample-report-public.md"),
    ])
  func markdownMatchesTheSnapshot(_ produced: String, _ snapshot: String) throws {
    let output = try ReportFolder()
    defer { output.remove() }
    try output.nastavnik("run", ["--public"])
    let text = String(decoding: try output.bytes(produced), as: UTF8.self)
    let url = Self.folder.appendingPathComponent(snapshot)
    if ProcessInfo.processInfo.environment["NASTAVNIK_UPDATE_SNAPSHOTS"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(lines, wanted).enumerated().first { $0.element.0 != $0.element.1 }
    #expect(
      text == expected,
      "\(produced) differs from \(snapshot) at line \((first?.offset ?? min(lines.count, wanted.count)) + 1): \(first.map { "«\($0.element.0)» ≠ «\($0.element.1)»" } ?? "length \(lines.count) ≠ \(wanted.count)")"
    )
  }
}
