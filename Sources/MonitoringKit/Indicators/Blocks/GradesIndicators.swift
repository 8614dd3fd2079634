import Statistics

/// The `grades` block of indicators.md: paired mentees' marks before and after.
public struct GradesIndicators: Sendable, Equatable {
  /// One subject's row of `by_subject`.
  public struct SubjectRow: Sendable, Equatable {
    /// `subject` as indicators.md defines it.
    public var subject: String
    /// `n` as indicators.md defines it.
    public var n: Int
    /// `mean_before` as indicators.md defines it.
    public var meanBefore: Double
    /// `mean_after` as indicators.md defines it.
    public var meanAfter: Double
  }

  /// The threshold t.
  public var threshold: Double
  /// `baseline_period` as indicators.md defines it.
  public var baselinePeriod: String?
  /// `final_period` as indicators.md defines it.
  public var finalPeriod: String?
  /// `mentees_paired` as indicators.md defines it.
  public var menteesPaired: Int
  /// `mean_before` as indicators.md defines it.
  public var meanBefore: Double?
  /// `mean_after` as indicators.md defines it.
  public var meanAfter: Double?
  /// `mean_change` as indicators.md defines it.
  public var meanChange: Double?
  /// `improved` as indicators.md defines it.
  public var improved: Int
  /// `unchanged` as indicators.md defines it.
  public var unchanged: Int
  /// `worsened` as indicators.md defines it.
  public var worsened: Int
  /// `success_rate_before` as indicators.md defines it.
  public var successRateBefore: Double?
  /// `success_rate_after` as indicators.md defines it.
  public var successRateAfter: Double?
  /// `quality_rate_before` as indicators.md defines it.
  public var qualityRateBefore: Double?
  /// `quality_rate_after` as indicators.md defines it.
  public var qualityRateAfter: Double?
  /// СОУ in percent; nil when no mark counts.
  public var souBefore: Double?
  /// `sou_after` as indicators.md defines it.
  public var souAfter: Double?
  /// `n_н/а` of the СОУ: «н/а» marks counted.
  public var notAttestedBefore: Int
  /// `not_attested_after` as indicators.md defines it.
  public var notAttestedAfter: Int
  /// `failing_before` as indicators.md defines it.
  public var failingBefore: Int
  /// `failing_after` as indicators.md defines it.
  public var failingAfter: Int
  /// `failing_mc_nemar` as indicators.md defines it.
  public var failingMcNemar: TestOutcome<McNemarResult>
  /// `wilcoxon` as indicators.md defines it.
  public var wilcoxon: TestOutcome<WilcoxonSignedRankResult>
  /// `ttest` as indicators.md defines it.
  public var ttest: TestOutcome<PairedTTestResult>
  /// `by_subject` as indicators.md defines it.
  public var bySubject: [SubjectRow]
  /// The comparison group, or the reason it is not shown.
  public var comparison: Result<ComparisonGroup, IndicatorReason>
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
      fields.add("comparison", group.json)
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
