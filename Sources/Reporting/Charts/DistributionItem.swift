/// One questionnaire item of an `ItemDistributionChart`: its text, mean and answer counts.
public struct DistributionItem: Sendable, Equatable {
  /// The item text (may be a long question).
  public var label: String
  /// The mean, already formatted (e.g. «8,4» or «—»).
  public var meanLabel: String
  /// Counts of answers for scores 1…10 (index 0 = score 1).
  public var counts: [Int]

  /// Creates an item.
  public init(label: String, meanLabel: String, counts: [Int]) {
    self.label = label
    self.meanLabel = meanLabel
    self.counts = counts
  }

  /// The number of answers (negative counts are ignored).
  var total: Int { counts.reduce(0) { $0 + max(0, $1) } }
}
