import Foundation
import Testing

/// Grades and anxiety of the hand-made school, every value worked out by hand below from
/// `Fixtures/make_handmade.py` (never copied from the program's output).
///
/// The six mentees and their marks (baseline = 1 четверть; final = 4 четверть, or «год» for
/// Соколов, the only one with year marks):
///
/// | mentee | 1 четверть | final | before | after | change |
/// | --- | --- | --- | --- | --- | --- |
/// | Иванов | Мат 3; Рус 3, 4 | Мат 4; Рус 4+ | (3 + 3.5)/2 = 3.25 | 4 | +0.75 |
/// | Соколов | Мат н/а; Рус 3 | год: Мат 3; Рус 4 | Рус 3 | Рус 4 | +1 |
/// | Лебедева | Мат 2; Физкультура осв | Мат 3 | 2 | 3 | +1 |
/// | Смирнова | Мат 5; Рус 4 | Мат 5; Рус 5 | 4.5 | 5 | +0.5 |
/// | Семёнова | Мат 4 | Мат 3 | 4 | 3 | −1 |
/// | Кузнецов Артём | Мат 3 | Мат 3 | 3 | 3 | 0 |
///
/// (Соколов's Математика has no numeric mark in the baseline, so only Русский язык is common.)
@Suite struct HandmadeIndicatorsTests {
  static func block(_ name: String) throws -> [String: Any] {
    let (json, _) = try ComputeStageTests.computed()
    return try #require(json[name] as? [String: Any])
  }

  static func number(_ object: [String: Any], _ key: String) throws -> Double {
    try #require((object[key] as? NSNumber)?.doubleValue, "\(key)")
  }

  static func close(_ value: Double, _ expected: Double) -> Bool {
    abs(value - expected) <= 1e-9 * max(1, abs(expected))
  }

  @Test func gradesByHand() throws {
    let grades = try Self.block("grades")
    #expect(grades["baseline_period"] as? String == "1 четверть")
    // Five finals are the 4th quarter, one is the year: the most common is «4 четверть».
    #expect(grades["final_period"] as? String == "4 четверть")
    #expect(grades["mentees_paired"] as? Int == 6)
    // before: 3.25 + 3 + 2 + 4.5 + 4 + 3 = 19.75; after: 4 + 4 + 3 + 5 + 3 + 3 = 22;
    // change: 0.75 + 1 + 1 + 0.5 − 1 + 0 = 2.25.
    #expect(Self.close(try Self.number(grades, "mean_before"), 19.75 / 6))
    #expect(Self.close(try Self.number(grades, "mean_after"), 22.0 / 6))
    #expect(Self.close(try Self.number(grades, "mean_change"), 2.25 / 6))
    // t = 0.1: improved Иванов, Соколов, Лебедева, Смирнова; worsened Семёнова; unchanged Кузнецов.
    #expect(grades["improved"] as? Int == 4)
    #expect(grades["worsened"] as? Int == 1)
    #expect(grades["unchanged"] as? Int == 1)
    // Failing in the baseline: Соколов (н/а), Лебедева (2 < 2.5); in the final: nobody.
    #expect(grades["failing_before"] as? Int == 2)
    #expect(grades["failing_after"] as? Int == 0)
    #expect(Self.close(try Self.number(grades, "success_rate_before"), 4.0 / 6))
    #expect(try Self.number(grades, "success_rate_after") == 1)
    // Quality (no failing, every subject mean ≥ 3.5): baseline Смирнова (5, 4), Семёнова (4);
    // final Иванов (4, 4), Смирнова (5, 5).
    #expect(Self.close(try Self.number(grades, "quality_rate_before"), 2.0 / 6))
    #expect(Self.close(try Self.number(grades, "quality_rate_after"), 2.0 / 6))
    // СОУ baseline, every mark of the six (осв excluded): 5 ×1 (Смирнова Мат); 4 ×3 (Иванов Рус,
    // Смирнова Рус, Семёнова); 3 ×4 (Иванов Мат and Рус, Соколов Рус, Кузнецов); 2 ×1 (Лебедева);
    // н/а ×1 (Соколов Мат): N = 10, (100 + 3·64 + 4·36 + 16 + 7) ÷ 10 = 459 ÷ 10.
    #expect(Self.close(try Self.number(grades, "sou_before"), 45.9))
    #expect(grades["sou_not_attested_before"] as? Int == 1)
    // СОУ final: 5 ×2 (Смирнова), 4 ×3 (Иванов twice, Соколов Рус), 3 ×4 (Соколов Мат, Лебедева,
    // Семёнова, Кузнецов): N = 9, (200 + 192 + 144) ÷ 9 = 536 ÷ 9.
    #expect(Self.close(try Self.number(grades, "sou_after"), 536.0 / 9))
    // McNemar: b = failing → not = 2, c = 0; p = 2 · P[Bin(2, ½) ≤ 0] = 2 · ¼.
    let mcnemar = try #require(grades["failing_mcnemar"] as? [String: Any])
    #expect(mcnemar["b"] as? Int == 2 && mcnemar["c"] as? Int == 0)
    #expect(Self.close(try Self.number(mcnemar, "p"), 0.5))
    // by_subject: Математика — Иванов 3→4, Лебедева 2→3, Смирнова 5→5, Семёнова 4→3, Кузнецов
    // 3→3: n 5, 17/5 → 18/5. Русский язык — Иванов 3.5→4, Соколов 3→4, Смирнова 4→5: n 3,
    // 10.5/3 → 13/3.
    let subjects = try #require(grades["by_subject"] as? [[String: Any]])
    #expect(subjects.map { $0["subject"] as? String } == ["Математика", "Русский язык"])
    #expect(subjects.map { $0["n"] as? Int } == [5, 3])
    #expect(Self.close(try Self.number(subjects[0], "mean_before"), 17.0 / 5))
    #expect(Self.close(try Self.number(subjects[0], "mean_after"), 18.0 / 5))
    #expect(Self.close(try Self.number(subjects[1], "mean_before"), 10.5 / 3))
    #expect(Self.close(try Self.number(subjects[1], "mean_after"), 13.0 / 3))
  }

