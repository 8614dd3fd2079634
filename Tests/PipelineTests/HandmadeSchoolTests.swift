import Foundation
import MonitoringKit
import Pipeline
import TabularIO
import Testing

/// A school written by hand from the data contract (`Fixtures/make_handmade.py`), not by
/// `sample-data`. Every expected number below is worked out by hand from those texts.
@Suite struct HandmadeSchoolTests {
  static let folder = Bundle.module.url(forResource: "Fixtures/handmade", withExtension: nil)!.path
  static let pipelines = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../pipelines/year-end.yml").standardizedFileURL.path

  static func normalized() throws -> NormalizedData {
    try NormalizeStage.normalize(ResolvedConfig.load(RunOptions(input: folder, pipeline: pipelines)))
  }

  static func file(_ data: NormalizedData, _ path: String) throws -> FileAccount {
    try #require(data.files.first { $0.path == path })
  }

  static func person(_ data: NormalizedData, _ display: String) throws -> PersonID {
    try #require(data.persons.first { $0.name.display == display }?.id)
  }

  @Test func everyDatasetIsRecognisedAndEveryRowAccountedFor() throws {
    let data = try Self.normalized()
    // The lock file is skipped; the .docx is listed as not a table; eleven tables.
    #expect(data.files.count == 12)
    let expected: [(String, DatasetKind?, TextEncoding?, Int, Int, Int, Int)] = [
      // path, dataset, encoding, read, used, rejected, cells rejected
      ("анкета наставляемых итог.csv", .survey, .utf8, 4, 3, 1, 0),  // a superseded duplicate
      ("встречи.csv", .meetings, .utf8, 6, 5, 1, 0),  // pair 7 is unknown
      ("заметки куратора.docx", nil, nil, 0, 0, 0, 0),
      ("кружки.csv", .clubs, .windows1251, 4, 3, 1, 0),  // no month
      ("оценки за четверти.csv", .gradesLong, .utf8, 12, 12, 0, 0),  // twelve marks of known pupils
      ("пары наставничества.csv", .pairs, .utf8, 4, 3, 1, 0),  // «Кузнецов А.» fits two boys of 7Б
      ("профучёт.csv", .registry, .utf8, 3, 2, 1, 0),  // «вчера» is no date
      ("список 7А 7Б 10А.csv", .students, .windows1251, 9, 9, 0, 1),  // 30.02.2012
      // a 7, a pupil on no list, a row without a period
      ("успеваемость 7 классов.txt", .gradesLong, .utf16le, 10, 7, 3, 0),
      ("участники.csv", .participants, .utf8, 3, 3, 0, 0),  // three roster pupils as mentees
      ("филлипс май.csv", .survey, .utf8, 6, 6, 0, 0),  // six mentees, 58 items each
      ("филлипс сентябрь.csv", .survey, .utf8, 6, 6, 0, 0),
    ]
    #expect(data.files.map(\.path) == expected.map(\.0))
    for (path, dataset, encoding, read, used, rejected, cells) in expected {
      let file = try Self.file(data, path)
      #expect(file.dataset == dataset, "\(path)")
      #expect(file.encoding == encoding, "\(path)")
      let actual: [Int] = [file.rowsRead, file.rowsUsed, file.rowsRejected, file.cellsRejected]
      let wanted: [Int] = [read, used, rejected, cells]
      #expect(actual == wanted, "\(path)")
    }
    #expect(data.academicYear == AcademicYear(startYear: 2025))
  }

