import Testing

@testable import MonitoringKit

@Suite("Indicators: grades")
struct GradesIndicatorsTests {
  let q1 = IndicatorFixture.quarter(1)
  let q4 = IndicatorFixture.quarter(4)

  func compute(_ fixture: IndicatorFixture) -> GradesIndicators {
    GradesIndicators.compute(
      data: fixture.data, populations: Populations(data: fixture.data),
      settings: IndicatorSettings(academicYear: fixture.data.academicYear))
  }

  /// Two mentees: A (math 5, 4; Russian 3, н/а → math 5, 5; Russian 4, 2) and B (math 2 → 3).
  func twoMentees() -> (IndicatorFixture, PersonID, PersonID) {
    var fixture = IndicatorFixture()
    let a = fixture.person(role: .mentee)
    let b = fixture.person(role: .mentee)
    fixture.marks(a, "Математика", q1, [.numeric(5), .numeric(4)])
    fixture.marks(a, "Русский язык", q1, [.numeric(3), .notAttested])
    fixture.marks(a, "Математика", q4, [.numeric(5), .numeric(5)])
    fixture.marks(a, "Русский язык", q4, [.numeric(4), .numeric(2)])
    fixture.marks(b, "Математика", q1, [.numeric(2)])
    fixture.marks(b, "Математика", q4, [.numeric(3)])
    return (fixture, a, b)
  }

  @Test("means, СОУ with n_н/а, success and quality on a small mark set")
  func souAndMeans() throws {
    let block = compute(twoMentees().0)
    #expect(block.baselinePeriod == "1 четверть")
    #expect(block.finalPeriod == "4 четверть")
    #expect(block.menteesPaired == 2)
    // A: before = (4.5 + 3) / 2 = 3.75, after = (5 + 3) / 2 = 4 → +0.25; B: 2 → 3, +1.
    #expect(block.meanBefore == (3.75 + 2) / 2)
    #expect(block.meanAfter == (4.0 + 3) / 2)
    #expect(block.meanChange == (0.25 + 1) / 2)
    #expect(block.improved == 2 && block.unchanged == 0 && block.worsened == 0)
    // СОУ before: A has 5, 4, 3, н/а (100 + 64 + 36 + 7), B has 2 (16): 223 / 5.
    #expect(block.souBefore == 223.0 / 5)
    #expect(block.notAttestedBefore == 1)
    // СОУ after: A 5, 5, 4, 2 (200 + 64 + 16), B 3 (36): 316 / 5.
    #expect(block.souAfter == 316.0 / 5)
    // Failing before: A (н/а) and B (mean 2 < 2.5); after: nobody (A's Russian mean is 3).
    #expect(block.failingBefore == 2 && block.failingAfter == 0)
    #expect(block.successRateBefore == 0 && block.successRateAfter == 1)
    // Quality after: A has a subject mean 3 < 3.5, B has 3 → nobody.
    #expect(block.qualityRateAfter == 0)
    // Two paired mentees: every test is withheld.
    #expect(block.failingMcNemar == .unavailable(reason: "insufficient_n"))
    #expect(block.wilcoxon.reason == "insufficient_n")
    #expect(block.bySubject.map(\.subject) == ["Математика", "Русский язык"])
    #expect(block.bySubject[0].n == 2 && block.bySubject[0].meanBefore == (4.5 + 2) / 2)
    #expect(block.bySubject[1].n == 1 && block.bySubject[1].meanAfter == 3)
  }

  @Test("failing with «н/а» and «незач» even when every mean is good")
  func failing() {
    var fixture = IndicatorFixture()
    let person = fixture.person()
    fixture.marks(person, "Математика", q1, [.numeric(5), .notAttested])
    fixture.marks(person, "Физкультура", q4, [.fail])
    fixture.marks(person, "Математика", q4, [.numeric(5)])
    let history = GradeHistory(cells: fixture.data.grades)
    #expect(history.isFailing(q1))
    #expect(history.isFailing(q4))
    #expect(!history.hasQuality(q4))
    var passing = IndicatorFixture()
    let other = passing.person()
    passing.marks(other, "Математика", q1, [.numeric(4), .numeric(3), .pass])
    let good = GradeHistory(cells: passing.data.grades)
    // Mean 3.5: not failing and (just) quality; «зач» is neither.
    #expect(!good.isFailing(q1))
    #expect(good.hasQuality(q1))
  }