  @Test func gradesTestsByHand() throws {
    let grades = try Self.block("grades")
    // d = 0.75, 1, 1, 0.5, −1, 0. Pratt ranks of |d| with the zero: 0 → 1, 0.5 → 2, 0.75 → 3,
    // the three 1s → (4 + 5 + 6)/3 = 5. W+ = 3 + 5 + 5 + 2 = 15, W− = 5 (the zero's rank is
    // dropped); rank-biserial (15 − 5)/20 = 0.5.
    let wilcoxon = try #require(grades["wilcoxon"] as? [String: Any])
    #expect(wilcoxon["n"] as? Int == 6)
    #expect(try Self.number(wilcoxon, "w_plus") == 15)
    #expect(try Self.number(wilcoxon, "w_minus") == 5)
    #expect(Self.close(try Self.number(wilcoxon, "rank_biserial"), 0.5))
    #expect(wilcoxon["zeros"] as? Int == 1)
    #expect(wilcoxon["method"] as? String == "approximate")  // a zero and ties
    #expect(wilcoxon["small_sample"] as? Bool == true)
    // Normal approximation, no continuity correction: mean n(n+1)/4 − z(z+1)/4 = 10.5 − 0.5 = 10;
    // variance n(n+1)(2n+1)/24 − z(z+1)(2z+1)/24 − Σ(t³ − t)/48 = 22.75 − 0.25 − 24/48 = 22;
    // T = min(W+, W−) = 5, p = 2 Φ(−5/√22) = erfc(5/√44).
    #expect(Self.close(try Self.number(wilcoxon, "p"), erfc(5 / 44.0.squareRoot())))
    // Paired t: mean d = 2.25/6 = 0.375; Σd² = 0.5625 + 1 + 1 + 0.25 + 1 + 0 = 3.8125;
    // SS = 3.8125 − 2.25²/6 = 2.96875; var = SS/5 = 0.59375; t = 0.375 / √(0.59375/6).
    let ttest = try #require(grades["ttest"] as? [String: Any])
    #expect(ttest["df"] as? Int == 5)
    #expect(Self.close(try Self.number(ttest, "mean_diff"), 0.375))
    #expect(Self.close(try Self.number(ttest, "t"), 0.375 / (0.59375 / 6).squareRoot()))
    #expect(Self.close(try Self.number(ttest, "cohen_dz"), 0.375 / 0.59375.squareRoot()))
  }

