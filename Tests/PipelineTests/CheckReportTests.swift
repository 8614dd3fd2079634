import Foundation
import MonitoringKit
import Pipeline
import TabularIO
import Testing

@Suite struct CheckReportTests {
  static let folder = Bundle.module.url(forResource: "Fixtures/school", withExtension: nil)!.path

  static func report() throws -> CheckReport {
    let config = try ResolvedConfig.load(RunOptions(input: folder, pipeline: "/nonexistent/year-end.yml"))
    return try CheckReport.make(config)
  }

  static func file(_ report: CheckReport, _ path: String) -> FileAccount? {
    report.data.files.first { $0.path == path }
  }

  @Test func everyVisibleFileIsListedInPathOrderAndHiddenOrLockFilesAreNot() throws {
    let paths = try Self.report().data.files.map(\.path)
    #expect(
      paths == [
        "анкета наставляемых.csv", "журналы/оценки 1 четверть.tsv", "инструкция.docx", "лишние столбцы.csv",
        "оценки.xlsx", "пары.csv", "пустой.csv", "только заголовок.csv", "ученики.csv",
      ])
  }

  @Test func eachDialectAndDatasetIsRecognised() throws {
    let report = try Self.report()
    let roster = try #require(Self.file(report, "ученики.csv"))
    #expect(roster.dataset == .students)
    #expect(roster.encoding == .windows1251)
    #expect(roster.delimiter == ";")
    #expect(roster.columns == ["№", "ФИО обучающегося", "Класс", "Дата рождения", "Пол"])
    #expect((roster.rowsRead, roster.rowsUsed, roster.rowsRejected) == (3, 3, 0))
    #expect(roster.findings.isEmpty)
    let survey = try #require(Self.file(report, "анкета наставляемых.csv"))
    #expect(survey.dataset == .survey)
    #expect(survey.encoding == .utf8)
    #expect(survey.delimiter == ",")
    #expect(survey.rowsRead == 2)
    let journal = try #require(Self.file(report, "журналы/оценки 1 четверть.tsv"))
    #expect(journal.dataset == .gradesWide)
    #expect(journal.encoding == .utf16le)
    #expect(journal.delimiter == "\t")
    #expect((journal.rowsRead, journal.rowsUsed) == (2, 2))
  }

  @Test func problemsCarryCodesAndPlaces() throws {
    let report = try Self.report()
    let pairs = try #require(Self.file(report, "пары.csv"))
    #expect(pairs.dataset == .pairs)
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

  @Test func everyRowIsUsedOrRejected() throws {
    for file in try Self.report().data.files {
      #expect(file.rowsUsed + file.rowsRejected == file.rowsRead, "\(file.path)")
    }
  }

  @Test func theJSONHasTheDataQualityKeys() throws {
    let json = try Self.report().json(catalog: Catalog(language: .ru)).serialized()
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let quality = try #require(object?["data_quality"] as? [String: Any])
    for key in [
      "files", "rows_read", "rows_used", "rows_rejected", "cells_rejected", "unmatched_persons",
      "ambiguous_persons",
      "fuzzy_matches", "duplicates_superseded", "unrecognized_files",
    ] {
      #expect(quality.keys.contains(key), "\(key) missing")
    }
    let files = try #require(quality["files"] as? [[String: Any]])
    #expect(files.count == 9)
    for file in files {
      for key in [
        "path", "dataset", "encoding", "delimiter", "rows_read", "rows_used", "rows_rejected",
        "cells_rejected", "sha256",
      ] {
        #expect(file.keys.contains(key), "\(key) missing")
      }
    }
    let roster = try #require(files.first { $0["path"] as? String == "ученики.csv" })
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/ученики.csv"))
    #expect(roster["sha256"] as? String == Hashing.sha256Hex(Array(bytes)))
    let problem = try #require(
      (files.first { $0["path"] as? String == "пары.csv" }?["problems"] as? [[String: Any]])?.first)
    #expect(problem["code"] as? String == "parse-error")
    #expect((problem["message"] as? String)?.contains("строке 3") == true)
  }

  @Test func theHumanReportIsRussianByDefaultAndEnglishOnRequest() throws {
    let report = try Self.report()
    let russian = report.text(catalog: Catalog(language: .ru))
    #expect(russian.contains("контингент; кодировка windows-1251, разделитель «;», столбцов 5"))
    #expect(russian.contains("строк: прочитано 3, использовано 3, отклонено 0"))
    #expect(russian.contains("как исправить: Откройте файл в Excel"))
    let english = report.text(catalog: Catalog(language: .en))
    #expect(english.contains("roster; encoding windows-1251, delimiter «;», columns 5"))
  }

  @Test func aMissingFolderIsAUsageProblem() throws {
    let config = try ResolvedConfig.load(
      RunOptions(input: "/nonexistent", pipeline: "/nonexistent/year-end.yml"))
    #expect(throws: InputDiscovery.Failure.notAFolder("/nonexistent")) {
      _ = try CheckReport.make(config)
    }
  }
}

/// `check --structure`: issue 2's inventory — how each file reads, with no normalization.
@Suite struct StructureCheckTests {
  @Test func everyFileIsReadAsATableWithItsProblems() throws {
    let config = try ResolvedConfig.load(
      RunOptions(input: CheckReportTests.folder, pipeline: "/nonexistent/year-end.yml"))
    let report = try StructureCheck.run(config)
    #expect(report.structureOnly)
    let files = Dictionary(uniqueKeysWithValues: report.data.files.map { ($0.path, $0) })
    #expect(files.count == 9)
    #expect(files["ученики.csv"]?.encoding == .windows1251)
    #expect(files["ученики.csv"]?.rowsRead == 3)
    #expect(files["журналы/оценки 1 четверть.tsv"]?.encoding == .utf16le)
    #expect(files["журналы/оценки 1 четверть.tsv"]?.delimiter == "\t")
    #expect(files["анкета наставляемых.csv"]?.delimiter == ",")
    #expect(files["пары.csv"]?.findings.map(\.code) == ["parse-error"])
    #expect(files["пары.csv"]?.rowsRead == 1)
    #expect(files["лишние столбцы.csv"]?.findings.map(\.code) == ["field-count"])
    #expect(files["пустой.csv"]?.findings.map(\.code) == ["empty-file"])
    #expect(files["оценки.xlsx"]?.findings.map(\.code) == ["spreadsheet"])
    #expect(report.data.files.allSatisfy { $0.dataset == nil && $0.rowsUsed == 0 })
    #expect(report.allFilesRead == false)
    #expect(
      report.text(catalog: Catalog(language: .ru)).contains(
        "таблица; кодировка windows-1251, разделитель «;», столбцов 5"))
  }
}