  @Test("the final period is the year when the person has year marks")
  func finalIsYear() {
    var fixture = IndicatorFixture()
    let person = fixture.person()
    fixture.marks(person, "Математика", q1, [.numeric(3)])
    fixture.marks(person, "Математика", IndicatorFixture.quarter(2), [.numeric(4)])
    fixture.marks(person, "Математика", .year, [.numeric(4)])
    let history = GradeHistory(cells: fixture.data.grades)
    #expect(history.baseline(configured: nil) == q1)
    #expect(history.final(configured: nil) == .year)
  }

  @Test("comparison group from the mentees' class, difference in differences, Mann–Whitney")
  func comparison() throws {
    var (fixture, _, _) = twoMentees()
    // Six classmates, before 3 each, after 3, 3, 3.5, 2.5, 3, 3 → changes 0, 0, 0.5, −0.5, 0, 0.
    for after in [3.0, 3, 3.5, 2.5, 3, 3] {
      let peer = fixture.person("7А")
      fixture.marks(peer, "Математика", q1, [.numeric(3)])
      fixture.marks(peer, "Математика", q4, [.numeric(after)])
    }
    // Not in the group: a student of another class and a mentor of the same class.
    let elsewhere = fixture.person("8Б")
    fixture.marks(elsewhere, "Математика", q1, [.numeric(2)])
    fixture.marks(elsewhere, "Математика", q4, [.numeric(5)])
    let mentor = fixture.person("7А", role: .mentor)
    fixture.marks(mentor, "Математика", q1, [.numeric(2)])
    fixture.marks(mentor, "Математика", q4, [.numeric(5)])
    let block = compute(fixture)
    guard case .success(let group) = block.comparison else {
      Issue.record("no comparison: \(block.comparison)")
      return
    }
    #expect(group.persons == 6)
    #expect(group.meanBefore == 3)
    #expect(group.meanChange == 0)
    // did = mentees' mean change (0.625) − 0.
    #expect(group.did == 0.625)
    // Changes ranked: −0.5, 0 ×4, 0.25 (A, rank 6), 0.5, 1 (B, rank 8): U = 14 − 2·3/2 = 11.
    #expect(group.mannWhitney.result?.u == 11)
    // Gap: (2.875 − 3) ÷ √((2 · 0.875² + 0) / (2 + 6 − 2)).
    let gap = try block.baselineGapSD.get()
    #expect(abs(gap - (-0.125 / (2 * 0.875 * 0.875 / 6).squareRoot())) < 1e-12)
  }

  @Test("five paired mentees: tests are null with insufficient_n; six: small_sample")
  func sampleSizes() throws {
    var fixture = IndicatorFixture()
    for index in 1...5 {
      let mentee = fixture.person(role: .mentee)
      fixture.marks(mentee, "Математика", q1, [.numeric(3)])
      fixture.marks(mentee, "Математика", q4, [.numeric(3 + Double(index) / 10)])
    }
    let five = compute(fixture)
    #expect(five.menteesPaired == 5)
    #expect(five.wilcoxon.reason == "insufficient_n")
    #expect(five.ttest.reason == "insufficient_n")
    let json = five.json()
    guard case .object(let members) = json else { return }
    #expect(members.contains { $0.0 == "wilcoxon" && $0.1 == .null })
    #expect(members.contains { $0.0 == "wilcoxon_reason" && $0.1 == .string("insufficient_n") })
    let sixth = fixture.person(role: .mentee)
    fixture.marks(sixth, "Математика", q1, [.numeric(3)])
    fixture.marks(sixth, "Математика", q4, [.numeric(3.6)])
    let six = compute(fixture)
    // Six positive distinct differences: W+ = 21 = max, exact p = 2 / 2⁶.
    let wilcoxon = try #require(six.wilcoxon.result)
    #expect(wilcoxon.wPlus == 21 && wilcoxon.wMinus == 0)
    #expect(abs(wilcoxon.p - 2.0 / 64) < 1e-12)
    guard case .object(let test) = IndicatorTests.json(wilcoxon) else { return }
    #expect(test.contains { $0.0 == "small_sample" && $0.1 == .bool(true) })
  }
}
