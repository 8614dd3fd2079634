/// One bin of a `HistogramChart`.
public struct HistogramBin: Sendable, Equatable {
  /// The bin label, e.g. «−0,5…0» or «0».
  public var label: String
  /// The count (or share) and its printed label.
  public var value: ChartValue
  /// true for bins left of zero, false for bins right of zero, nil for the zero bin.
  public var isNegative: Bool?

  /// Creates a bin.
  public init(label: String, value: ChartValue, isNegative: Bool?) {
    self.label = label
    self.value = value
    self.isNegative = isNegative
  }
}
