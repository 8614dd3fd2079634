import Foundation
import MonitoringKit
import Pipeline
import Testing
import Warehouse

/// Wave inference, curator overrides and the warehouse's year replacement, on small folders.
@Suite struct NormalizeBehaviourTests {
  static let roster = "ФИО;Класс\nИванов Пётр Сергеевич;7А\nСмирнова Анна Игоревна;7Б\n"

  static func normalize(
    _ folder: TemporaryFolder, pipeline: String = "/nonexistent/year-end.yml", year: String? = nil
  )
    throws -> NormalizedData
  {
    try NormalizeStage.normalize(
      ResolvedConfig.load(
        RunOptions(input: folder.path, pipeline: pipeline, year: year.flatMap(AcademicYear.init))))
  }

  @Test func waveComesFromTheColumnThenTheFileNameThenTheTimestamp() throws {
    let folder = try TemporaryFolder()
    try folder.write("ученики.csv", Self.roster)
    // No wave in the name: the timestamp decides against the programme's midpoint (15.01.2026).
    try folder.write(
      "опрос.csv",
      "Отметка времени,ФИО,Класс,Вопрос\n2025/09/20 10:00:00 AM GMT+3,Иванов Пётр,7А,да\n"
        + "2026/05/20 10:00:00 AM GMT+3,Смирнова Анна,7Б,нет\n")
    // «итог» in the name wins over the September timestamp.
    try folder.write(
      "опрос итоговый.csv",
      "Отметка времени,ФИО,Класс,Вопрос 2\n2025/09/20 10:00:00 AM GMT+3,Иванов Пётр,7А,да\n")
    // A wave column wins over the file name.
    try folder.write(
      "опрос итоговый 2.csv",
      "Отметка времени,ФИО,Класс,Этап,Вопрос 3\n2026/05/20 10:00:00 AM GMT+3,Иванов Пётр,7А,входное,да\n")
    let data = try Self.normalize(folder)
    func wave(_ header: String, _ value: String) -> Wave? {
      data.answers.first { $0.header == header && $0.value == value }?.wave
    }
    #expect(wave("Вопрос", "да") == .pre)
    #expect(wave("Вопрос", "нет") == .post)
    #expect(wave("Вопрос 2", "да") == .post)
    #expect(wave("Вопрос 3", "да") == .pre)
  }

  @Test func theCuratorsMatchesFileIsAppliedFirst() throws {
    let folder = try TemporaryFolder()
    let pipelines = try TemporaryFolder()
    try folder.write("ученики.csv", Self.roster)
    try folder.write(
      "пары.csv", "Наставник;Наставляемый;Класс наставляемого\nСмирнова Анна Игоревна;Петя И.;7А\n")
    try pipelines.write("year-end.yml", "")
    try pipelines.write(
      "matches.csv", "как в файле;класс;как в списке;класс\nПетя И.;7А;Иванов Пётр Сергеевич;7А\n")
    let data = try Self.normalize(folder, pipeline: pipelines.file("year-end.yml"))
    let ivanov = try #require(data.persons.first { $0.name.display == "Иванов Пётр Сергеевич" })
    #expect(data.pairs.first?.mentees == [ivanov.id])
    #expect(data.matches.first { $0.rawName == "Петя И." }?.rule == .override)
    #expect(data.persons.count == 2)
  }

  @Test func aWideSheetTakesItsPeriodFromTheFileName() throws {
    let folder = try TemporaryFolder()
    try folder.write("ученики.csv", Self.roster)
    try folder.write("ведомость_2_четверть.csv", "ФИО;Класс;Алгебра;История\nИванов Пётр Сергеевич;7А;4;5\n")
    try folder.write("ведомость без периода.csv", "ФИО;Класс;Алгебра;История\nИванов Пётр Сергеевич;7А;3;3\n")
    let data = try Self.normalize(folder)
    #expect(Set(data.grades.map(\.period)) == [Period(kind: .quarter, index: 2)!])
    let undated = try #require(data.files.first { $0.path == "ведомость без периода.csv" })
    #expect(undated.rowsRejected == 1)
    #expect(data.rejects.contains { $0.reason == .periodUnknown && $0.path == "ведомость без периода.csv" })
  }

  @Test func rowsWithAnEmptyFullNameAreTakenFromTheSplitNameColumnsOneByOne() throws {
    let folder = try TemporaryFolder()
    try folder.write("ученики.csv", "ФИО;Класс\nИванов Пётр Сергеевич;7А\nСмирнова Анна Игоревна;7А\n")
    // Both rows have an empty ФИО and the same class: only the split columns tell them apart.
    try folder.write(
      "кружки.csv",
      "ФИО;Фамилия;Имя;Класс;Кружок;Месяц\n;Иванов;Пётр;7А;Шахматы;октябрь\n"
        + ";Смирнова;Анна;7А;Шахматы;октябрь\nИванов Пётр;;;7А;Шахматы;ноябрь\n")
    let data = try Self.normalize(folder)
    let ivanov = try #require(data.persons.first { $0.name.display == "Иванов Пётр Сергеевич" })
    let smirnova = try #require(data.persons.first { $0.name.display == "Смирнова Анна Игоревна" })
    #expect(data.clubs.map(\.person) == [ivanov.id, smirnova.id, ivanov.id])
  }

  @Test func storingAYearReplacesItAndLeavesOtherYearsAlone() throws {
    let folder = try TemporaryFolder()
    let output = try TemporaryFolder()
    try folder.write("ученики.csv", Self.roster)
    func run(_ year: String) throws {
      try NormalizeStage.run(
        ResolvedConfig.load(
          RunOptions(
            input: folder.path, pipeline: "/nonexistent/year-end.yml", output: output.path,
            year: AcademicYear(year))))
    }
    try run("2024/2025")
    try run("2025/2026")
    try folder.write("ещё ученики.csv", "ФИО;Класс\nОрлов Олег;8А\n")
    try run("2025/2026")
    let warehouse = try Warehouse(path: output.file("warehouse.sqlite"))
    #expect(try warehouse.years() == ["2024/2025", "2025/2026"])
    #expect(try warehouse.load(year: "2024/2025")?.persons.count == 2)
    #expect(try warehouse.load(year: "2025/2026")?.persons.count == 3)
    #expect(try warehouse.previousYear(of: "2025/2026") == "2024/2025")
  }
}
