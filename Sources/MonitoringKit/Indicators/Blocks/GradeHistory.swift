/// One person's marks by period and subject, with the paired view of indicators.md (grades).
///
/// Decisions where the specification is silent:
/// - A person's period kind is the kind other than «год» with the most subject cells (ties:
///   четверть, триместр, полугодие); a person with only year marks has no default baseline.
/// - The baseline and the final period must differ: a person whose only period is the first
///   one is not paired.
/// - Several cells of one subject and period (two exports) are merged.
/// - «незач» («fail») makes a period failing like «н/а»; «зач», «осв» are neither.
public struct GradeHistory: Sendable, Equatable {
  /// Merged marks of one subject in one period.
  public var cells: [Period: [String: GradeCell]]

  /// The history of one person from their cells.
  public init(cells: [GradeCell]) {
    var merged: [Period: [String: GradeCell]] = [:]
    for cell in cells {
      if var existing = merged[cell.period]?[cell.subject] {
        existing.numericCount += cell.numericCount
        existing.numericSum += cell.numericSum
        existing.n1 += cell.n1
        existing.n2 += cell.n2
        existing.n3 += cell.n3
        existing.n4 += cell.n4
        existing.n5 += cell.n5
        existing.notAttested += cell.notAttested
        existing.exempt += cell.exempt
        existing.passed += cell.passed
        existing.failed += cell.failed
        merged[cell.period]![cell.subject] = existing
      } else {
        merged[cell.period, default: [:]][cell.subject] = cell
      }
    }
    self.cells = merged
  }

  /// The person's period kind (see the type's documentation).
  public var periodKind: Period.Kind? {
    var counts: [Period.Kind: Int] = [:]
    for (period, subjects) in cells where period.kind != .year {
      counts[period.kind, default: 0] += subjects.count
    }
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
  }

  /// The baseline period: `configured`, else period 1 of the person's kind.
  public func baseline(configured: Period?) -> Period? {
    if let configured { return configured }
    return periodKind.flatMap { Period(kind: $0, index: 1) }
  }

  /// The final period: `configured`, else the year when the person has year marks, else the
  /// last period of the person's kind.
  public func final(configured: Period?) -> Period? {
    if let configured { return configured }
    if cells[.year] != nil { return .year }
    guard let kind = periodKind else { return nil }
    return cells.keys.filter { $0.kind == kind }.max()
  }

  /// Subject → mean of numeric marks in `period`.
  public func subjectMeans(_ period: Period) -> [String: Double] {
    (cells[period] ?? [:]).compactMapValues(\.mean)
  }

  /// Failing in `period`: a subject mean < 2.5, or «н/а» / «незач» in any subject.
  public func isFailing(_ period: Period) -> Bool {
    (cells[period] ?? [:]).values.contains { cell in
      cell.notAttested > 0 || cell.failed > 0 || (cell.mean.map { $0 < 2.5 } ?? false)
    }
  }

  /// Quality in `period`: not failing, at least one subject mean, every subject mean ≥ 3.5.
  public func hasQuality(_ period: Period) -> Bool {
    let means = subjectMeans(period)
    return !isFailing(period) && !means.isEmpty && means.values.allSatisfy { $0 >= 3.5 }
  }

  /// The paired view for the given configuration, nil when the person is not paired.
  public func paired(baseline configuredBaseline: Period?, final configuredFinal: Period?) -> PairedGrades? {
    guard let baseline = baseline(configured: configuredBaseline),
      let final = final(configured: configuredFinal), baseline != final
    else { return nil }
    let before = subjectMeans(baseline)
    let after = subjectMeans(final)
    let common = Set(before.keys).intersection(after.keys).sorted()
    guard !common.isEmpty else { return nil }
    let meanBefore = common.reduce(0) { $0 + before[$1]! } / Double(common.count)
    let meanAfter = common.reduce(0) { $0 + after[$1]! } / Double(common.count)
    return PairedGrades(
      baseline: baseline, final: final, before: meanBefore, after: meanAfter,
      subjects: common.map { ($0, before[$0]!, after[$0]!) }.map {
        PairedGrades.Subject(name: $0.0, before: $0.1, after: $0.2)
      },
      failingBefore: isFailing(baseline), failingAfter: isFailing(final), qualityBefore: hasQuality(baseline),
      qualityAfter: hasQuality(final))
  }
}

/// A paired person's grades: before(p), after(p) over the common subjects, and the flags.
public struct PairedGrades: Sendable, Equatable {
  /// A common subject's means.
  public struct Subject: Sendable, Equatable {
    /// `name` as indicators.md defines it.
    public var name: String
    /// `before` as indicators.md defines it.
    public var before: Double
    /// `after` as indicators.md defines it.
    public var after: Double
  }

  /// `baseline` as indicators.md defines it.
  public var baseline: Period
  /// `final` as indicators.md defines it.
  public var final: Period
  /// Mean over the common subjects of the subject means in the baseline period.
  public var before: Double
  /// Likewise in the final period.
  public var after: Double
  /// The common subjects S(p).
  public var subjects: [Subject]
  /// `failing_before` as indicators.md defines it.
  public var failingBefore: Bool
  /// `failing_after` as indicators.md defines it.
  public var failingAfter: Bool
  /// `quality_before` as indicators.md defines it.
  public var qualityBefore: Bool
  /// `quality_after` as indicators.md defines it.
  public var qualityAfter: Bool

  /// after − before.
  public var change: Double { after - before }
}
