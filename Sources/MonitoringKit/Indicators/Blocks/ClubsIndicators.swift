import Statistics

/// The `clubs` block of indicators.md: mentees' club enrolment at the baseline and final month.
///
/// Decisions where the specification is silent:
/// - A period is an academic month; its label is the month's Russian name.
/// - The default baseline and final months are the earliest and latest months of all club rows
///   (not only mentees'); when they coincide there is nothing to compare (`no_data`).
/// - «No attendance numbers» means the row has no `attended` value.
/// - McNemar runs over all mentees (its `n` = |M|).
/// - `attendance_rate_*` is `null` (`no_data`) when no row has both numbers with Σ held > 0.
public struct ClubsIndicators: Sendable, Equatable {
  /// One club's row of `by_club`.
  public struct ClubRow: Sendable, Equatable {
    /// `club` as indicators.md defines it.
    public var club: String
    /// `mentees_before` as indicators.md defines it.
    public var menteesBefore: Int
    /// `mentees_after` as indicators.md defines it.
    public var menteesAfter: Int
  }

  /// `baseline_period` as indicators.md defines it.
  public var baselinePeriod: AcademicMonth?
  /// `final_period` as indicators.md defines it.
  public var finalPeriod: AcademicMonth?
  /// `mentees` as indicators.md defines it.
  public var mentees: Int
  /// `enrolled_before` as indicators.md defines it.
  public var enrolledBefore: Int
  /// `enrolled_after` as indicators.md defines it.
  public var enrolledAfter: Int
  /// `newly_enrolled` as indicators.md defines it.
  public var newlyEnrolled: Int
  /// `dropped` as indicators.md defines it.
  public var dropped: Int
  /// `mcnemar` as indicators.md defines it.
  public var mcnemar: TestOutcome<McNemarResult>
  /// `memberships_before` as indicators.md defines it.
  public var membershipsBefore: Int
  /// `memberships_after` as indicators.md defines it.
  public var membershipsAfter: Int
  /// `attendance_rate_before` as indicators.md defines it.
  public var attendanceRateBefore: Double?
  /// `attendance_rate_after` as indicators.md defines it.
  public var attendanceRateAfter: Double?
  /// `by_club` as indicators.md defines it.
  public var byClub: [ClubRow]

  /// `enrolled ÷ mentees`.
  public var enrolledShareBefore: Double? { hasPeriods ? Numbers.share(enrolledBefore, of: mentees) : nil }
  /// `enrolled_share_after` as indicators.md defines it.
  public var enrolledShareAfter: Double? { hasPeriods ? Numbers.share(enrolledAfter, of: mentees) : nil }
  /// Whether two distinct periods were found.
  public var hasPeriods: Bool { baselinePeriod != nil && finalPeriod != nil && baselinePeriod != finalPeriod }

  /// Computes the block.
  public static func compute(data: NormalizedData, populations: Populations, settings: IndicatorSettings)
    -> ClubsIndicators
  {
    let months = data.clubs.map(\.month)
    let baseline = settings.clubsBaseline ?? months.min()
    let final = settings.clubsFinal ?? months.max()
    var block = ClubsIndicators(
      baselinePeriod: baseline, finalPeriod: final, mentees: populations.mentees.count, enrolledBefore: 0,
      enrolledAfter: 0, newlyEnrolled: 0, dropped: 0, mcnemar: .unavailable(reason: "no_data"),
      membershipsBefore: 0, membershipsAfter: 0, byClub: [])
    guard block.hasPeriods, let baseline, let final else { return block }
    let rows = data.clubs.filter { populations.mentees.contains($0.person) }
    func enrolled(_ month: AcademicMonth) -> Set<[String]> {
      Set(
        rows.filter { $0.month == month && ($0.attended.map { $0 > 0 } ?? true) }
          .map { [String($0.person.rawValue), $0.club] })
    }
    let before = enrolled(baseline)
    let after = enrolled(final)
    let personsBefore = Set(before.map { $0[0] })
    let personsAfter = Set(after.map { $0[0] })
    block.enrolledBefore = personsBefore.count
    block.enrolledAfter = personsAfter.count
    block.newlyEnrolled = personsAfter.subtracting(personsBefore).count
    block.dropped = personsBefore.subtracting(personsAfter).count
    block.mcnemar = IndicatorTests.mcnemar(
      n: populations.mentees.count, b: block.dropped, c: block.newlyEnrolled)
    block.membershipsBefore = before.count
    block.membershipsAfter = after.count
    func rate(_ month: AcademicMonth) -> Double? {
      let counted = rows.filter { $0.month == month && $0.attended != nil && $0.held != nil }
      let held = counted.reduce(0) { $0 + $1.held! }
      return held > 0 ? Double(counted.reduce(0) { $0 + $1.attended! }) / Double(held) : nil
    }
    block.attendanceRateBefore = rate(baseline)
    block.attendanceRateAfter = rate(final)
    let clubs = Set(before.map { $0[1] }).union(after.map { $0[1] })
    block.byClub = clubs.sorted().map { club in
      ClubRow(
        club: club, menteesBefore: before.filter { $0[1] == club }.count,
        menteesAfter: after.filter { $0[1] == club }.count)
    }
    return block
  }

  /// The block as `indicators.json` writes it.
  public func json() -> JSONValue {
    var fields = JSONFields()
    fields.add("baseline_period", baselinePeriod.map { .string($0.label) }, orReason: "no_data")
    fields.add("final_period", finalPeriod.map { .string($0.label) }, orReason: "no_data")
    fields.add("mentees", .int(mentees))
    let reason = "no_data"
    fields.add("enrolled_before", hasPeriods ? enrolledBefore : nil, orReason: reason)
    fields.add("enrolled_after", hasPeriods ? enrolledAfter : nil, orReason: reason)
    fields.add("enrolled_share_before", enrolledShareBefore, orReason: reason)
    fields.add("enrolled_share_after", enrolledShareAfter, orReason: reason)
    fields.add("newly_enrolled", hasPeriods ? newlyEnrolled : nil, orReason: reason)
    fields.add("dropped", hasPeriods ? dropped : nil, orReason: reason)
    fields.add("mcnemar", mcnemar) { IndicatorTests.json($0, n: mentees) }
    fields.add("memberships_before", hasPeriods ? membershipsBefore : nil, orReason: reason)
    fields.add("memberships_after", hasPeriods ? membershipsAfter : nil, orReason: reason)
    fields.add("attendance_rate_before", attendanceRateBefore, orReason: "no_data")
    fields.add("attendance_rate_after", attendanceRateAfter, orReason: "no_data")
    fields.add(
      "by_club",
      .array(
        byClub.map {
          .object([
            ("club", .string($0.club)), ("mentees_before", .int($0.menteesBefore)),
            ("mentees_after", .int($0.menteesAfter)),
          ])
        }))
    return fields.json
  }
}
