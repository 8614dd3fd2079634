import Foundation
import Testing

/// The report as a principal prints it: headless Chromium → PDF → poppler's `pdfinfo` and
/// `pdftotext`. `scripts/test.sh` installs both; a missing tool fails the test, never skips it.
@Suite struct ReportPDFTests {
  @Test("report.html prints to an A4 PDF of 3–40 pages whose Russian text can be extracted")
  func reportPrintsToPDF() throws {
    let chromium = try #require(
      Self.tool(["chromium", "chromium-browser", "google-chrome"]),
      "chromium is not installed: run `bash scripts/test.sh` (it installs chromium and poppler-utils) or apt-get install chromium"
    )
    let pdfinfo = try #require(
      Self.tool(["pdfinfo"]), "pdfinfo is not installed: apt-get install poppler-utils (scripts/test.sh does)"
    )
    let pdftotext = try #require(
      Self.tool(["pdftotext"]),
      "pdftotext is not installed: apt-get install poppler-utils (scripts/test.sh does)")

    let folder = try ReportFolder()
    defer { folder.remove() }
    try folder.nastavnik("run")
    let html = folder.file("2025-2026/report.html")
    let pdf = folder.file("report.pdf")
    let profile = folder.file("chromium-profile")
    let print = try Self.execute(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)", "--print-to-pdf=\(pdf)",
        "--no-pdf-header-footer", URL(fileURLWithPath: html).absoluteString,
      ])
    #expect(FileManager.default.fileExists(atPath: pdf), "chromium wrote no PDF: \(print)")

    let info = try Self.execute(pdfinfo, [pdf])
    let pagesLine = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }, "\(info)")
    let pages = try #require(Int(pagesLine.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    #expect((3...40).contains(pages), "\(pages) pages")

    let text = try Self.execute(pdftotext, ["-enc", "UTF-8", pdf, "-"])
    // Line breaks in the PDF may split a title: compare with whitespace collapsed.
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("Мониторинг реализации программы наставничества"))
    #expect(flat.contains("Успеваемость"))
  }

  /// The first of `names` found on the `PATH`.
  static func tool(_ names: [String]) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in names {
      for folder in path.split(separator: ":") {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  /// Runs `tool` and returns its stdout (stderr is discarded: Chromium is chatty).
  static func execute(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
