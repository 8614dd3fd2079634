import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline

/// `nastavnik check`: reads and normalizes every input file, prints what was recognised and
/// every problem; writes nothing.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Проверить выгрузки: что распознано, кто не найден, что отклонено и почему; ничего не записывается."
  )

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Вывести результат в JSON ({\"data_quality\": …}).")
  var json = false

  @Flag(
    name: .long,
    help:
      "Только структура файлов (кодировка, разделитель, столбцы, строки, ошибки), без сопоставления людей.")
  var structure = false

  func run() throws {
    let catalog = Catalog(language: common.language)
    let config = try common.resolvedConfig()
    let report = try runStage(common.language) {
      try structure ? StructureCheck.run(config) : CheckReport.make(config)
    }
    let output = json ? report.json(catalog: catalog).serialized() : report.text(catalog: catalog)
    FileHandle.standardOutput.write(Data(output.utf8))
    if !report.allFilesRead { throw ExitCode(ExitStatus.data) }
  }
}
