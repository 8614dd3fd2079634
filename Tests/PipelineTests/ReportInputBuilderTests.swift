import Foundation
import MonitoringKit
import Pipeline
import Reporting
import Testing

/// The report's input for the hand-made school, from the warehouse as `render` reads it;
/// every expected value is worked out by hand from `Fixtures/make_handmade.py` (see
/// `HandmadeIndicatorsTests` for the marks).
@Suite struct ReportInputBuilderTests {
  static func input() throws -> ReportInput {
    let output = try TemporaryFolder()
    let config = try ResolvedConfig.load(
      RunOptions(
        input: HandmadeSchoolTests.folder, pipeline: HandmadeSchoolTests.pipelines, output: output.path))
    try NormalizeStage.run(config)
    let computed = try ComputeStage.run(config)
    let data = try ComputeStage.loadYear(config)
    return ReportInputBuilder(data: data, config: config).build(
      indicators: computed.json, generatedOn: "2026-06-01")
  }

  @Test func menteeOutcomesArePairedAsTheIndicatorsPairThem() throws {
    let input = try Self.input()
    // Six mentees, each with grades paired; before/after as in HandmadeIndicatorsTests.
    #expect(input.mentees.count == 6)
    let grades = input.mentees.compactMap { mentee in
      mentee.gradeBefore.flatMap { before in mentee.gradeAfter.map { (before, $0) } }
    }
    #expect(grades.count == 6)
    let changes = input.mentees.compactMap(\.gradeChange).sorted()
    let expected = [-1, 0, 0.5, 0.75, 1, 1]
    #expect(changes.count == expected.count)
    for (change, value) in zip(changes, expected) { #expect(abs(change - value) < 1e-9) }
    #expect(Set(input.mentees.compactMap(\.schoolClass)) == ["7А", "7Б"])
  }

  @Test func pairCardsNameMentorsAndMenteesWithMeetings() throws {
    let input = try Self.input()
    // Pair 3's only mentee («Кузнецов А.») is ambiguous, so it has no card.
    #expect(input.pairs.map(\.key) == ["1", "2"])
    let first = input.pairs[0]
    #expect(first.mentor == "Орлова Мария")
    #expect(first.mentorClass == "10А")
    #expect(first.mentees.map(\.name) == ["Иванов Пётр"])
    #expect(first.meetings == 4)
    #expect(first.fullCycle)
    let before = try #require(first.mentees[0].outcome.gradeBefore)
    #expect(abs(before - 3.25) < 1e-9)
    let second = input.pairs[1]
    #expect(second.mentor == "Егоров Олег")
    #expect(second.mentees.map(\.name) == ["Соколов Илья", "Лебедева Мария"])
    #expect(second.meetings == 1)
    #expect(!second.fullCycle)
  }

  @Test func peopleAndRejectReasonsInRussian() throws {
    let input = try Self.input()
    let ambiguous = try #require(input.ambiguous.first)
    #expect(ambiguous.name == "Кузнецов А.")
    #expect(ambiguous.file == "пары наставничества.csv" && ambiguous.line == 5)
    #expect(ambiguous.detail.contains("Кузнецов Артём Ильич, 7Б / Кузнецов Андрей Ильич, 7Б"))
    #expect(input.unmatched.contains { $0.name == "Неизвестный Ученик" && $0.detail.contains("не найден") })
    let orlova = try #require(input.fuzzy.first { $0.name == "Орлова М.В." })
    #expect(orlova.detail == "→ Орлова Мария Викторовна, 10А (правило 4: фамилия и инициалы)")
    let unknownPair = try #require(input.rejectReasons.first { $0.code == "unknown-pair" })
    #expect(unknownPair.count == 1)
    #expect(unknownPair.fix == Catalog(language: .ru).fix(.unknownPair))
  }

  @Test func instrumentsFoundInTheSurveys() throws {
    let input = try Self.input()
    let phillips = try #require(input.instruments.first { $0.id == "phillips" })
    #expect(phillips.items == 58)
    #expect(
      phillips.scoring.hasPrefix(
        "Общая тревожность — доля ответов, не совпавших с ключом, %; уровни: норма < 50, повышенная 50–75, высокая ≥ 75"
      ))
    // The hand-made questionnaire has two of eleven items: too few to be the instrument.
    #expect(input.instruments.map(\.id) == ["phillips"])
    // Its unclaimed questions hold marks and «да»/«нет»: no free text.
    #expect(input.freeText.isEmpty)
  }

  @Test func freeTextFromTheSampleSchool() throws {
    let surveys = URL(fileURLWithPath: HandmadeSchoolTests.pipelines).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("surveys").path
    let config = try ResolvedConfig.load(RunOptions(input: surveys, pipeline: HandmadeSchoolTests.pipelines))
    let data = try NormalizeStage.normalize(config)
    let answers = ReportInputBuilder(data: data, config: config).build(indicators: .null, generatedOn: "")
      .freeText
    #expect((1...8).contains(answers.count))
    // One answer per question in turn: file order, then column order, then line order.
    #expect(answers.first?.role == "наставляемые")
    #expect(answers.first?.question == "Что было самым полезным?")
    #expect(answers.first?.answer == "Разбирали задачи, готовились к контрольным")
    #expect(answers.contains { $0.role == "наставники" })
    #expect(Set(answers.map { $0.answer.lowercased() }).count == answers.count)
    #expect(answers.allSatisfy { YesNo.parse($0.answer) == nil && !($0.answer.first?.isNumber ?? true) })
  }
}
