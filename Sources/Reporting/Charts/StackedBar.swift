/// One horizontal 100 % bar of a `StackedPercentChart`: a label and one count per segment.
public struct StackedBar: Sendable, Equatable {
  /// The bar label (e.g. «До», «После», «5А»).
  public var label: String
  /// Counts per segment in segment order; a nil value (suppressed count) hides the whole bar,
  /// since its shares cannot be computed, but the labels are still printed.
  public var segments: [ChartValue]

  /// Creates a bar.
  public init(label: String, segments: [ChartValue]) {
    self.label = label
    self.segments = segments
  }

  /// The counts when every segment has a drawable, non-negative value and the total is positive.
  var counts: [Double]? {
    let values = segments.map(\.drawable)
    guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
    let counts = values.map { $0! }
    return counts.reduce(0, +) > 0 ? counts : nil
  }

  /// Shares in tenths of a percent, rounded by the largest-remainder method so they always add
  /// up to exactly 1000 (100,0 %); nil when the bar cannot be drawn.
  var tenthsOfPercent: [Int]? {
    guard let counts else { return nil }
    let total = counts.reduce(0, +)
    let exact = counts.map { $0 / total * 1000 }
    var floors = exact.map { Int($0.rounded(.down)) }
    var missing = 1000 - floors.reduce(0, +)
    let order = exact.indices.sorted {
      let a = exact[$0] - Double(floors[$0])
      let b = exact[$1] - Double(floors[$1])
      return a != b ? a > b : $0 < $1
    }
    var i = 0
    while missing > 0 && !order.isEmpty {
      floors[order[i % order.count]] += 1
      missing -= 1
      i += 1
    }
    return floors
  }
}
