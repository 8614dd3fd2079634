import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline
import SampleData

/// `nastavnik sample-data`: a realistic synthetic school's exports, seeded.
struct SampleDataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample-data",
    abstract:
      "Создать выгрузки условной школы: все виды файлов, разные кодировки и разделители, типичные ошибки."
  )

  @Option(name: .long, help: "Папка, куда записать файлы.")
  var out: String

  @Option(name: .long, help: "Число учеников.")
  var students = 1000

  @Option(name: .long, help: "Зерно генератора: одно и то же зерно даёт одни и те же файлы.")
  var seed: UInt64 = 2025

  @Option(
    name: .long, help: "Отметки: period (ведомости за четверти и год) или current (журнал текущих отметок).")
  var marks = "period"

  @Option(name: .long, help: "Учебный год, например 2025/2026.")
  var year = "2025/2026"

  @Option(name: .long, help: "Строк в журнале текущих отметок (для --marks current).")
  var journalRows = 5_000_000

  func validate() throws {
    guard students >= 20 else { throw ValidationError("--students: нужно не меньше 20 учеников.") }
    guard SampleOptions.Marks(rawValue: marks) != nil else {
      throw ValidationError("--marks: ожидается period или current, получено «\(marks)».")
    }
    guard AcademicYear(year) != nil else { throw ValidationError("--year: ожидается вида 2025/2026.") }
  }

  func run() throws {
    let options = SampleOptions(
      students: students, seed: seed, marks: SampleOptions.Marks(rawValue: marks)!,
      academicYear: AcademicYear(year)!,
      journalRows: journalRows)
    let names = try SampleDataJob.write(options, to: out)
    print("Записано файлов: \(names.count) в \(out)")
    for name in names { print("  \(name)") }
  }
}
