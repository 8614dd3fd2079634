import Testing

@testable import MonitoringKit

@Suite("Indicators: clubs, registry, meetings, coverage, verdicts")
struct ActivityIndicatorsTests {
  let settings = IndicatorSettings(academicYear: AcademicYear(startYear: 2025))

  func club(_ person: PersonID, _ name: String, _ month: AcademicMonth, _ attended: Int?, _ held: Int?)
    -> ClubRecord
  {
    ClubRecord(
      person: person, club: name, month: month, periodLabel: month.label, attended: attended, held: held,
      file: 0,
      line: 0)
  }

  @Test("clubs: enrolment rule, McNemar with b = dropped and c = newly enrolled, attendance")
  func clubs() throws {
    var fixture = IndicatorFixture()
    let m = (1...6).map { _ in fixture.person(role: .mentee) }
    let outsider = fixture.person()
    fixture.data.clubs = [
      // September: m1 attends; m4 attended 0 (not enrolled); m5 has no numbers (enrolled).
      club(m[0], "Шахматы", .september, 8, 10), club(m[3], "Шахматы", .september, 0, 10),
      club(m[4], "Футбол", .september, nil, nil),
      // October, an outsider only: not the baseline or the final month.
      club(outsider, "Футбол", .october, 4, 4),
      // May: m1, m2 (two clubs), m3, m4, m6 (no attended number, held 10).
      club(m[0], "Шахматы", .may, 5, 10), club(m[1], "Шахматы", .may, 10, 10),
      club(m[1], "Футбол", .may, nil, nil),
      club(m[2], "Футбол", .may, 7, 10), club(m[3], "Шахматы", .may, 3, 10),
      club(m[5], "Шахматы", .may, nil, 10),
    ]
    let block = ClubsIndicators.compute(
      data: fixture.data, populations: Populations(data: fixture.data), settings: settings)
    #expect(block.baselinePeriod == .september && block.finalPeriod == .may)
    #expect(block.enrolledBefore == 2)  // m1, m5
    #expect(block.enrolledAfter == 5)  // m1, m2, m3, m4, m6
    #expect(block.enrolledShareAfter == 5.0 / 6)
    #expect(block.dropped == 1)  // m5
    #expect(block.newlyEnrolled == 4)  // m2, m3, m4, m6
    // b = 1, c = 4: p = 2 · P(X ≤ 1), X ~ Bin(5, ½) = 2 · (1 + 5) / 32.
    let mcnemar = try #require(block.mcnemar.result)
    #expect(mcnemar.b == 1 && mcnemar.c == 4)
    #expect(abs(mcnemar.p - 12.0 / 32) < 1e-12)
    #expect(block.membershipsBefore == 2 && block.membershipsAfter == 6)
    // Rows with both numbers: September 8 + 0 of 10 + 10; May 5 + 10 + 7 + 3 of 40.
    #expect(block.attendanceRateBefore == 8.0 / 20)
    #expect(block.attendanceRateAfter == 25.0 / 40)
    #expect(block.byClub.map(\.club) == ["Футбол", "Шахматы"])
    #expect(block.byClub[0].menteesBefore == 1 && block.byClub[0].menteesAfter == 2)
    let verdict = Verdict.clubs(block)
    #expect(verdict.direction == .better && verdict.significant == false)
  }

