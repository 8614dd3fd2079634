import Statistics

/// The `grades` block of indicators.md: paired mentees' marks before and after.
public struct GradesIndicators: Sendable, Equatable {
  /// One subject's row of `by_subject`.
  public struct SubjectRow: Sendable, Equatable {
    public var subject: String
    public var n: Int
    public var meanBefore: Double
    public var meanAfter: Double
  }

  /// The comparison group's figures.
  public struct Comparison: Sendable, Equatable {
    /// Paired persons of C.
    public var persons: Int
    public var meanBefore: Double
    public var meanAfter: Double
    public var meanChange: Double
    /// Mentees' mean change − C's mean change.
    public var did: Double
    /// Mann–Whitney on change(p), mentees against C.
    public var mannWhitney: TestOutcome<MannWhitneyResult>
  }

  /// The threshold t.
  public var threshold: Double
  public var baselinePeriod: String?
  public var finalPeriod: String?
  public var menteesPaired: Int
  public var meanBefore: Double?
  public var meanAfter: Double?
  public var meanChange: Double?
  public var improved: Int
  public var unchanged: Int
  public var worsened: Int
  public var successRateBefore: Double?
  public var successRateAfter: Double?
  public var qualityRateBefore: Double?
  public var qualityRateAfter: Double?
  /// СОУ in percent; nil when no mark counts.
  public var souBefore: Double?
  public var souAfter: Double?
  /// `n_н/а` of the СОУ: «н/а» marks counted.
  public var notAttestedBefore: Int
  public var notAttestedAfter: Int
  public var failingBefore: Int
  public var failingAfter: Int
  public var failingMcNemar: TestOutcome<McNemarResult>
  public var wilcoxon: TestOutcome<WilcoxonSignedRankResult>
  public var ttest: TestOutcome<PairedTTestResult>
  public var bySubject: [SubjectRow]
  /// The comparison group, or the reason it is not shown.
  public var comparison: Result<Comparison, IndicatorReason>
  /// (mentees' mean_before − C's mean_before) ÷ pooled SD of before.
  public var baselineGapSD: Result<Double, IndicatorReason>

  /// The block as `indicators.json` writes it.
  public func json() -> JSONValue {
    var fields = JSONFields()
    let noPaired = "no_data"
    fields.add("baseline_period", baselinePeriod.map(JSONValue.string), orReason: noPaired)
    fields.add("final_period", finalPeriod.map(JSONValue.string), orReason: noPaired)
    fields.add("threshold", .double(threshold))
    fields.add("mentees_paired", .int(menteesPaired))
    fields.add("mean_before", meanBefore, orReason: noPaired)
    fields.add("mean_after", meanAfter, orReason: noPaired)
    fields.add("mean_change", meanChange, orReason: noPaired)
    fields.add("improved", .int(improved))
    fields.add("unchanged", .int(unchanged))
    fields.add("worsened", .int(worsened))
    fields.add("success_rate_before", successRateBefore, orReason: noPaired)
    fields.add("success_rate_after", successRateAfter, orReason: noPaired)
    fields.add("quality_rate_before", qualityRateBefore, orReason: noPaired)
    fields.add("quality_rate_after", qualityRateAfter, orReason: noPaired)
    fields.add("sou_before", souBefore, orReason: noPaired)
    fields.add("sou_after", souAfter, orReason: noPaired)
    fields.add("sou_not_attested_before", .int(notAttestedBefore))
    fields.add("sou_not_attested_after", .int(notAttestedAfter))
    fields.add("failing_before", menteesPaired > 0 ? .int(failingBefore) : nil, orReason: noPaired)
    fields.add("failing_after", menteesPaired > 0 ? .int(failingAfter) : nil, orReason: noPaired)
    fields.add("failing_mcnemar", failingMcNemar) { IndicatorTests.json($0, n: menteesPaired) }
    fields.add("wilcoxon", wilcoxon, IndicatorTests.json)
    fields.add("ttest", ttest, IndicatorTests.json)
    fields.add(
      "by_subject",
      .array(
        bySubject.map { row in
          .object([
            ("subject", .string(row.subject)), ("n", .int(row.n)), ("mean_before", .double(row.meanBefore)),
            ("mean_after", .double(row.meanAfter)),
          ])
        }))
    switch comparison {
    case .success(let group):
      var inner = JSONFields()
      inner.add("persons", .int(group.persons))
      inner.add("mean_before", .double(group.meanBefore))
      inner.add("mean_after", .double(group.meanAfter))
      inner.add("mean_change", .double(group.meanChange))
      inner.add("did", .double(group.did))
      inner.add("mannwhitney", group.mannWhitney, IndicatorTests.json)
      fields.add("comparison", inner.json)
    case .failure(let reason):
      fields.addNull("comparison", reason: reason.rawValue)
    }
    switch baselineGapSD {
    case .success(let gap): fields.add("baseline_gap_sd", .double(gap))
    case .failure(let reason): fields.addNull("baseline_gap_sd", reason: reason.rawValue)
    }
    return fields.json
  }
}
