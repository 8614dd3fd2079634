import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline

/// `nastavnik run`: every stage in one process, from the exports to the report.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Всё сразу: опись, нормализация, показатели и отчёт → reports/<год>/report.html и manifest.json."
  )

  @OptionGroup var common: CommonOptions

  @Flag(
    name: .long,
    help: "Также открытый отчёт для сайта в reports/<год>/public/: без имён, малые числа скрыты.")
  var `public` = false

  func run() throws {
    let config = try common.resolvedConfig()
    let showProgress = isatty(STDERR_FILENO) != 0
    let result: RunStage.Result
    do {
      result = try runStage(common.language) {
        try RunStage.run(config, publicReport: `public`) { line in
          if showProgress { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        }
      }
    } catch let failure as RunStage.Failure {
      FileHandle.standardError.write(Data((failure.description + "\n").utf8))
      throw ExitCode(ExitStatus.data)
    }
    let files = result.data.files
    let read = files.reduce(0) { $0 + $1.rowsRead }
    let used = files.reduce(0) { $0 + $1.rowsUsed }
    let rejected = files.reduce(0) { $0 + $1.rowsRejected }
    let rejects = (result.yearFolder as NSString).appendingPathComponent("rejects.csv")
    if common.language == .ru {
      print("Отчёт за \(result.data.academicYear) учебный год: \(result.render.reportPath)")
      if let path = result.render.publicReportPath { print("Открытый отчёт (для сайта): \(path)") }
      print("Строк прочитано \(read), использовано \(used), отклонено \(rejected) (причины: \(rejects))")
      if !result.allFilesRead { print("Не все файлы прочитаны до конца: подробности — nastavnik check.") }
    } else {
      print("Report for \(result.data.academicYear): \(result.render.reportPath)")
      if let path = result.render.publicReportPath { print("Public report: \(path)") }
      print("Rows read \(read), used \(used), rejected \(rejected) (reasons: \(rejects))")
      if !result.allFilesRead { print("Some files were not read to their end: see nastavnik check.") }
    }
    if !result.allFilesRead { throw ExitCode(ExitStatus.data) }
  }
}
