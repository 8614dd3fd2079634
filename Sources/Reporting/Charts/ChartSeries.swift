/// A named series of values, one per category (e.g. «До» or «После»).
public struct ChartSeries: Sendable, Equatable {
  /// The name shown in the legend and the table header.
  public var name: String
  /// One value per category, in category order; missing trailing values are treated as empty.
  public var values: [ChartValue]

  /// Creates a series.
  public init(name: String, values: [ChartValue]) {
    self.name = name
    self.values = values
  }
}
