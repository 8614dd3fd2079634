import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline

/// `nastavnik check`: reads every input file and prints what was recognised and every problem.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Проверить входные файлы: кодировка, разделитель, столбцы, строки и все ошибки; отчёт не пишется."
  )

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Вывести результат в JSON.")
  var json = false

  func run() throws {
    let catalog = Catalog(language: common.language)
    let report: CheckReport
    do {
      report = try CheckReport.make(folder: common.input)
    } catch {
      throw UsageFailure(message: "\(catalog.phrase(.folderNotFound)): \(common.input)")
    }
    let output = json ? report.json(catalog: catalog).serialized() : report.text(catalog: catalog)
    FileHandle.standardOutput.write(Data(output.utf8))
    if !report.allFilesRead { throw ExitCode(ExitStatus.data) }
  }
}