  @Test func rejectsNameTheirReasons() throws {
    let data = try Self.normalized()
    let reasons = data.rejects.map { "\($0.path):\($0.line ?? 0):\($0.reason.rawValue)" }
    #expect(
      Set(reasons) == [
        "анкета наставляемых итог.csv:2:duplicate-superseded", "встречи.csv:7:unknown-pair",
        "кружки.csv:5:period-unknown", "пары наставничества.csv:5:ambiguous-person",
        "профучёт.csv:4:type-error",
        "список 7А 7Б 10А.csv:10:type-error", "успеваемость 7 классов.txt:8:out-of-range",
        "успеваемость 7 классов.txt:10:unknown-person", "успеваемость 7 классов.txt:11:period-unknown",
      ])
  }

  @Test func peopleAreResolvedByTheContractRules() throws {
    let data = try Self.normalized()
    // Nine roster people plus nobody else: every other row found one of them or was rejected.
    #expect(data.persons.count == 9)
    let rules = Dictionary(
      data.matches.filter { $0.status == .matched }.map { ("\($0.rawName)|\($0.rawClass ?? "")", $0.rule) },
      uniquingKeysWith: { first, _ in first })
    #expect(rules["Орлова М.В.|10А"] == .initials)
    #expect(rules["Иванов Пётр|7А"] == .missingPatronymic)
    #expect(rules["Лебедева Мария|7Б"] == .missingPatronymic)
    #expect(rules["Олег Егоров|10А"] == .swappedNames)
    #expect(rules["Иванов Петр|7А"] == .missingPatronymic)  // ё written as е
    let ambiguous = try #require(data.matches.first { $0.status == .ambiguous })
    #expect(ambiguous.rawName == "Кузнецов А.")
    #expect(ambiguous.candidates.count == 2)
    #expect(
      data.matches.filter { $0.status == .unmatched }.map(\.rawName).sorted() == [
        "Неизвестный Ученик", "Петров Пётр",
      ])
  }

  @Test func pairsRolesAndMeetings() throws {
    let data = try Self.normalized()
    #expect(data.pairs.map(\.key) == ["1", "2"])
    let orlova = try Self.person(data, "Орлова Мария Викторовна")
    let egorov = try Self.person(data, "Егоров Олег Павлович")
    #expect(data.pairs[0].mentor == orlova)
    #expect(data.pairs[0].mentees == [try Self.person(data, "Иванов Пётр Сергеевич")])
    #expect(data.pairs[1].mentor == egorov)
    #expect(
      data.pairs[1].mentees == [
        try Self.person(data, "Соколов Илья Андреевич"), try Self.person(data, "Лебедева Мария Олеговна"),
      ])
    #expect(data.pairs.map { $0.model?.label } == ["успевающий – неуспевающий", "лидер – пассивный"])
    #expect(data.roles.filter { $0.role == .mentor }.count == 2)
    // Three mentees from the pairs (Иванов, Соколов, Лебедева; «Кузнецов А.» was ambiguous) and
    // three from участники.csv (Смирнова, Семёнова, Кузнецов Артём).
    #expect(data.roles.filter { $0.role == .mentee }.count == 6)
    #expect(
      data.meetings.map { $0.type?.label } == [
        "знакомство", "планирование", "рабочая", "итоговая", "знакомство",
      ])
  }

  @Test func marksAreAggregatedPerPersonSubjectAndPeriod() throws {
    let data = try Self.normalized()
    let ivanov = try Self.person(data, "Иванов Пётр Сергеевич")
    func cell(_ person: PersonID, _ subject: String, _ period: Period) -> GradeCell? {
      data.grades.first { $0.person == person && $0.subject == subject && $0.period == period }
    }
    let q1 = Period(kind: .quarter, index: 1)!
    let q4 = Period(kind: .quarter, index: 4)!
    // «1» under «Четверть» is the first quarter; «3/4» is two marks; «4+» is a 4.
    #expect(cell(ivanov, "Математика", q1).map { [$0.numericCount, Int($0.numericSum)] } == [1, 3])
    #expect(cell(ivanov, "Математика", q4)?.mean == 4)
    #expect(cell(ivanov, "Русский язык", q1).map { [$0.numericCount, $0.n3, $0.n4] } == [2, 1, 1])
    #expect(cell(ivanov, "Русский язык", q4)?.n4 == 1)
    let sokolov = try Self.person(data, "Соколов Илья Андреевич")
    #expect(cell(sokolov, "Математика", q1).map { [$0.numericCount, $0.notAttested] } == [0, 1])
    #expect(cell(sokolov, "Математика", .year)?.mean == 3)
    let lebedeva = try Self.person(data, "Лебедева Мария Олеговна")
    #expect(cell(lebedeva, "Физкультура", q1)?.exempt == 1)
    // The journal's 7 was rejected; only the 2 of оценки за четверти.csv is left.
    #expect(cell(lebedeva, "Математика", q1).map { [$0.numericCount, $0.n2] } == [1, 1])
    // Seven cells from the journal export and one per row of оценки за четверти.csv (twelve rows,
    // no person × subject × period twice): 7 + 12.
    #expect(data.grades.count == 19)
  }

  @Test func surveysKeepAnswersWithWavesAndDropTheEarlierDuplicate() throws {
    let normalized = try Self.normalized()
    let form = try #require(normalized.files.firstIndex { $0.path == "анкета наставляемых итог.csv" })
    var data = normalized
    data.answers = normalized.answers.filter { $0.file == form }
    // Four rows, the first superseded: three submissions × two answers.
    #expect(data.answers.count == 6)
    #expect(Set(data.answers.map(\.wave)) == [.post])  // «итог» in the file name
    let ivanov = try Self.person(data, "Иванов Пётр Сергеевич")
    #expect(data.answers.filter { $0.person == ivanov }.map(\.value) == ["10", "Да"])
    #expect(data.answers.filter { $0.person == nil }.map(\.value) == ["8", "нет"])
    #expect(data.answers.first { $0.value == "10, очень" } != nil)
  }

  @Test func clubsAndRegistry() throws {
    let data = try Self.normalized()
    #expect(data.clubs.map(\.month.rawValue) == [1, 9, 9])  // сентябрь = 1, май = 9, 15.05.2026 → май
    #expect(data.clubs.map(\.attended) == [nil, 6, 3])
    #expect(data.registry.map(\.type.label) == ["ВШУ", "ПДН"])
    #expect(data.registry.first?.dateOff == SchoolDate(year: 2026, month: 3, day: 20))
  }

  @Test func runningTwiceGivesTheSameWarehouseAndRejects() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "nastavnik-\(UUID().uuidString)"
    ).path
    let options = RunOptions(input: Self.folder, pipeline: Self.pipelines, output: folder)
    let config = try ResolvedConfig.load(options)
    try NormalizeStage.run(config)
    let first = try Data(contentsOf: URL(fileURLWithPath: folder + "/2025-2026/rejects.csv"))
    try NormalizeStage.run(config)
    let second = try Data(contentsOf: URL(fileURLWithPath: folder + "/2025-2026/rejects.csv"))
    #expect(first == second)
    #expect(first.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.contains("успеваемость 7 классов.txt;10;ФИО;Петров Пётр;unknown-person"))
  }
}
