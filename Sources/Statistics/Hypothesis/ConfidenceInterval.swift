/// A two-sided confidence interval `[lower, upper]` at a given confidence level.
public struct ConfidenceInterval: Sendable, Equatable {
  /// Confidence level in `(0, 1)`, e.g. 0.95.
  public let level: Double
  /// Lower bound; SciPy's `ci.low`.
  public let lower: Double
  /// Upper bound; SciPy's `ci.high`.
  public let upper: Double

  /// Memberwise initializer.
  public init(level: Double, lower: Double, upper: Double) {
    self.level = level
    self.lower = lower
    self.upper = upper
  }
}