  @Test("registry on a date: date_on ≤ D and (no date_off or date_off > D)")
  func registry() {
    var fixture = IndicatorFixture()
    let p1 = fixture.person(role: .mentee)
    let p2 = fixture.person()
    let p3 = fixture.person(role: .mentee)
    let p4 = fixture.person()
    let d = IndicatorFixture.date
    func entry(_ person: PersonID, _ type: RegistryType, _ on: SchoolDate, _ off: SchoolDate?)
      -> RegistryRecord
    {
      RegistryRecord(person: person, type: type, dateOn: on, dateOff: off, file: 0, line: 0)
    }
    fixture.data.registry = [
      entry(p1, .schoolInternal, d(2025, 9, 1), nil),  // on since the start day itself
      entry(p1, .pdn, d(2025, 3, 1), nil),  // a second registry: still one person in totals
      entry(p2, .schoolInternal, d(2025, 3, 1), d(2025, 9, 1)),  // off on the start day: not on
      entry(p3, .kdn, d(2025, 5, 1), d(2026, 5, 31)),  // off on the end day: not on at the end
      entry(p4, .schoolInternal, d(2026, 5, 31), nil),  // on from the end day
    ]
    let block = RegistryIndicators.compute(
      data: fixture.data, populations: Populations(data: fixture.data), settings: settings)
    #expect(block.schoolOnStart == 2)  // p1, p3
    #expect(block.schoolOnEnd == 2)  // p1, p4
    #expect(block.menteesOnStart == 2 && block.menteesOnEnd == 1)
    #expect(block.addedDuring == 1)  // p4 (date_on in (start, end])
    #expect(block.removedDuring == 1)  // p3; p2's date_off equals the start: not in (start, end]
    #expect(block.menteesRemovedDuring == 1 && block.menteesAddedDuring == 0)
    #expect(block.byType["ВШУ"]! == (1, 2))
    #expect(block.byType["ПДН"]! == (1, 1))
    #expect(block.byType["КДН"]! == (1, 0))
    guard case .object(let members) = block.json() else { return }
    #expect(members.contains { $0.0 == "previous_year_on_end_reason" && $0.1 == .string("no_history") })
    let verdict = Verdict.registry(block)
    #expect(verdict.direction == .better && verdict.significant == nil)
    #expect(
      verdict.textRU == "Наставляемых на профилактическом учёте: 1 на конец программы, 2 на начало.")
  }

  @Test("meetings: totals, mean per pair, full cycle")
  func meetings() {
    var fixture = IndicatorFixture()
    let mentor = fixture.person(role: .mentor)
    let mentees = (1...3).map { _ in fixture.person(role: .mentee) }
    for (index, key) in ["1", "2", "3"].enumerated() {
      fixture.data.pairs.append(
        PairRecord(
          key: key, mentor: mentor, mentees: [mentees[index]], model: nil, modelRaw: nil, status: nil,
          start: nil,
          end: nil, file: 0))
    }
    func meeting(_ key: String, _ type: String) -> MeetingRecord {
      MeetingRecord(
        pairKey: key, date: nil, type: MeetingType.parse(type), typeRaw: type, durationMinutes: nil,
        format: nil,
        file: 0, line: 0)
    }
    // Pair 1: the full cycle; pair 2: no planning; pair 3: no meetings.
    fixture.data.meetings = [
      meeting("1", "Встреча-знакомство"), meeting("1", "Планирование"), meeting("1", "Рабочая встреча"),
      meeting("1", "рабочая"), meeting("1", "Итоговая встреча"), meeting("2", "знакомство"),
      meeting("2", "Пробная встреча"), meeting("2", "рабочая"), meeting("2", "итоговая"),
      meeting("2", "экскурсия"),
    ]
    let block = MeetingsIndicators.compute(data: fixture.data)
    #expect(block.pairs == 3)
    #expect(block.pairsWithMeetings == 2)
    #expect(block.meetingsTotal == 10)
    #expect(block.meanPerPair == 10.0 / 3)
    #expect(block.byType[.working] == 3 && block.byType[.trial] == 1 && block.byType[.planning] == 1)
    #expect(block.untyped == 1)
    #expect(block.fullCyclePairs == 1)
  }

  @Test("coverage: ages on the start date, shares, pairs and groups; no roster → roster_missing")
  func coverage() {
    var fixture = IndicatorFixture()
    let d = IndicatorFixture.date
    // Ten on 1 September 2025 only from that day: born 2015-09-01 is 10; 2015-09-02 is 9.
    let ten = fixture.person("4А", role: .mentee, birth: d(2015, 9, 1))
    let nine = fixture.person("4А", birth: d(2015, 9, 2))
    let mentor = fixture.person("9А", role: .mentor, birth: d(2010, 1, 1))
    let other = fixture.person("9А", role: .mentee, birth: d(2010, 6, 1))
    fixture.data.pairs = [
      PairRecord(
        key: "1", mentor: mentor, mentees: [ten, other], model: nil, modelRaw: nil, status: .active,
        start: nil,
        end: nil, file: 0)
    ]
    _ = nine
    let block = CoverageIndicators.compute(
      data: fixture.data, populations: Populations(data: fixture.data), settings: settings)
    #expect(block.studentsTotal == 4)
    #expect(block.students1019 == 3)
    #expect(!block.ageProxy)
    #expect(block.participants == 3 && block.mentees == 2 && block.mentors == 1)
    #expect(block.pairs == 1 && block.groups == 1)
    #expect(block.involvedShare1019 == 1)
    #expect(block.menteeShare1019 == 2.0 / 3)
    #expect(block.pairsByStatus == ["действует": 1])
    var empty = IndicatorFixture()
    empty.person(inStudents: false)
    let none = CoverageIndicators.compute(
      data: empty.data, populations: Populations(data: empty.data), settings: settings)
    guard case .object(let members) = none.json() else { return }
    #expect(members.contains { $0.0 == "students_total" && $0.1 == .null })
    #expect(members.contains { $0.0 == "students_total_reason" && $0.1 == .string("roster_missing") })
  }

  @Test("grades verdict sentence with a decimal comma and the p-value")
  func gradesVerdict() {
    var fixture = IndicatorFixture()
    // Seven mentees 3.0 → 3.1 … 3.7: mean 3.00 → 3.40, all improved; W+ = 28, exact p = 2 / 2⁷.
    for step in 1...7 {
      let mentee = fixture.person(role: .mentee)
      fixture.marks(mentee, "Математика", IndicatorFixture.quarter(1), [.numeric(3)])
      fixture.marks(mentee, "Математика", IndicatorFixture.quarter(4), [.numeric(3 + Double(step) / 10)])
    }
    let block = GradesIndicators.compute(
      data: fixture.data, populations: Populations(data: fixture.data), settings: settings)
    let verdict = Verdict.grades(block)
    #expect(verdict.direction == .better)
    #expect(verdict.significant == true)
    #expect(
      verdict.textRU
        == "Успеваемость улучшилась у 7 из 7 наставляемых; средний балл 3,00 → 3,40 (различие статистически значимо, p = 0,016)."
    )
    #expect(
      Verdict.grades(
        GradesIndicators.compute(
          data: IndicatorFixture().data, populations: Populations(data: IndicatorFixture().data),
          settings: settings)
      ).direction == .na)
  }

  @Test("indicators.json carries no names or person ids")
  func noNames() {
    var fixture = IndicatorFixture()
    let mentee = fixture.person(role: .mentee)
    fixture.marks(mentee, "Математика", IndicatorFixture.quarter(1), [.numeric(3)])
    let text = Indicators.compute(data: fixture.data, instruments: [], settings: settings).json().serialized()
    #expect(!text.contains("Иван"))
    #expect(text.contains("\"verdicts\""))
  }
}
