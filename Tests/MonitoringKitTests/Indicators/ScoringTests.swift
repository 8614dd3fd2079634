import Testing

@testable import MonitoringKit

@Suite("Scoring: answers, methods, levels")
struct ScoringTests {
  let rating = Instrument.Item(id: "comfort", type: .rating)
  let yesNo = Instrument.Item(id: "continue", type: .yesNo)
  let scale = Instrument.RatingScale(min: 1, max: 10)

  @Test("reads ratings with trailing text and rejects out-of-range values")
  func ratings() {
    #expect(AnswerReader.read("10 — очень комфортно", item: rating, scale: scale) == .number(10))
    #expect(AnswerReader.read("7,5", item: rating, scale: scale) == .number(7.5))
    #expect(AnswerReader.read("11", item: rating, scale: scale) == .invalid)
    #expect(AnswerReader.read("0 - совсем нет", item: rating, scale: scale) == .invalid)
    #expect(AnswerReader.read("отлично", item: rating, scale: scale) == .invalid)
    #expect(AnswerReader.read("  ", item: rating, scale: scale) == .missing)
  }

  @Test("reads yes/no answers including «скорее да» and «не знаю»")
  func yesNoAnswers() {
    #expect(AnswerReader.read("скорее да", item: yesNo, scale: scale) == .yesNo(true))
    #expect(AnswerReader.read("Скорее нет", item: yesNo, scale: scale) == .yesNo(false))
    #expect(AnswerReader.read("-", item: yesNo, scale: scale) == .yesNo(false))
    #expect(AnswerReader.read("не знаю", item: yesNo, scale: scale) == .missing)
    #expect(AnswerReader.read("может быть", item: yesNo, scale: scale) == .invalid)
  }

  @Test("reads choice texts (normalised) and in-range numbers; text is never scored")
  func choices() {
    let item = TestInstruments.stai().items[0]
    #expect(AnswerReader.read("Совершенно верно", item: item, scale: scale) == .number(4))
    #expect(AnswerReader.read("пожалуй,  так", item: item, scale: scale) == .number(2))
    #expect(AnswerReader.read("3", item: item, scale: scale) == .number(3))
    #expect(AnswerReader.read("5", item: item, scale: scale) == .invalid)
    let text = Instrument.Item(id: "best", type: .text)
    #expect(AnswerReader.read("всё", item: text, scale: scale) == .text("всё"))
    #expect(ItemAnswer.text("всё").numeric == nil)
  }

  /// Answers every Phillips item: items `yesItems` «да», the others «нет».
  func phillipsSheet(yes yesItems: Set<Int>, skip: Set<Int> = []) -> [Int: ItemAnswer] {
    var sheet: [Int: ItemAnswer] = [:]
    for number in 1...58 where !skip.contains(number) {
      sheet[number - 1] = .yesNo(yesItems.contains(number))
    }
    return sheet
  }