  /// Phillips: each sheet answers items 1…k against the key and the rest with it, so the score
  /// is 100·k/58 (all 58 answered). k in September / May:
  /// Иванов 35/20, Соколов 45/30, Лебедева 10/30, Смирнова 29/29, Семёнова 20/10, Кузнецов 50/15.
  /// Levels: норма below 50 % (k ≤ 28), повышенная below 75 % (29 ≤ k ≤ 43), высокая from k = 44.
  @Test func anxietyByHand() throws {
    let anxiety = try Self.block("anxiety")
    #expect(anxiety["instrument"] as? String == "phillips")
    #expect(anxiety["mentees_paired"] as? Int == 6)
    // Σk before = 35 + 45 + 10 + 29 + 20 + 50 = 189; after = 20 + 30 + 30 + 29 + 10 + 15 = 134.
    #expect(Self.close(try Self.number(anxiety, "mean_before"), 100.0 * 189 / (58 * 6)))
    #expect(Self.close(try Self.number(anxiety, "mean_after"), 100.0 * 134 / (58 * 6)))
    #expect(Self.close(try Self.number(anxiety, "mean_change"), -100.0 * 55 / (58 * 6)))
    // Before: норма Лебедева (10), Семёнова (20); повышенная Иванов (35), Смирнова (29 = 50 %);
    // высокая Соколов (45), Кузнецов (50). After: норма Иванов, Семёнова, Кузнецов; повышенная
    // Соколов, Лебедева, Смирнова.
    let levelsBefore = try #require(anxiety["levels_before"] as? [String: Int])
    let levelsAfter = try #require(anxiety["levels_after"] as? [String: Int])
    #expect(levelsBefore == ["норма": 2, "повышенная": 2, "высокая": 2])
    #expect(levelsAfter == ["норма": 3, "повышенная": 3, "высокая": 0])
    #expect(anxiety["elevated_before"] as? Int == 4)
    #expect(anxiety["elevated_after"] as? Int == 3)
    // Normalized: Иванов, Кузнецов (Соколов stays elevated); worsened: Лебедева.
    #expect(anxiety["normalized"] as? Int == 2)
    #expect(anxiety["worsened"] as? Int == 1)
    // McNemar b = 2, c = 1: p = min(1, 2 · P[Bin(3, ½) ≤ 1]) = min(1, 2 · 4/8) = 1.
    let mcnemar = try #require(anxiety["mcnemar"] as? [String: Any])
    #expect(try Self.number(mcnemar, "p") == 1)
    // d in k: −15, −15, +20, 0, −10, −35. Ranks of |d| with the zero: 0 → 1, 10 → 2, the two 15s
    // → 3 and 4 (3.5 each if tied — the two differences are 100·15/58 computed from different
    // scores and need not be bit-equal; the sum is 7 either way), 20 → 5, 35 → 6.
    // W+ = 5, W− = 7 + 2 + 6 = 15; rank-biserial −10/20.
    let wilcoxon = try #require(anxiety["wilcoxon"] as? [String: Any])
    #expect(Self.close(try Self.number(wilcoxon, "w_plus"), 5))
    #expect(Self.close(try Self.number(wilcoxon, "w_minus"), 15))
    #expect(Self.close(try Self.number(wilcoxon, "rank_biserial"), -0.5))
    // Paired t is scale-free, so in k: mean −55/6; Σd² = 225 + 225 + 400 + 0 + 100 + 1225 = 2175;
    // SS = 2175 − 55²/6 = 10025/6; var = SS/5 = 10025/30; t = (−55/6) / √(10025/30/6).
    let ttest = try #require(anxiety["ttest"] as? [String: Any])
    #expect(ttest["df"] as? Int == 5)
    #expect(Self.close(try Self.number(ttest, "t"), (-55.0 / 6) / (10025.0 / 180).squareRoot()))
    #expect(Self.close(try Self.number(ttest, "mean_diff"), -100.0 * 55 / (58 * 6)))
  }
}
