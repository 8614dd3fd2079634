import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline

/// `nastavnik ingest`: the inventory of the input folder, written to `<output>/ingest.json`.
struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Этап 1: опись выгрузок (что за файлы, кодировки, строки) в reports/ingest.json."
  )

  @OptionGroup var common: CommonOptions

  func run() throws {
    let config = try common.resolvedConfig()
    let report = try runStage(common.language) { try IngestStage.run(config) }
    let rows = report.data.files.reduce(0) { $0 + $1.rowsRead }
    print(
      common.language == .ru
        ? "Опись: файлов \(report.data.files.count), строк \(rows) → \(config.options.output)/ingest.json"
        : "Inventory: \(report.data.files.count) files, \(rows) rows → \(config.options.output)/ingest.json")
    if !report.allFilesRead { throw ExitCode(ExitStatus.data) }
  }
}