  @Test("Phillips keyed-percent on hand-filled sheets with the real key")
  func phillips() throws {
    let calculator = ScoreCalculator(instrument: TestInstruments.phillips())
    let total = TestInstruments.phillips().scores[0]
    // All «нет»: only the 13 items keyed «да» (11, 20, 22, 24, 25, 30, 35, 36, 38, 39, 41, 43, 44)
    // differ from the key → 100 · 13 / 58 = 22.41… → «норма».
    let calm = calculator.score(total, phillipsSheet(yes: []))
    #expect(try #require(calm.value) == 100.0 * 13 / 58)
    #expect(calm.level == "норма")
    #expect(calm.elevated == false)
    // «да» to items 1–30: 30 answers, of which 6 are keyed «да» (11, 20, 22, 24, 25, 30) → 24
    // differ; «нет» to 31–58: 7 keyed «да» (35, 36, 38, 39, 41, 43, 44) differ → 31 / 58 = 53.4 %.
    let anxious = calculator.score(total, phillipsSheet(yes: Set(1...30)))
    #expect(try #require(anxious.value) == 100.0 * 31 / 58)
    #expect(anxious.level == "повышенная")
    #expect(anxious.elevated == true)
    // Factor 5 (items 2, 7, 12, 16, 21, 26, all keyed «нет»): all six answered «да» → 100 %.
    #expect(
      calculator.score(TestInstruments.phillips().scores[1], phillipsSheet(yes: Set(1...30))).value == 100)
    // 53 of 58 answered (≥ 90 %): valid, over the answered items only. Skipping 1–5 («да», keyed
    // «нет») leaves 24 − 5 = 19 + 7 = 26 differing of 53.
    let partial = calculator.score(total, phillipsSheet(yes: Set(1...30), skip: Set(1...5)))
    #expect(partial.value == 100.0 * 26 / 53)
    // 52 of 58 answered (89.7 %): invalid, reported with its answered count, not imputed.
    let invalid = calculator.score(total, phillipsSheet(yes: [], skip: Set(1...6)))
    #expect(invalid.value == nil)
    #expect(invalid.answered == 52)
    #expect(invalid.level == nil)
  }

  @Test("STAI linear scales from answer texts, with inclusive level bounds")
  func stai() throws {
    let instrument = TestInstruments.stai()
    let calculator = ScoreCalculator(instrument: instrument)
    let plus: Set<Int> = [3, 4, 6, 7, 9, 12, 13, 14, 17, 18]
    var sheet: [Int: ItemAnswer] = [:]
    for number in 1...20 {
      let text = plus.contains(number) ? "совершенно верно" : "нет, это не так"
      sheet[number - 1] = AnswerReader.read(text, item: instrument.items[number - 1], scale: instrument.scale)
    }
    // 50 + 10 items × 4 − 10 items × 1 = 80 → «высокая».
    let high = calculator.score(instrument.scores[0], sheet)
    #expect(high.value == 80)
    #expect(high.level == "высокая")
    #expect(high.elevated == true)
    // The other way round: 50 + 10 × 1 − 10 × 4 = 20 → «низкая».
    for number in 1...20 { sheet[number - 1] = .number(plus.contains(number) ? 1 : 4) }
    #expect(calculator.score(instrument.scores[0], sheet).value == 20)
    // Trait items unanswered: invalid.
    #expect(calculator.score(instrument.scores[1], sheet).value == nil)
    // Bounds: ≤ 30 «низкая», 31–45 «умеренная», ≥ 46 «высокая».
    let levels = instrument.scores[0].levels
    #expect(ScoreCalculator.level(of: 30, in: levels)?.label == "низкая")
    #expect(ScoreCalculator.level(of: 31, in: levels)?.label == "умеренная")
    #expect(ScoreCalculator.level(of: 45, in: levels)?.label == "умеренная")
    #expect(ScoreCalculator.level(of: 46, in: levels)?.label == "высокая")
  }

  @Test("mean, sum and reverse items; minimum answered share")
  func meanAndSum() {
    let instrument = Instrument(
      id: "x", title: "x", respondent: .any, waves: [.post], scale: .init(min: 1, max: 5),
      items: [
        .init(id: "a", type: .rating), .init(id: "b", type: .rating, reverse: true),
        .init(id: "c", type: .rating),
        .init(id: "d", type: .rating),
      ],
      scores: [
        .init(id: "mean", title: "m", method: .mean, minimumAnswered: 0.5),
        .init(id: "sum", title: "s", method: .sum, items: ["a", "b"], minimumAnswered: 1),
      ])
    let calculator = ScoreCalculator(instrument: instrument)
    // a = 5, b = 2 reversed → 1 + 5 − 2 = 4: mean of (5, 4) = 4.5 with 2 of 4 answered (= half).
    let answers: [Int: ItemAnswer] = [0: .number(5), 1: .number(2)]
    #expect(calculator.score(instrument.scores[0], answers).value == 4.5)
    #expect(calculator.score(instrument.scores[1], answers).value == 9)
    // One of four answered: below half → invalid.
    #expect(calculator.score(instrument.scores[0], [0: .number(5)]).value == nil)
  }
}
