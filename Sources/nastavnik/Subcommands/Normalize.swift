import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline

/// `nastavnik normalize`: the exports → the warehouse (`<output>/warehouse.sqlite`) and
/// `<output>/<year>/rejects.csv`.
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Этап 2: привести данные к единому виду и сохранить в reports/warehouse.sqlite; отклонённое — в rejects.csv."
  )

  @OptionGroup var common: CommonOptions

  func run() throws {
    let config = try common.resolvedConfig()
    let data = try runStage(common.language) { try NormalizeStage.run(config) }
    let quality = DataQuality(data)
    let used = data.files.reduce(0) { $0 + $1.rowsUsed }
    let rejected = data.files.reduce(0) { $0 + $1.rowsRejected }
    let folder = NormalizeStage.yearFolder(config, year: data.academicYear)
    if common.language == .ru {
      print("Учебный год \(data.academicYear): людей \(data.persons.count), пар \(data.pairs.count)")
      print("Строк использовано \(used), отклонено \(rejected) (см. \(folder)/rejects.csv)")
      print(
        "Не найдено людей: \(quality.unmatched.count), неоднозначно: \(quality.ambiguous.count), "
          + "сопоставлено не точно: \(quality.fuzzy.count)")
    } else {
      print("Academic year \(data.academicYear): \(data.persons.count) people, \(data.pairs.count) pairs")
      print("Rows used \(used), rejected \(rejected) (see \(folder)/rejects.csv)")
    }
    if data.persons.isEmpty { throw ExitCode(ExitStatus.data) }
  }
}
