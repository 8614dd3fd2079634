import Foundation
import MonitoringKit
import Pipeline
import Testing

@Suite struct CheckReportTests {
  static let folder = Bundle.module.url(forResource: "Fixtures/school", withExtension: nil)!.path

  static func report() throws -> CheckReport {
    try CheckReport.make(folder: folder)
  }

  static func file(_ report: CheckReport, _ path: String) -> FileInspection? {
    report.files.first { $0.path == path }
  }

  @Test func everyVisibleFileIsListedInPathOrderAndHiddenOrLockFilesAreNot() throws {
    let paths = try Self.report().files.map(\.path)
    #expect(
      paths == [
        "анкета наставляемых.csv", "журналы/оценки 1 четверть.tsv", "инструкция.docx", "лишние столбцы.csv",
        "оценки.xlsx", "пары.csv", "пустой.csv", "только заголовок.csv", "ученики.csv",
      ])
  }

  @Test func eachDialectIsRecognised() throws {
    let report = try Self.report()
    let roster = try #require(Self.file(report, "ученики.csv"))
    #expect(roster.encoding == .windows1251)
    #expect(roster.dialect?.delimiterString == ";")
    #expect(roster.columns == ["№", "ФИО обучающегося", "Класс", "Дата рождения", "Пол"])
    #expect(roster.rowsRead == 3)
    #expect(roster.findings.isEmpty)
    let survey = try #require(Self.file(report, "анкета наставляемых.csv"))
    #expect(survey.encoding == .utf8)
    #expect(survey.dialect?.delimiterString == ",")
    #expect(survey.rowsRead == 2)
    let journal = try #require(Self.file(report, "журналы/оценки 1 четверть.tsv"))
    #expect(journal.encoding == .utf16le)
    #expect(journal.dialect?.delimiterString == "\t")
    #expect(journal.columns == ["Ученик", "Класс", "Математика", "Русский язык"])
  }

  @Test func problemsCarryCodesAndPlaces() throws {
    let report = try Self.report()
    let pairs = try #require(Self.file(report, "пары.csv"))
    #expect(pairs.rowsRead == 1)  // the row before the open quote
    #expect(pairs.findings.map(\.code) == ["parse-error"])
    // «№ пары;Наставник;Наставляемый\n» is 57 bytes («№» takes 3, each Cyrillic letter 2),
    // «1;Орлова Мария;Иванов Пётр\n» 48, the broken line 3 51 and line 4 48: the quote opened
    // in the third field of the row on line 3 is still open when the file ends at byte 204.
    #expect(pairs.findings.first?.location == SourceLocation(line: 3, column: 3, byte: 204))
    let extra = try #require(Self.file(report, "лишние столбцы.csv"))
    #expect(extra.findings.map(\.message) == [.fieldCountMismatch(expected: 2, rows: 2, firstLines: [3, 4])])
    #expect(Self.file(report, "пустой.csv")?.findings.map(\.code) == ["empty-file"])
    #expect(Self.file(report, "только заголовок.csv")?.findings.map(\.code) == ["header-only"])
    #expect(Self.file(report, "оценки.xlsx")?.findings.map(\.code) == ["spreadsheet"])
    #expect(Self.file(report, "инструкция.docx")?.findings.map(\.code) == ["not-a-table"])
    #expect(report.allFilesRead == false)
  }

  @Test func theJSONHasTheContractedShape() throws {
    let json = try Self.report().json(catalog: Catalog(language: .ru)).serialized()
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let files = try #require(object?["files"] as? [[String: Any]])
    #expect(files.count == 9)
    for file in files {
      for key in ["path", "encoding", "delimiter", "columns", "rows_read", "problems"] {
        #expect(file.keys.contains(key), "\(key) missing")
      }
    }
    let problem = try #require((files.first { $0["path"] as? String == "пары.csv" }?["problems"] as? [[String: Any]])?.first)
    #expect(problem["code"] as? String == "parse-error")
    #expect((problem["message"] as? String)?.contains("строке 3") == true)
    #expect(problem["line"] as? Int == 3)
  }

  @Test func theHumanReportIsRussianByDefaultAndEnglishOnRequest() throws {
    let report = try Self.report()
    let russian = report.text(catalog: Catalog(language: .ru))
    #expect(russian.contains("кодировка windows-1251, разделитель «;», столбцов 5, строк данных 3"))
    #expect(russian.contains("как исправить: Откройте файл в Excel"))
    let english = report.text(catalog: Catalog(language: .en))
    #expect(english.contains("encoding windows-1251, delimiter «;», columns 5, data rows 3"))
  }

  @Test func aMissingFolderIsAUsageProblem() {
    #expect(throws: InputDiscovery.Failure.notAFolder("/nonexistent")) {
      _ = try CheckReport.make(folder: "/nonexistent")
    }
  }
}
