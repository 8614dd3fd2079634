import Foundation
import Testing

/// `nastavnik run` and `render` end to end on real folders: reproducible bytes, the manifest,
/// render alone, the public edition and the hand-made school.
@Suite struct ReportRunTests {
  @Test("Two runs with the time pinned give byte-identical files, every one of them")
  func twoRunsAreByteIdentical() throws {
    let first = try ReportFolder()
    let second = try ReportFolder()
    defer {
      first.remove()
      second.remove()
    }
    let outcome = try first.nastavnik("run", ["--public"])
    try second.nastavnik("run", ["--public"])
    let files = first.files()
    #expect(files == second.files())
    for name in [
      "warehouse.sqlite", "ingest.json", "2025-2026/indicators.json", "2025-2026/rejects.csv",
      "2025-2026/manifest.json", "2025-2026/report.html", "2025-2026/report.md",
      "2025-2026/public/report.html", "2025-2026/public/report.md",
    ] {
      #expect(files.contains(name), "\(name) missing")
    }
    #expect(files.contains { $0.hasPrefix("2025-2026/charts/") && $0.hasSuffix(".svg") })
    for name in files {
      #expect(try first.bytes(name) == second.bytes(name), "\(name) differs between two runs")
    }
    // The summary is Russian, on stdout; stderr is no terminal here, so no progress lines.
    #expect(outcome.stdout.contains("Отчёт за 2025/2026 учебный год: \(first.file("2025-2026/report.html"))"))
    #expect(outcome.stdout.contains("Строк прочитано"))
    #expect(outcome.stderr.isEmpty)
  }

