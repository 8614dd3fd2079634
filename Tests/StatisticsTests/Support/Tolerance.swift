import Testing

/// The golden comparison rule: absolute 1e-9 when `|expected| ≤ 1`, relative 1e-9 above.
enum Tolerance {
  static let golden = 1e-9

  /// Deviation of `actual` from `expected` measured in the rule's own scale
  /// (absolute for small values, relative for large ones); infinities must match exactly.
  static func deviation(_ actual: Double, _ expected: Double) -> Double {
    if expected.isInfinite || actual.isInfinite {
      return actual == expected ? 0 : .infinity
    }
    guard !actual.isNaN, !expected.isNaN else { return .infinity }
    let difference = abs(actual - expected)
    return abs(expected) <= 1 ? difference : difference / abs(expected)
  }

  /// Whether `actual` matches `expected` within the golden rule.
  static func isClose(_ actual: Double, _ expected: Double, tolerance: Double = golden) -> Bool {
    deviation(actual, expected) <= tolerance
  }
}

/// Records a test issue naming `label` unless `actual` is within the golden tolerance of `expected`.
func expectClose(
  _ actual: Double, _ expected: Double?, _ label: String, tolerance: Double = Tolerance.golden,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let expected else {
    Issue.record("\(label): fixture value missing", sourceLocation: sourceLocation)
    return
  }
  #expect(
    Tolerance.isClose(actual, expected, tolerance: tolerance),
    "\(label): got \(actual), SciPy \(expected)", sourceLocation: sourceLocation)
}
