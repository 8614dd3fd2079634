import Statistics

/// The `anxiety` block of indicators.md: the configured test's scores before and after.
public struct AnxietyIndicators: Sendable {
  /// A factor's means over the mentees with the factor valid in both waves.
  public struct FactorRow: Sendable, Equatable {
    /// `id` as indicators.md defines it.
    public var id: String
    /// `title` as indicators.md defines it.
    public var title: String
    /// `n` as indicators.md defines it.
    public var n: Int
    /// `mean_before` as indicators.md defines it.
    public var meanBefore: Double?
    /// `mean_after` as indicators.md defines it.
    public var meanAfter: Double?
  }

  /// The instrument's id.
  public var instrument: String
  /// The headline score's id; nil when the instrument is missing or has no score.
  public var score: String?
  /// Why the block is empty, when it is.
  public var reason: IndicatorReason?
  /// Whether a lower score is better.
  public var lowerIsBetter: Bool
  /// `mentees_paired` as indicators.md defines it.
  public var menteesPaired: Int
  /// `mean_before` as indicators.md defines it.
  public var meanBefore: Double?
  /// `mean_after` as indicators.md defines it.
  public var meanAfter: Double?
  /// `mean_change` as indicators.md defines it.
  public var meanChange: Double?
  /// Level label → count, in the instrument's level order.
  public var levelsBefore: [(String, Int)]
  /// `levels_after` as indicators.md defines it.
  public var levelsAfter: [(String, Int)]
  /// `elevated_before` as indicators.md defines it.
  public var elevatedBefore: Int
  /// `elevated_after` as indicators.md defines it.
  public var elevatedAfter: Int
  /// Elevated → not elevated.
  public var normalized: Int
  /// Not elevated → elevated.
  public var worsened: Int
  /// `mcnemar` as indicators.md defines it.
  public var mcnemar: TestOutcome<McNemarResult>
  /// `wilcoxon` as indicators.md defines it.
  public var wilcoxon: TestOutcome<WilcoxonSignedRankResult>
  /// `ttest` as indicators.md defines it.
  public var ttest: TestOutcome<PairedTTestResult>
  /// `factors` as indicators.md defines it.
  public var factors: [FactorRow]
  /// `comparison` as indicators.md defines it.
  public var comparison: Result<ComparisonGroup, IndicatorReason>

  /// The block as `indicators.json` writes it.
  public func json() -> JSONValue {
    var fields = JSONFields()
    let none = (reason ?? .noData).rawValue
    fields.add("instrument", .string(instrument))
    fields.add("score", score.map(JSONValue.string), orReason: none)
    if let reason { fields.add("reason", .string(reason.rawValue)) }
    fields.add("direction", .string(lowerIsBetter ? "lower-is-better" : "higher-is-better"))
    fields.add("mentees_paired", .int(menteesPaired))
    fields.add("mean_before", meanBefore, orReason: none)
    fields.add("mean_after", meanAfter, orReason: none)
    fields.add("mean_change", meanChange, orReason: none)
    fields.add("levels_before", JSONFields.counts(levelsBefore))
    fields.add("levels_after", JSONFields.counts(levelsAfter))
    fields.add("elevated_before", .int(elevatedBefore))
    fields.add("elevated_after", .int(elevatedAfter))
    fields.add("normalized", .int(normalized))
    fields.add("worsened", .int(worsened))
    fields.add("mcnemar", mcnemar) { IndicatorTests.json($0, n: menteesPaired) }
    fields.add("wilcoxon", wilcoxon, IndicatorTests.json)
    fields.add("ttest", ttest, IndicatorTests.json)
    fields.add(
      "factors",
      .array(
        factors.map { row in
          var inner = JSONFields()
          inner.add("factor", .string(row.title))
          inner.add("id", .string(row.id))
          inner.add("n", .int(row.n))
          inner.add("mean_before", row.meanBefore, orReason: "no_data")
          inner.add("mean_after", row.meanAfter, orReason: "no_data")
          return inner.json
        }))
    switch comparison {
    case .success(let group):
      fields.add("comparison", group.json)
    case .failure(let reason):
      fields.addNull("comparison", reason: reason.rawValue)
    }
    return fields.json
  }
}
