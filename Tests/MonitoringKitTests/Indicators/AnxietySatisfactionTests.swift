import Testing

@testable import MonitoringKit

@Suite("Indicators: anxiety and satisfaction from survey answers")
struct AnxietySatisfactionTests {
  /// A Phillips export: «ФИО» then «1.» … «58.»; `yes` items answered «да», the rest «нет».
  func phillipsRow(yes: Set<Int>) -> [Int: String] {
    Dictionary(uniqueKeysWithValues: (1...58).map { ($0, yes.contains($0) ? "да" : "нет") })
  }

  @Test("Phillips pre/post: levels, elevated, McNemar, Wilcoxon, factors, comparison withheld")
  func anxiety() throws {
    var fixture = IndicatorFixture()
    let file = fixture.surveyFile(["ФИО"] + (1...58).map { "\($0). Вопрос" }, instruments: ["phillips"])
    let anxious = phillipsRow(yes: Set(1...30))  // 31 / 58 differ from the key → повышенная
    let calm = phillipsRow(yes: [])  // 13 / 58 → норма
    var line = 1
    var mentees: [PersonID] = []
    for index in 0..<6 {
      let mentee = fixture.person(role: .mentee)
      mentees.append(mentee)
      line += 1
      fixture.answers(file: file, line: line, person: mentee, wave: .pre, anxious)
      line += 1
      fixture.answers(file: file, line: line, person: mentee, wave: .post, index < 4 ? calm : anxious)
    }
    // An anonymous row is never paired; a non-participant alone is too few for a comparison.
    line += 1
    fixture.answers(file: file, line: line, person: nil, wave: .pre, calm)
    let other = fixture.person()
    line += 1
    fixture.answers(file: file, line: line, person: other, wave: .pre, calm)
    line += 1
    fixture.answers(file: file, line: line, person: other, wave: .post, calm)
    let indicators = Indicators.compute(
      data: fixture.data, instruments: [TestInstruments.phillips()],
      settings: IndicatorSettings(academicYear: fixture.data.academicYear))
    let block = indicators.anxiety
    #expect(block.score == "total")
    #expect(block.menteesPaired == 6)
    let high = 100.0 * 31 / 58
    let low = 100.0 * 13 / 58
    #expect(abs(try #require(block.meanBefore) - high) < 1e-9)
    let meanAfter = try #require(block.meanAfter)
    let expectedAfter: Double = (4 * low + 2 * high) / 6
    #expect(abs(meanAfter - expectedAfter) < 1e-9)
    #expect(block.levelsBefore.map(\.1) == [0, 6, 0])
    #expect(block.levelsAfter.map(\.0) == ["норма", "повышенная", "высокая"])
    #expect(block.levelsAfter.map(\.1) == [4, 2, 0])
    #expect(block.elevatedBefore == 6 && block.elevatedAfter == 2)
    #expect(block.normalized == 4 && block.worsened == 0)
    // McNemar b = 4, c = 0: p = 2 · P(X ≤ 0), X ~ Bin(4, ½) = 2 / 16.
    let mcnemar = try #require(block.mcnemar.result)
    #expect(mcnemar.b == 4 && mcnemar.c == 0)
    #expect(abs(mcnemar.p - 0.125) < 1e-12)
    // Differences: four equal negatives and two zeros. Pratt ranks zeros 1.5 each and the four
    // ties (3 + 4 + 5 + 6) / 4 = 4.5 each: W− = 18, W+ = 0.
    let wilcoxon = try #require(block.wilcoxon.result)
    #expect(wilcoxon.wMinus == 18 && wilcoxon.wPlus == 0)
    // Factor 5 (items 2, 7, 12, 16, 21, 26 all keyed «нет»): 100 % before; after (4 · 0 + 2 · 100) / 6.
    let factor = try #require(block.factors.first)
    #expect(factor.id == "f5" && factor.n == 6 && factor.meanBefore == 100)
    let factorAfter = try #require(factor.meanAfter)
    #expect(abs(factorAfter - 200.0 / 6) < 1e-9)
    #expect(block.comparison == .failure(.insufficientN))
    let verdict = Verdict.anxiety(block)
    #expect(verdict.direction == .better)
  }

  @Test("mentee satisfaction: «10 — …», «скорее да», invalid and anonymous respondents")
  func satisfaction() throws {
    var fixture = IndicatorFixture()
    let instrument = TestInstruments.satisfactionMentee()
    let headers = ["ФИО"] + instrument.items.map { $0.text! }
    let file = fixture.surveyFile(headers, instruments: ["satisfaction-mentee"])
    let first = fixture.person(role: .mentee)
    let second = fixture.person(role: .mentee)
    let third = fixture.person(role: .mentee)
    fixture.person(role: .mentee)  // never answered
    // Columns: 1 comfort, 2 useful, 3 overall, 4 continue, 5 become_mentor, 6 best.
    fixture.answers(
      file: file, line: 2, person: first, wave: .post,
      [1: "10 — очень комфортно", 2: "8", 3: "9", 4: "скорее да", 5: "нет", 6: "всё"])
    fixture.answers(file: file, line: 3, person: second, wave: .post, [1: "6", 2: "7", 4: "да", 5: "да"])
    fixture.answers(file: file, line: 4, person: third, wave: .post, [1: "11", 4: "не знаю"])
    fixture.answers(file: file, line: 5, person: nil, wave: .post, [1: "8", 2: "8", 3: "8", 4: "нет"])
    let indicators = Indicators.compute(
      data: fixture.data, instruments: [instrument],
      settings: IndicatorSettings(academicYear: fixture.data.academicYear))
    let block = indicators.satisfactionMentees
    #expect(block.participants == 4)
    // Indices: first (10 + 8 + 9) / 3 = 9; second (6 + 7) / 2 = 6.5 (2 of 3 ≥ half); third has
    // only an out-of-range 11 → invalid; the anonymous row 8.
    #expect(block.respondents == 3)
    #expect(block.matchedRespondents == 2)
    #expect(block.responseRate == 0.5)
    let index = try #require(block.index)
    let expectedIndex: Double = (9 + 6.5 + 8) / 3
    #expect(abs(index - expectedIndex) < 1e-12)
    #expect(block.indexLevel == "средняя")
    // ≥ 8: 9 and 8 of three.
    #expect(block.satisfiedShare == 2.0 / 3)
    // continue: скорее да, да, нет (the «не знаю» is no answer) → 2 / 3; become_mentor нет, да → ½.
    #expect(block.continueShare == 2.0 / 3)
    #expect(block.becomeMentorShare == 0.5)
    let comfort = try #require(block.items.first)
    #expect(comfort.id == "comfort" && comfort.n == 3 && comfort.mean == 8)
    #expect(comfort.counts == ["10": 1, "6": 1, "8": 1])
    #expect(comfort.order.count == 10)
    #expect(block.expectations == nil)
    // The mentors' block has no instrument here.
    #expect(indicators.satisfactionMentors.reason == .instrumentMissing)
    let verdict = Verdict.satisfaction(mentees: block, mentors: indicators.satisfactionMentors)
    #expect(verdict.direction == .same)
    #expect(
      verdict.textRU
        == "Удовлетворённость наставляемых средняя: индекс 7,8 из 10 (анкет: 3); продолжить участие хотят 67 %."
    )
  }
}
