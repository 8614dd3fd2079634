import Statistics

/// A comparison group beside the mentees: non-participants measured at both points
/// (indicators.md, `grades.comparison`; anxiety's `comparison` is «as in grades»).
public struct ComparisonGroup: Sendable, Equatable {
  /// Paired persons of the group.
  public var persons: Int
  /// The group's mean before.
  public var meanBefore: Double
  /// The group's mean after.
  public var meanAfter: Double
  /// The group's mean change.
  public var meanChange: Double
  /// Difference in differences: the mentees' mean change − the group's mean change.
  public var did: Double
  /// Mann–Whitney on the per-person changes, mentees against the group.
  public var mannWhitney: TestOutcome<MannWhitneyResult>

  /// The group from the mentees' changes and the group's paired values; `noData` when there
  /// are no paired mentees or no group, `insufficientN` below the minimum n of the tests.
  public static func compute(menteeChanges: [Double], groupBefore: [Double], groupAfter: [Double])
    -> Result<ComparisonGroup, IndicatorReason>
  {
    guard !menteeChanges.isEmpty, !groupBefore.isEmpty else { return .failure(.noData) }
    guard groupBefore.count >= TestOutcome<Int>.minimumN else { return .failure(.insufficientN) }
    let groupChanges = zip(groupAfter, groupBefore).map { $0 - $1 }
    let groupChange = Numbers.mean(groupChanges)!
    return .success(
      ComparisonGroup(
        persons: groupBefore.count, meanBefore: Numbers.mean(groupBefore)!,
        meanAfter: Numbers.mean(groupAfter)!,
        meanChange: groupChange, did: Numbers.mean(menteeChanges)! - groupChange,
        mannWhitney: IndicatorTests.mannWhitney(menteeChanges, groupChanges)))
  }

  /// The `comparison` object.
  public var json: JSONValue {
    var inner = JSONFields()
    inner.add("persons", .int(persons))
    inner.add("mean_before", .double(meanBefore))
    inner.add("mean_after", .double(meanAfter))
    inner.add("mean_change", .double(meanChange))
    inner.add("did", .double(did))
    inner.add("mannwhitney", mannWhitney, IndicatorTests.json)
    return inner.json
  }
}