  @Test("manifest.json: version, config hash, every input's SHA-256 and rows, outputs, pinned timings")
  func manifestRecordsTheRun() throws {
    let folder = try ReportFolder()
    defer { folder.remove() }
    try folder.nastavnik("run")
    let object = try #require(
      try JSONSerialization.jsonObject(with: folder.bytes("2025-2026/manifest.json")) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "tool", "tool_version", "academic_year", "generated_on", "config", "input_folder", "inputs",
        "rows_read", "rows_used", "rows_rejected", "outputs", "timings", "stage_seconds",
      ])
    #expect(object["tool_version"] as? String == "0.3.0")
    #expect(object["generated_on"] as? String == "2026-05-28")
    let config = try #require(object["config"] as? [String: Any])
    #expect(config["path"] as? String == ReportFolder.pipeline)
    #expect(config["sha256"] as? String == (try ReportFolder.sha256(ReportFolder.pipeline)))

    let inputs = try #require(object["inputs"] as? [[String: Any]])
    let tables = try FileManager.default.contentsOfDirectory(atPath: ReportFolder.surveys)
      .filter { !$0.hasPrefix(".") }
    #expect(inputs.count == tables.count)
    var read = 0
    for input in inputs {
      let path = try #require(input["path"] as? String)
      #expect(input["sha256"] as? String == (try ReportFolder.sha256(path)), "\(path)")
      let rows = try #require(input["rows_read"] as? Int)
      #expect(rows == (input["rows_used"] as? Int ?? -1) + (input["rows_rejected"] as? Int ?? -1))
      read += rows
    }
    #expect(read == object["rows_read"] as? Int)
    #expect(inputs.contains { $0["dataset"] as? String == "students" })

    let outputs = try #require(object["outputs"] as? [String])
    #expect(outputs.contains("2025-2026/report.html"))
    #expect(outputs.contains("2025-2026/indicators.json"))
    for output in outputs {
      #expect(FileManager.default.fileExists(atPath: folder.file(output)), "\(output)")
    }
    #expect(object["timings"] as? String == "pinned")
    let seconds = try #require(object["stage_seconds"] as? [String: Any])
    #expect(Set(seconds.keys) == ["ingest", "normalize", "compute", "render"])
    #expect(seconds.values.allSatisfy { $0 is NSNull })
  }

  @Test("Without a pinned time the manifest measures each stage")
  func unpinnedRunMeasuresStages() throws {
    let folder = try ReportFolder()
    defer { folder.remove() }
    let outcome = try CommandLineTests.run(
      [
        "run", "--input", ReportFolder.handmade, "--pipeline", ReportFolder.pipeline, "--output", folder.path,
      ], environment: ["SOURCE_DATE_EPOCH": ""])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: folder.bytes("2025-2026/manifest.json")) as? [String: Any])
    #expect(object["timings"] as? String == "measured")
    let seconds = try #require(object["stage_seconds"] as? [String: Double])
    #expect(seconds.count == 4 && seconds.values.allSatisfy { $0 >= 0 })
  }

  @Test("--now pins the date shown in the report")
  func nowOptionPinsTheDate() throws {
    let folder = try ReportFolder()
    defer { folder.remove() }
    try folder.nastavnik("run", input: ReportFolder.handmade, ["--now", "2026-06-01"])
    #expect(try folder.text("2025-2026/report.md").contains("01.06.2026"))
    let bad = try CommandLineTests.run(["run", "--now", "вчера", "--output", folder.path])
    #expect(bad.status == 2)
  }

  @Test("render alone, after run, writes the same report and removes charts it no longer has")
  func renderAloneGivesTheSameReport() throws {
    let folder = try ReportFolder()
    defer { folder.remove() }
    try folder.nastavnik("run", ["--public"])
    let names = folder.files().filter { $0.contains("report.") || $0.contains("charts/") }
    let before = try names.map { try folder.bytes($0) }
    let stale = folder.file("2025-2026/charts/old-chart.svg")
    try Data("<svg/>".utf8).write(to: URL(fileURLWithPath: stale))
    try FileManager.default.removeItem(atPath: folder.file("2025-2026/report.html"))
    try folder.nastavnik("render", ["--public"])
    #expect(folder.files().filter { $0.contains("report.") || $0.contains("charts/") } == names)
    for (name, bytes) in zip(names, before) {
      #expect(try folder.bytes(name) == bytes, "\(name) differs between run and render")
    }
  }

  @Test("normalize, compute and render one by one give exactly what run gives")
  func stagesOneByOneEqualRun() throws {
    let whole = try ReportFolder()
    let staged = try ReportFolder()
    defer {
      whole.remove()
      staged.remove()
    }
    try whole.nastavnik("run", ["--public"])
    try staged.nastavnik("normalize")
    try staged.nastavnik("compute")
    try staged.nastavnik("render", ["--public"])
    // The data-quality block (headers, unclaimed columns, file problems such as the .xlsx
    // advice) comes back from the warehouse whole, so indicators and reports are the same bytes.
    for name in [
      "2025-2026/indicators.json", "2025-2026/rejects.csv", "2025-2026/report.html", "2025-2026/report.md",
      "2025-2026/public/report.html", "2025-2026/public/report.md",
    ] {
      #expect(try staged.bytes(name) == whole.bytes(name), "\(name) differs between the stages and run")
    }
    #expect(try staged.text("2025-2026/indicators.json").contains("\"code\": \"spreadsheet\""))
  }

  @Test("render without indicators.json exits 1 and says to run compute")
  func renderWithoutIndicatorsFails() throws {
    let folder = try ReportFolder()
    defer { folder.remove() }
    try folder.nastavnik("normalize", input: ReportFolder.handmade)
    let outcome = try CommandLineTests.run(
      [
        "render", "--input", ReportFolder.handmade, "--pipeline", ReportFolder.pipeline, "--output",
        folder.path,
      ])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("nastavnik compute"))
  }

  @Test("The public report holds none of the roster's names; the internal one does")
  func publicReportHasNoNames() throws {
    let folder = try ReportFolder()
    defer { folder.remove() }
    try folder.nastavnik("run", ["--public"])
    let roster = try Self.rosterNames(
      (ReportFolder.surveys as NSString).appendingPathComponent("Контингент 2025-2026.csv"))
    #expect(roster.count > 100)
    for name in folder.files() where name.hasPrefix("2025-2026/public/") {
      let words = Self.words(try folder.text(name))
      let found = roster.intersection(words)
      #expect(found.isEmpty, "\(name) names \(found.sorted().prefix(5))")
    }
    #expect(!roster.intersection(Self.words(try folder.text("2025-2026/report.md"))).isEmpty)
  }

  @Test("The hand-made school runs to a report, internal and public")
  func handmadeSchoolRunsToAReport() throws {
    let folder = try ReportFolder()
    defer { folder.remove() }
    let outcome = try folder.nastavnik("run", input: ReportFolder.handmade, ["--public"])
    #expect(outcome.stdout.contains("2025-2026/report.html"))
    let markdown = try folder.text("2025-2026/report.md")
    #expect(markdown.contains("Мониторинг реализации программы наставничества"))
    #expect(markdown.contains("Успеваемость"))
    let html = try folder.text("2025-2026/public/report.html")
    #expect(html.hasPrefix("<!DOCTYPE html>") || html.hasPrefix("<!doctype html>"))
    let roster = try Self.rosterNames(
      (ReportFolder.handmade as NSString).appendingPathComponent("список 7А 7Б 10А.csv"))
    #expect(roster.intersection(Self.words(html)).isEmpty)
  }

  /// Surnames and first names of a cp1251 `;` roster with «Фамилия», «Имя» columns, or a
  /// «ФИО» column.
  static func rosterNames(_ path: String) throws -> Set<String> {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let text = try #require(String(data: data, encoding: .windowsCP1251))
    var lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ";").map(String.init) }
    let header = lines.removeFirst()
    var names: Set<String> = []
    for field in ["Фамилия", "Имя", "ФИО", "Фамилия Имя Отчество"] {
      guard let column = header.firstIndex(of: field) else { continue }
      for line in lines where column < line.count {
        let parts = line[column].split(separator: " ").map(String.init)
        names.formUnion(field == "Имя" ? parts.prefix(1) : parts.prefix(2))
      }
    }
    return names.filter { $0.count >= 3 }
  }

  /// The Cyrillic words of a text.
  static func words(_ text: String) -> Set<String> {
    Set(text.split { !($0.isLetter || $0 == "-") }.map(String.init))
  }
}
